import { LitElement, html, isServer } from 'lit';
import { reportFindings } from '../authoring/report-findings.js';
import { formatDatetime, malformedDatetimeMessage, parseDatetime } from '../internal/datetime.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ensureGenerated, generatedOfKind } from '../internal/generated.js';
import { LightDomController } from '../internal/light-dom-controller.js';
import { LocalizeController } from '../internal/localize.js';
import { comparable } from '../internal/text.js';
import { warnOnce } from '../internal/warn.js';
import { articleContentStyles, articleStyles } from './article.styles.js';
import { newsArticleData, serialiseForScript } from './news-article-json-ld.js';

const TAG = 'lede-article';
const TIME_LABEL = 'time-label';
const JSON_LD = 'json-ld';

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
    attributes: ['datetime', 'data-lede-time', 'src'],
  });
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

  protected override updated(): void {
    // Language, labels or json-ld changed: the enhanced content follows (batched with the rest).
    this.lightDom.requestEnhance();
  }

  /** The story's language: the `lang` of its `<article>`, else the nearest one around the element. */
  get storyLang(): string {
    return this.querySelector('article[lang]')?.getAttribute('lang') || this.localize.lang();
  }

  private enhance(): void {
    if (this._internals) this._internals.role = this.querySelector('article') ? null : 'article';
    this.showTimes();
    this.writeStructuredData();
    if (DEV_MODE) reportFindings(TAG, this, { exclude: 'lede-figure, lede-byline' });
  }

  private showTimes(): void {
    for (const time of this.querySelectorAll('time[data-lede-time]')) {
      const value = time.getAttribute('datetime');
      const parsed = parseDatetime(value);
      if (!parsed) {
        // The authoring check uses the same words, so development builds print it once, not twice.
        const message = malformedDatetimeMessage(value);
        warnOnce(TAG, message, message, time);
        continue;
      }
      const lang = time.closest('[lang]')?.getAttribute('lang') || this.localize.lang();
      const text = formatDatetime(parsed, lang);
      if (time.textContent !== text) time.textContent = text;
      this.labelTime(time, lang);
    }
  }

  /** Puts "Published" or "Updated" before the time, unless the author's text already says it. */
  private labelTime(time: Element, lang: string): void {
    const kind = time.getAttribute('data-lede-time');
    const word =
      kind === 'updated'
        ? (this.updatedLabel ?? this.localize.term('articleUpdated', lang))
        : kind === 'published'
          ? (this.publishedLabel ?? this.localize.term('articlePublished', lang))
          : undefined;
    const ours = generatedOfKind(time.previousSibling, TIME_LABEL);
    const before = ours ? ours.previousSibling : time.previousSibling;
    if (!word || comparable(before?.textContent).endsWith(comparable(word))) {
      ours?.remove();
      return;
    }
    ensureGenerated(ours, TIME_LABEL, `${word} `, (node) => time.before(node));
  }

  private writeStructuredData(): void {
    let script = this.querySelector(`:scope > script[data-lede-generated="${JSON_LD}"]`);
    if (!this.jsonLd) {
      script?.remove();
      return;
    }
    if (!script) {
      script = document.createElement('script');
      script.setAttribute('type', 'application/ld+json');
      script.setAttribute('data-lede-generated', JSON_LD);
      this.append(script);
    }
    const text = serialiseForScript(newsArticleData(this, this.storyLang));
    if (script.textContent !== text) script.textContent = text;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
