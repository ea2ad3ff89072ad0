import { LitElement, html, isServer } from 'lit';
import { reportFindings } from '../authoring/report-findings.js';
import { formatDatetime, malformedDatetimeMessage, parseDatetime } from '../internal/datetime.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ensureGenerated, generatedOfKind, setAttributeIfChanged } from '../internal/generated.js';
import { readLanguage } from '../internal/language-tag.js';
import { LightDomController } from '../internal/light-dom-controller.js';
import { LocalizeController } from '../internal/localize.js';
import { authoredText, comparable } from '../internal/text.js';
import { warnOnce } from '../internal/warn.js';
import { articleContentStyles, articleStyles } from './article.styles.js';
import { JSON_LD_POLICY, newsArticleData, scriptText, serialiseForScript } from './news-article-json-ld.js';
import { renderRootInOwnDocument } from '../internal/per-document-styles.js';

const TAG = 'lede-article';
const TIME_LABEL = 'time-label';
const JSON_LD = 'json-ld';

/**
 * Text that ends as a label does, in any script: a word, then a colon ("Published:",
 * "منتشرشده:", "公開："), perhaps with spaces or direction marks between.
 */
const AUTHORED_LABEL = /[\p{L}\p{N}\p{M}][\s\u200b-\u200f\u061c]*[:\uff1a\ufe13\ufe55\ua789\u02f8\u1361\u0589][\s\u200b-\u200f\u061c]*$/u;

/**
 * The author's text just before `node` in its parent: the nearest preceding siblings up to and
 * including the first with a letter or digit, leaving out Lede's own labels.
 */
function textBefore(node: Node): string {
  let text = '';
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (generatedOfKind(sibling, TIME_LABEL)) continue;
    text = `${sibling.textContent ?? ''}${text}`;
    if (/[\p{L}\p{N}]/u.test(sibling.textContent ?? '')) break;
  }
  return text;
}

/**
 * A news story, typeset and checked. Paste the story's semantic HTML inside: it is a well-formed
 * article without JavaScript, and the element adds the rest.
 *
 * - **Typography** that needs no site CSS: a readable measure, rem sizes and unitless line
 *   heights (so `<lede-text-size>` scales it), logical properties (right-to-left works), light and
 *   dark schemes, forced colours and print. All of it in `@layer lede` behind `:where()`, so a site
 *   overrides it with any rule, or with the custom properties below.
 * - **Labels** marked `data-lede-label="breaking" | "live" | "section"` inside `data-lede-labels`
 *   show as text in a bordered badge, never as colour alone; the live marker fades slowly and
 *   stands still under reduced motion.
 * - **Times** marked `<time datetime="…" data-lede-time="published" | "updated">` are shown in the
 *   reader's language and time zone through `Intl`, after a visible "Published"/"Updated" (unless
 *   the text just before already says it). A malformed `datetime` is left as written, with a warning.
 * - **Structured data**: with `json-ld`, a schema.org NewsArticle built from the story itself.
 * - **Authoring checks** in development builds: headline, heading levels, alt text, link text and
 *   language, printed once each (see `checkStoryMarkup` in `lede/authoring-checks.js`).
 *
 * Wrap the story in an `<article lang="…">` so it is an article without JavaScript; if there is
 * none, the element itself takes the article role.
 *
 * @summary A news story's HTML, typeset, localised, checked and described for search engines.
 *
 * @slot - The story: ideally one `<article lang="…">` with a `<header>` (labels, `<h1>`,
 *   standfirst, times, `<lede-byline>`), the body, and a `<footer>` (author card, related links).
 *
 * @cssprop --lede-article-measure - Maximum line length of the story (default: 40rem).
 * @cssprop --lede-article-font - Font of the story (default: system-ui, sans-serif).
 * @cssprop --lede-article-heading-font - Font of headings (default: the story's font).
 * @cssprop --lede-article-text-color - Text colour (default: #1a1a1a, or #ededed in a dark scheme).
 * @cssprop --lede-article-muted-color - Times and attributions (default: #4a4a4a / #c4c4c4).
 * @cssprop --lede-article-accent-color - Breaking and live labels, quote rules (default: #b00020 / #ff8a80).
 * @cssprop --lede-article-rule-color - Dividing lines (default: #d0d0d0 / #4a4a4a).
 */
