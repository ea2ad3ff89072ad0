import { isServer, type ReactiveControllerHost } from 'lit';
import {
  LocalizeController as BaseLocalizeController,
  registerTranslation,
} from '@shoelace-style/localize';
import { en, type LedeTranslation } from '../locales/en.js';

// English is always present and is the fallback for any key a locale lacks.
registerTranslation(en);

type Host = ReactiveControllerHost & HTMLElement;

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
 * Per-instance language and direction for Lede elements.
 *
 * Built on `@shoelace-style/localize` (translation registry, regional fallback `ar-EG` → `ar` →
 * `en`, `Intl` helpers). Shoelace resolves the language from the host's own `lang` or the
 * document's; Lede follows the nearest `lang`/`dir` ancestor instead, crossing shadow roots, so
 * two articles in two languages on one page each get their own strings. The lookup runs when the
 * host connects and before each update, never in `render()`, and never on the server.
 */
export class LocalizeController extends BaseLocalizeController<LedeTranslation> {
  private resolvedLang = 'en';
  private resolvedDir: 'ltr' | 'rtl' = 'ltr';

  constructor(host: Host) {
    super(host);
  }

  override hostConnected(): void {
    super.hostConnected();
    this.resolve();
  }

  hostUpdate(): void {
    this.resolve();
  }

  override lang(): string {
    // On the server there are no ancestors to look at: only the host's own lang attribute counts.
    if (isServer) return normalise(this.host.getAttribute('lang'));
    return this.resolvedLang;
  }

  override dir(): string {
    return this.resolvedDir;
  }

  /** Formats a number in the element's language. */
  override number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang(), options).format(value);
  }

  private resolve(): void {
    if (isServer) return;
    const langHost = closestAcrossShadow(this.host, 'lang');
    this.resolvedLang = normalise(langHost?.getAttribute('lang') || navigator.language);
    const dirHost = closestAcrossShadow(this.host, 'dir');
    const rawDir = dirHost?.getAttribute('dir')?.toLowerCase();
    this.resolvedDir = rawDir === 'rtl' || rawDir === 'ltr' ? rawDir : (this.translationDir() ?? 'ltr');
  }

  private translationDir(): 'ltr' | 'rtl' | undefined {
    const dir = this.term('$dir');
    return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
  }
}
