import { LitElement, html } from 'lit';
import { isPlaceholderAlt } from '../internal/alt-text.js';
import { reportFindings } from '../authoring/report-findings.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { checkImage } from '../internal/image-status.js';
import { LightDomController } from '../internal/light-dom-controller.js';
import { collapseWhitespace, comparable } from '../internal/text.js';
import { warnOnce } from '../internal/warn.js';
import { AUTHOR_NAME_SELECTOR } from './author-name.js';
import { bylineContentStyles, bylineStyles } from './byline.styles.js';
import { renderRootInOwnDocument } from '../internal/per-document-styles.js';

const TAG = 'lede-byline';


/**
 * A byline or author card: who wrote the story, with an optional portrait, role and short bio.
 *
 * Author it as plain HTML: an optional `<img>` portrait, then the name marked with
 * `rel="author"` (a link to the author's page) or `data-lede-author`, then any role or bio in
 * paragraphs. The element:
 * - makes the portrait decorative (`alt=""`) when its alt would only repeat the name, or is a
 *   placeholder such as "16x9 Image", so a screen reader hears the name once;
 * - hides a portrait with no source, or one that fails to load: the reader sees the name, never
 *   a broken image or placeholder text, and the console names the URL.
 *
 * @summary A byline or author card whose portrait never shows placeholder text.
 *
 * @slot - An optional `<img>` portrait, the name (`rel="author"` or `data-lede-author`), and
 *   paragraphs for role and bio.
 *
 * @cssprop --lede-byline-portrait-size - Width and height of the round portrait (default: 3.5rem).
 */
export class LedeByline extends LitElement {
  static override styles = bylineStyles;

  constructor() {
    super();
    // Enhances the author's content on connect and whenever it changes.
    new LightDomController(this, { enhance: () => this.enhance(), styles: bylineContentStyles, attributes: ['src', 'alt'] });
  }

  /** The authors' names, as marked in the byline. */
  get authorNames(): string[] {
    return [...this.querySelectorAll(AUTHOR_NAME_SELECTOR)].map((name) => collapseWhitespace(name.textContent)).filter(Boolean);
  }

  private enhance(): void {
    const names = this.authorNames;
    if (!names.length) {
      warnOnce(
        TAG,
        'has no author name marked. Put rel="author" on the link to the author\'s page, or data-lede-author on the element with the name.',
        'no name',
      );
    }
    const portrait = this.querySelector('img');
    if (portrait) this.enhancePortrait(portrait, names);
    if (DEV_MODE) reportFindings(TAG, this, { outline: false, skip: ['image-without-size'] }); // the portrait's box is fixed by CSS
  }

  private enhancePortrait(portrait: HTMLImageElement, names: string[]): void {
    const failed = checkImage(TAG, portrait, 'portrait', 'It is hidden, so readers see the name alone');
    if (failed !== portrait.hasAttribute('data-lede-failed')) portrait.toggleAttribute('data-lede-failed', failed);

    const alt = portrait.getAttribute('alt');
    if (!alt) return;
    const said = comparable(alt);
    const repeatsName = names.some((name) => said.includes(comparable(name)));
    if (repeatsName || isPlaceholderAlt(alt)) {
      portrait.setAttribute('data-lede-authored-alt', alt);
      portrait.setAttribute('alt', '');
    }
  }

  protected override createRenderRoot() {
    return renderRootInOwnDocument(this) ?? super.createRenderRoot();
  }

  override render() {
    return html`<slot></slot>`;
  }
}
