import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { en, type LedeTranslation } from '../locales/en.js';
import { cachedFormatter } from './intl-cache.js';

type Host = ReactiveControllerHost & HTMLElement;
/** The English strings a controller falls back to: the core locale, or an element's own set. */
type Strings = Record<string, string>;
type TermKey<Defaults> = Exclude<keyof Defaults, `$${string}`> & string;

const translations = new Map<string, Partial<LedeTranslation>>();
const connectedHosts = new Set<Host>();
let rootObserver: MutationObserver | undefined;

/**
 * Adds (or extends) the strings of a language. Lede ships English, which every lookup falls back
 * to, and Arabic (`lede/locales/ar.js`); a site registers its other languages the same way.
 */
export function registerTranslation(...list: Array<Partial<LedeTranslation> & { $code: string }>): void {
  for (const translation of list) {
    const code = translation.$code.toLowerCase();
    translations.set(code, { ...translations.get(code), ...translation });
  }
  for (const host of connectedHosts) host.requestUpdate();
}

registerTranslation(en);

/** Walks up from `node` through shadow roots to the nearest element that has `attribute`. */
function closestAcrossShadow(node: Element, attribute: string): Element | null {
  let current: Element | null = node;
  while (current) {
    const found: Element | null = current.closest(`[${attribute}]`);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** A valid BCP 47 tag in lower case, or English for anything unusable. */
function normalise(tag: string | null | undefined): string {
  try {
    return new Intl.Locale((tag?.trim() || 'en').replace(/_/g, '-')).toString().toLowerCase();
  } catch {
    return 'en';
  }
}

/**
 * Per-instance language and direction for Lede elements, modelled on Shoelace's localize
 * controller but resolving the *nearest* `lang`/`dir` ancestor (across shadow roots), so two
 * articles in two languages on one page each get their own strings. Lookup falls back from region
 * to language to English (`ar-EG` → `ar` → `en`). Ancestors are read before each update (and the host
 * updates whenever it connects), never in `render()`; on the server only the host's own `lang` counts.
 */
export class LocalizeController<Defaults extends Strings = typeof en> implements ReactiveController {
  private resolvedLang = 'en';
  private resolvedDir: 'ltr' | 'rtl' = 'ltr';

  /**
   * `defaults` are the English strings this element reads: the core locale unless the element
   * keeps its own (the media player), so pages carry only the strings of the elements they use.
   */
  constructor(
    private readonly host: Host,
    private readonly defaults: Defaults = en as unknown as Defaults,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    if (!rootObserver) {
      // A change of the page's language re-renders every Lede element.
      rootObserver = new MutationObserver(() => connectedHosts.forEach((host) => host.requestUpdate()));
      rootObserver.observe(document.documentElement, { attributeFilter: ['lang', 'dir'] });
    }
    // The element may have moved under another language: update, which resolves it (hostUpdate).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }

  hostUpdate(): void {
    if (isServer) return;
    const lang = closestAcrossShadow(this.host, 'lang')?.getAttribute('lang');
    this.resolvedLang = normalise(lang || navigator.language);
    const dir = closestAcrossShadow(this.host, 'dir')?.getAttribute('dir')?.toLowerCase();
    this.resolvedDir = dir === 'rtl' || dir === 'ltr' ? dir : this.languageDir();
  }

  /** The element's language, a lower-case BCP 47 tag. */
  lang(): string {
    return isServer ? normalise(this.host.getAttribute('lang')) : this.resolvedLang;
  }

  /** The element's direction: the nearest `dir`, else its language's. */
  dir(): 'ltr' | 'rtl' {
    return isServer ? this.languageDir() : this.resolvedDir;
  }

  /**
   * The string for `key` in the element's language (or in `lang`, for content that declares its
   * own), falling back to English.
   */
  term(key: TermKey<Defaults>, lang?: string): string {
    return this.lookup(key, lang === undefined ? this.lang() : normalise(lang)) ?? this.defaults[key]!;
  }

  /**
   * The language `term(key, lang)` is really written in, when Lede had to fall back to English
   * for it; otherwise `undefined`. Put it on the node that shows the text (`lang=${ifDefined(…)}`)
   * so a screen reader speaks it with the right voice (WCAG 3.1.2).
   */
  termLang(key: TermKey<Defaults>, lang?: string): string | undefined {
    const wanted = lang === undefined ? this.lang() : normalise(lang);
    if (this.lookup(key, wanted) !== undefined || wanted.split('-')[0] === 'en') return undefined;
    return 'en';
  }

  /** Formats a number in the element's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return cachedFormatter(Intl.NumberFormat, this.lang(), options).format(value);
  }

  /** The direction the element's language is written in, from its translation. */
  private languageDir(): 'ltr' | 'rtl' {
    return this.lookup('$dir') === 'rtl' ? 'rtl' : 'ltr';
  }

  private lookup(key: string, lang: string = this.lang()): string | undefined {
    const find = (code: string) => (translations.get(code) as Record<string, string | undefined> | undefined)?.[key];
    return find(lang) ?? find(lang.split('-')[0]!);
  }

}
