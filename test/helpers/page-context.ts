import { fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { LedeMediaPlayer } from '../../src/media-player/media-player.js';
import { pageTemplate, defaultPageOptions, type PageOptions } from '../fixtures/page.js';
import { imageSettled, nextFrames } from './layout.js';

export interface PageContext {
  /** The page's outermost element (inside the test's fixture container). */
  root: HTMLElement;
  players: [LedeMediaPlayer, LedeMediaPlayer];
  /** Finds an element of the page by selector, failing loudly when it is not there. */
  get<T extends Element = HTMLElement>(selector: string): T;
}

export interface PageSettings {
  /** Viewport width in CSS pixels; the height is 900. */
  width?: number;
  /** Root text size in percent, as `<lede-text-size>` applies it. */
  textSize?: number;
  dir?: 'ltr' | 'rtl';
  options?: Partial<PageOptions>;
}

const LEDE = ['lede-skip-links', 'lede-text-size', 'lede-article', 'lede-figure', 'lede-byline', 'lede-media-player'];

/**
 * Puts the realistic page (test/fixtures/page.ts) on the test page at the given width, text size
 * and direction, and waits until every Lede element has upgraded, rendered, enhanced its story
 * and every image has loaded or failed. Call `resetPageContext()` after each test.
 */
export async function mountPage({ width = 1280, textSize = 100, dir = 'ltr', options = {} }: PageSettings = {}): Promise<PageContext> {
  await setViewport({ width, height: 900 });
  document.documentElement.dir = dir;
  const container = await fixture<HTMLDivElement>(html`<div>${pageTemplate({ ...defaultPageOptions, ...options })}</div>`);
  await Promise.all(LEDE.map((tag) => customElements.whenDefined(tag)));
  const elements = [...container.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(LEDE.join(','))];
  await Promise.all(elements.map((element) => element.updateComplete));
  // The page's own switcher applies the size, as a reader's choice would.
  const switcher = container.querySelector<HTMLElement & { value: number; updateComplete: Promise<unknown> }>('lede-text-size')!;
  switcher.value = textSize;
  await switcher.updateComplete;
  const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
  if (Math.abs(rootSize - 16 * (textSize / 100)) > 0.5) throw new Error(`text size ${textSize}% did not apply (root is ${rootSize}px)`);
  await Promise.all([...container.querySelectorAll('img')].map(imageSettled));
  await Promise.all(
    [...container.querySelectorAll('lede-media-player')].flatMap((player) =>
      [...player.shadowRoot!.querySelectorAll('img')].map(imageSettled),
    ),
  );
  await nextFrames();
  const get = <T extends Element = HTMLElement>(selector: string): T => {
    const found = container.querySelector<T>(selector);
    if (!found) throw new Error(`the page has no ${selector}`);
    return found;
  };
  return {
    root: container.firstElementChild as HTMLElement,
    players: [get<LedeMediaPlayer>('#player-1'), get<LedeMediaPlayer>('#player-2')],
    get,
  };
}

/** Undoes what `mountPage` changed outside its container. */
export async function resetPageContext(): Promise<void> {
  document.documentElement.style.fontSize = '';
  document.documentElement.removeAttribute('dir');
  (document.activeElement as HTMLElement | null)?.blur?.();
  window.scrollTo(0, 0);
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
  await setViewport({ width: 800, height: 600 });
}

/** A short, human name for an element, through shadow roots: `lede-media-player#player-2 >>> a[part=skip] "Skip past the video"`. */
export function describeElement(element: Element | null): string {
  if (!element) return 'nothing';
  const own = (node: Element) => {
    let name = node.localName;
    if (node.id) name += `#${node.id}`;
    const part = node.getAttribute('part');
    if (part) name += `[part=${part}]`;
    else if (node.classList.length) name += `.${[...node.classList].join('.')}`;
    return name;
  };
  const chain: string[] = [own(element)];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.unshift(own(root.host));
    root = root.host.getRootNode();
  }
  if (element === document.body || element === document.documentElement) return `<${element.localName}>`;
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `${chain.join(' >>> ')}${text ? ` "${text.length > 50 ? `${text.slice(0, 49)}…` : text}"` : ''}`;
}

/** Every element of the document and of every open shadow root inside it. */
export function allElementsDeep(root: Document | ShadowRoot | Element = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElementsDeep(element.shadowRoot));
  }
  return found;
}

/** The parent of `node` in the composed (flattened) tree sense used for containment: the host for a shadow root. */
export function composedParent(node: Node): Node | null {
  if (node instanceof ShadowRoot) return node.host;
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/** Whether `ancestor` contains `node`, looking through shadow boundaries (a host contains its shadow tree). */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}