export class LedeArticle extends LitElement {
  static override styles = articleStyles;
  static override properties = {
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    publishedLabel: { attribute: 'published-label' },
    updatedLabel: { attribute: 'updated-label' },
  };

  /** @internal */
  private readonly localize = new LocalizeController(this);
  /** @internal Enhances the author's content on connect, on every change, and when asked. */
  private readonly lightDom = new LightDomController(this, {
    enhance: () => this.enhance(),
    styles: articleContentStyles,
    // A figure marks a failed image; the JSON-LD then leaves it out. Nothing else here reads an
    // image's state, so a story is not enhanced again each time one of its pictures loads.
    attributes: ['datetime', 'data-lede-time', 'src', 'data-lede-failed'],
    imageEvents: false,
  });
  /** @internal Whether the last pass found a story (an empty element writes no JSON-LD). */
  private hasStory = false;
  /** @internal A JSON-LD write is already waiting for the first paint. */
  private structuredDataQueued = false;
  /** @internal Read by axe too, under this name. */
  private readonly _internals?: ElementInternals;

  /** Adds a `<script type="application/ld+json">` with the story's schema.org NewsArticle data. */
  jsonLd = false;

  /** Word before the publication time; defaults to the locale's "Published". */
  declare publishedLabel?: string;

  /** Word before the update time; defaults to the locale's "Updated". */
  declare updatedLabel?: string;

  constructor() {
    super();
    if (!isServer) this._internals = this.attachInternals();
  }

  protected override createRenderRoot() {
    return renderRootInOwnDocument(this) ?? super.createRenderRoot();
  }

  protected override updated(): void {
    // Language, labels or json-ld changed: the enhanced content follows (batched with the rest).
    this.lightDom.requestEnhance();
  }

  /**
   * The story's language, as a valid BCP 47 tag: the `lang` of its `<article>`, else the nearest
   * one around the element. A `lang` that is not a tag is read as far as it can be (`en_GB` is
   * `en-GB`), else the element's own language is used, with a warning.
   */
  get storyLang(): string {
    const own = this.ownElements('article[lang]')[0]?.getAttribute('lang');
    return readLanguage(TAG, own || this.langAround(this), this.localize.lang());
  }

  /** The raw `lang` nearest `element` (the element's own included), or the element's language. */
  private langAround(element: Element): string {
    return element.closest('[lang]')?.getAttribute('lang') || this.localize.lang();
  }

  /**
   * This story's elements matching `selector`. A `<lede-article>` nested inside this one owns its
   * own story: its content is left to it, so two elements never edit the same node.
   */
  private ownElements<E extends Element = Element>(selector: string): E[] {
    return [...this.querySelectorAll<E>(selector)].filter((element) => element.parentElement?.closest(TAG) === this);
  }

  private enhance(): void {
    if (this._internals) this._internals.role = this.ownElements('article').length ? null : 'article';
    this.hasStory = !this.isEmpty();
    if (!this.hasStory) return;
    this.showTimes();
    // Removing it is immediate; writing it waits for the first paint.
    if (this.jsonLd) this.queueStructuredData();
    else this.writeStructuredData();
    if (DEV_MODE) reportFindings(TAG, this, { exclude: 'lede-figure, lede-byline, lede-article' });
  }

