import type { LitElement } from 'lit';

declare global {
  interface Window {
    /** Called by a payload that ran; the argument is the payload's index. */
    __xss: (index: number) => void;
  }
}

/** Every element below `root`, through open shadow roots, in document order. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Counts every node (elements, text, comments) below `root`, through open shadow roots. */
export function deepNodeCount(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      count++;
      walk(child);
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return count;
}

/** Waits until every Lede element below `root` has rendered, then two frames and `ms`. */
export async function settle(root: ParentNode, ms = 150): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    for (const element of deepElements(root)) {
      if (element.localName.startsWith('lede-')) await (element as LitElement).updateComplete;
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Elements a payload brings when it is parsed as HTML, and that Lede never renders itself. */
const PAYLOAD_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'math',
  'marquee',
  'frameset',
  'frame',
  'base',
  'meta',
  'link',
  'form',
  'template',
  'noscript',
  'foreignobject',
  'animate',
  'set',
  'isindex',
  'image',
  'mglyph',
  'maction',
  'body',
  'textarea',
  'ruby',
  'rt',
  'b',
  'i',
  'u',
  'v',
  'c',
  'lang',
]);

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'data', 'action', 'formaction', 'xlink:href', 'srcset', 'background'];

/** Whether the browser would read `value` as an http(s) (or relative, hence http) URL. */
export function isAllowedUrl(value: string, attribute = 'href'): boolean {
  // The URL parser drops what browsers drop (outer spaces and controls, tabs and newlines inside);
  // a srcset is read up to its first descriptor.
  const candidate = attribute === 'srcset' ? (value.trim().split(/[\s,]+/)[0] ?? '') : value;
  let url: URL;
  try {
    url = new URL(candidate, document.baseURI);
  } catch {
    return true; // not a URL the browser can follow at all
  }
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** Is `element` something Lede rendered or generated (its shadow DOM, or a marked node in the light DOM)? */
function ledeWrote(element: Element): boolean {
  if (element.closest('[data-lede-generated]')) return true;
  const root = element.getRootNode();
  return root instanceof ShadowRoot && root.host.localName.startsWith('lede-');
}

/** URLs inside schema.org data that must be web addresses. */
function jsonLdUrls(value: unknown, path = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, index) => jsonLdUrls(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'string' && (key === 'url' || key === 'image' || key === '@id')
        ? [[`${path}.${key}`, item] as [string, string]]
        : jsonLdUrls(item, `${path}.${key}`),
    );
  }
  if (typeof value === 'string' && /\.image\[\d+\]$/.test(path)) return [[path, value]];
  return [];
}

/**
 * Watches a test for the three signs that a payload got through: it ran (the global flag or a
 * dialog), it was parsed into elements or handlers, or Lede wrote a URL with a refused scheme.
 * Uncaught errors are counted too: a hostile string must not break the story.
 */
export class Probe {
  readonly problems: string[] = [];
  private readonly ran: number[] = [];
  private readonly dialogs: string[] = [];
  private readonly errors: string[] = [];
  private readonly saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  private readonly onError = (event: ErrorEvent) => this.errors.push(String(event.error ?? event.message));
  private readonly onRejection = (event: PromiseRejectionEvent) => this.errors.push(String(event.reason));

  start(): void {
    window.__xss = (index) => this.ran.push(index);
    window.alert = (message?: unknown) => void this.dialogs.push(`alert(${String(message)})`);
    window.confirm = (message?: string) => (this.dialogs.push(`confirm(${String(message)})`), false);
    window.prompt = (message?: string) => (this.dialogs.push(`prompt(${String(message)})`), null);
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  stop(): void {
    Object.assign(window, this.saved);
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }

  add(where: string, problem: string): void {
    this.problems.push(`${where}: ${problem}`);
  }

  /** Scans `root` (deep) for parsed payloads, handlers, refused URLs and broken JSON-LD. */
  scan(root: ParentNode, where: string): void {
    for (const element of deepElements(root)) {
      const name = element.localName;
      const handler = [...element.attributes].find((attribute) => /^on/i.test(attribute.name));
      if (handler) this.add(where, `<${name} ${handler.name}="${handler.value.slice(0, 60)}"> exists: a string was parsed as HTML`);
      const generatedJsonLd = name === 'script' && element.getAttribute('data-lede-generated') === 'json-ld';
      if (PAYLOAD_ELEMENTS.has(name) && !generatedJsonLd) {
        this.add(where, `a <${name}> element exists: a string was parsed as HTML`);
      }
      if (name === 'style' && /__xss|onerror/.test(element.textContent ?? '')) this.add(where, 'a payload became a <style>');
      if (ledeWrote(element)) {
        for (const attribute of URL_ATTRIBUTES) {
          const value = element.getAttribute(attribute);
          if (value !== null && !isAllowedUrl(value, attribute)) {
            this.add(where, `Lede wrote <${name} ${attribute}="${value.slice(0, 60)}"> with a refused scheme`);
          }
        }
      }
      if (generatedJsonLd) this.checkJsonLd(element, where);
    }
  }

  private checkJsonLd(script: Element, where: string): void {
    const text = script.textContent ?? '';
    if (/<\/script|<!--|<script/i.test(text)) this.add(where, 'the JSON-LD text can end or open a script');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      this.add(where, `the JSON-LD is not JSON (${String(error)})`);
      return;
    }
    for (const [path, url] of jsonLdUrls(data)) {
      if (!isAllowedUrl(url)) this.add(where, `JSON-LD ${path} is "${url.slice(0, 60)}", a refused scheme`);
    }
  }

  /** Adds what ran, what was shown as a dialog and what threw; call once the page has settled. */
  finish(payloads: readonly string[]): void {
    for (const index of new Set(this.ran)) this.add(`payload #${index}`, `RAN: ${JSON.stringify(payloads[index]).slice(0, 80)}`);
    for (const dialog of this.dialogs) this.add('dialog', `${dialog} was called`);
    for (const error of this.errors) this.add('uncaught', error.slice(0, 160));
  }

  /** A readable failure message: how many problems, and the first few. */
  report(tried: number): string {
    const unique = [...new Set(this.problems)];
    return `${unique.length} problem(s) in ${tried} injections:\n  ${unique.slice(0, 20).join('\n  ')}`;
  }
}