  /** An element with no story in it says so once (after the page has parsed, so streaming HTML can fill it). */
  private isEmpty(): boolean {
    if (authoredText(this) || this.querySelector('img, video, audio, iframe, picture, svg')) return false;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.lightDom.requestEnhance(), { once: true });
      return true;
    }
    warnOnce(TAG, 'is empty, so there is no story to show. Put the story\'s HTML inside it: an <article lang="…"> with an <h1> and the text.', 'empty');
    this.querySelector(`:scope > script[data-lede-generated="${JSON_LD}"]`)?.remove();
    return true;
  }

  private showTimes(): void {
    for (const time of this.ownElements('time[data-lede-time]')) {
      const value = time.getAttribute('datetime');
      const parsed = parseDatetime(value);
      if (!parsed) {
        // The authoring check uses the same words, so development builds print it once, not twice.
        const message = malformedDatetimeMessage(value);
        warnOnce(TAG, message, message, time);
        continue;
      }
      const lang = readLanguage(TAG, this.langAround(time), this.localize.lang());
      const text = formatDatetime(parsed, lang);
      if (time.textContent !== text) time.textContent = text;
      this.labelTime(time, lang);
    }
  }

  /**
   * Puts "Published" or "Updated" before the time, unless the author's text already labels it:
   * with that word, or with any word and a colon, in any language ("منتشرشده: …"). A word that
   * fell back to English says so (`lang="en"`), so it is not spoken in the story's voice.
   */
  private labelTime(time: Element, lang: string): void {
    const kind = time.getAttribute('data-lede-time');
    const key = kind === 'updated' ? 'articleUpdated' : kind === 'published' ? 'articlePublished' : undefined;
    if (!key && kind) {
      warnOnce(
        TAG,
        `<time data-lede-time="${kind.slice(0, 40)}"> is not a kind of time Lede knows, so it is shown without a label. Use data-lede-time="published" or "updated".`,
      );
    }
    const authored = kind === 'updated' ? this.updatedLabel : this.publishedLabel;
    const word = key && (authored ?? this.localize.term(key, lang));
    const ours = generatedOfKind(time.previousSibling, TIME_LABEL);
    const before = textBefore(time);
    if (!key || !word || comparable(before).endsWith(comparable(word)) || AUTHORED_LABEL.test(before)) {
      ours?.remove();
      return;
    }
    const label = ensureGenerated(ours, TIME_LABEL, `${word} `, (node) => time.before(node));
    setAttributeIfChanged(label, 'lang', authored === undefined ? this.localize.termLang(key, lang) : undefined);
  }

  /**
   * JSON-LD needs no layout and no reader sees it, so it is written after the story has painted
   * (the task after the next frame; or after 200 ms where no frame comes, as in a hidden tab),
   * once for any number of passes before then.
   */
  private queueStructuredData(): void {
    if (this.structuredDataQueued) return;
    this.structuredDataQueued = true;
    const write = () => {
      clearTimeout(fallback);
      if (!this.structuredDataQueued) return;
      this.structuredDataQueued = false;
      // Gone or emptied meanwhile: the pass that saw it has removed the script, and it stays removed.
      if (!this.isConnected || !this.hasStory) return;
      try {
        this.writeStructuredData();
      } catch (error) {
        warnOnce(TAG, `could not write its JSON-LD: ${String(error)}. Please report this with the markup.`);
      }
    };
    const fallback = setTimeout(write, 200);
    requestAnimationFrame(() => setTimeout(write));
  }

  /**
   * Writes the JSON-LD script. Its text is set through the `lede-json-ld` Trusted Types policy
   * where the browser has Trusted Types; a page that enforces them without allowing that policy
   * gets no JSON-LD and one warning naming the policy to allow.
   */
  private writeStructuredData(): void {
    let script = this.querySelector<HTMLScriptElement>(`:scope > script[data-lede-generated="${JSON_LD}"]`);
    if (!this.jsonLd) {
      script?.remove();
      return;
    }
    const text = serialiseForScript(newsArticleData(this, this.storyLang));
    if (script?.textContent === text) return;
    script ??= document.createElement('script');
    try {
      // A TrustedScript where there is a policy: setting textContent converts it to the same text.
      script.textContent = (scriptText(text) ?? text) as string;
    } catch {
      warnOnce(
        TAG,
        `could not add its JSON-LD: the page requires Trusted Types for scripts and does not allow the "${JSON_LD_POLICY}" policy. Add ${JSON_LD_POLICY} to the trusted-types directive of the page's Content-Security-Policy.`,
        'trusted types',
      );
      script.remove();
      return;
    }
    if (!script.isConnected) {
      script.setAttribute('type', 'application/ld+json');
      script.setAttribute('data-lede-generated', JSON_LD);
      this.append(script);
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
