import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { captionFor, isPlaceholderAlt } from '../internal/alt-text.js';
import { reportFindings } from '../authoring/report-findings.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { generatedOfKind, ensureGenerated, setAttributeIfChanged } from '../internal/generated.js';
import { checkImage } from '../internal/image-status.js';
import { LightDomController } from '../internal/light-dom-controller.js';
import { LocalizeController } from '../internal/localize.js';
import { parseRatio } from '../internal/ratio.js';
import { safeUrl } from '../internal/safe-url.js';
import { nativeControls, tokens } from '../internal/styles.js';
import { comparable } from '../internal/text.js';
import { warnOnce } from '../internal/warn.js';
import { figureContentStyles, figureStyles } from './figure.styles.js';
import { renderRootInOwnDocument } from '../internal/per-document-styles.js';

const TAG = 'lede-figure';
const FALLBACK = 'image-fallback';
const CREDIT_LABEL = 'credit-label';

/**
 * A news picture with its caption and credit, read once and never left broken.
 *
 * Author a plain `<figure>` with an `<img>` (or `<picture>`) and a `<figcaption>`; it reads and
 * shows the same without JavaScript. Mark the credit inside the caption with `data-lede-credit`.
 * The element then:
 * - tells screen readers the credit is a credit (a hidden, localised "Image source:");
 * - makes the image presentational when its alt only repeats the caption, or is a placeholder
 *   ("16x9 Image", "IMG_2041.jpg"), so the caption is read once and junk never;
 * - lazy-loads the image, unless it is the `lead` image, which loads first (`fetchpriority="high"`);
 * - keeps the image's box from its `width`/`height`, or from `ratio`, so nothing shifts;
 * - when the image fails, shows a calm box with its alt text and keeps the caption;
 * - with `enlarge-src`, offers a button that opens the larger picture in a modal dialog.
 *
 * @summary A picture, its caption and its credit, read once and never broken.
 *
 * @slot - A `<figure>` with an `<img>` or `<picture>`, and a `<figcaption>`.
 *
 * @csspart enlarge - The "Enlarge image" button (only with `enlarge-src`).
 * @csspart dialog - The modal `<dialog>` that shows the larger picture.
 * @csspart enlarged-image - The larger picture.
 * @csspart dialog-caption - The caption repeated under the larger picture.
 * @csspart close - The dialog's close button.
 *
 * @cssprop --lede-figure-gap - Space above and below the figure (default: `--lede-space-m`, 1rem).
 */
export class LedeFigure extends LitElement {
  static override styles = [tokens, nativeControls, figureStyles];
  static override properties = {
    lead: { type: Boolean },
    enlargeSrc: { attribute: 'enlarge-src' },
    ratio: {},
    creditLabel: { attribute: 'credit-label' },
    enlargeLabel: { attribute: 'enlarge-label' },
    closeLabel: { attribute: 'close-label' },
  };

  /** @internal */
  private readonly localize = new LocalizeController(this);
  /** @internal Enhances the author's content on connect, on every change, and when asked. */
  private readonly lightDom = new LightDomController(this, {
    enhance: () => this.enhance(),
    styles: figureContentStyles,
    attributes: ['src', 'alt', 'srcset'],
  });

  /** The story's lead picture: loaded first and eagerly. Every other figure's image is lazy. */
  lead = false;

  /** A larger version of the picture; when set, an "Enlarge image" button opens it in a dialog. */
  declare enlargeSrc?: string;

  /** Aspect ratio to reserve ("16/9") when the image has no `width` and `height`. */
  declare ratio?: string;

  /** Hidden words read before the credit; defaults to the locale's "Image source:". */
  declare creditLabel?: string;

  /** Visible text of the enlarge button; defaults to the locale's "Enlarge image". */
  declare enlargeLabel?: string;

  /** Name of the dialog's close button; defaults to the locale's "Close". */
  declare closeLabel?: string;

  /** @internal What the picture shows (its alt, else its caption), for the dialog's name. */
  private description = '';
  /** @internal */
  private caption = '';
  /** @internal The larger picture is loaded only once the dialog opens. */
  private enlarged = false;
  /** @internal `enlarge-src` when it is a URL Lede will load (http(s) or relative). */
  private enlargeUrl?: string;
  /** @internal The larger picture failed: the dialog shows the normal one instead. */
  private enlargeFailed = false;

  protected override createRenderRoot() {
    return renderRootInOwnDocument(this) ?? super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('enlargeSrc')) {
      this.enlargeUrl = safeUrl(TAG, 'enlarge-src', this.enlargeSrc);
      this.enlargeFailed = false;
    }
  }

  protected override updated(): void {
    // A language or label change re-renders; the hidden credit label follows it. (The state that
    // enhance() sets is equal the second time, so this settles after one more pass.)
    this.lightDom.requestEnhance();
  }

  /** The author's image, if any. */
  get image(): HTMLImageElement | null {
    return this.querySelector('img');
  }

  private enhance(): void {
    const image = this.image;
    const caption = captionFor(image ?? this);
    if (!image) {
      warnOnce(TAG, 'has no <img>. Put an <img src="…" alt="…"> (or a <picture>) inside its <figure>.', 'no image');
    } else {
      const count = this.querySelectorAll('img').length;
      if (count > 1) {
        warnOnce(
          TAG,
          `has ${count} images; only the first is enhanced, and the others get no reserved box or failure handling. Put each picture in its own <lede-figure>, or use <picture> for alternative sources.`,
          'several images',
        );
      }
      this.setLoadingPriority(image);
      this.keepFromReadingTwice(image, caption);
      const ratio = this.reservedRatio();
      this.showFailure(image, ratio);
      if (ratio && !(image.hasAttribute('width') && image.hasAttribute('height')) && image.style.aspectRatio !== ratio) {
        image.style.aspectRatio = ratio;
      }
    }
    const description = meaningfulAlt(image) || caption;
    if (caption !== this.caption || description !== this.description) {
      [this.caption, this.description] = [caption, description];
      this.requestUpdate();
    }
    this.labelCredit();
    // A ratio that is not one has had its own warning, which names the width and height fix too.
    const badRatio = !!this.ratio?.trim() && !parseRatio(this.ratio);
    if (DEV_MODE) reportFindings(TAG, this, { outline: false, skip: badRatio ? ['image-without-size'] : [] });
  }

  private setLoadingPriority(image: HTMLImageElement): void {
    if (this.lead) {
      if (image.getAttribute('loading') !== 'eager') image.setAttribute('loading', 'eager');
      if (image.getAttribute('fetchpriority') !== 'high') image.setAttribute('fetchpriority', 'high');
    } else if (!image.hasAttribute('loading')) {
      image.setAttribute('loading', 'lazy');
    }
  }

  /** `ratio` as CSS, or undefined; a ratio Lede cannot read is named in one warning. */
  private reservedRatio(): string | undefined {
    if (!this.ratio?.trim()) return undefined;
    const ratio = parseRatio(this.ratio);
    if (!ratio) {
      warnOnce(
        TAG,
        `ratio="${this.ratio.slice(0, 40)}" is not an aspect ratio, so no box is reserved from it. Write width/height, such as ratio="16/9", or give the <img> width and height.`,
      );
    }
    return ratio;
  }

  /**
   * Alt that repeats the caption, or is a placeholder ("16x9 Image", a file name), makes the
   * picture presentational: the caption is read once and junk never, in every build. (Development
   * builds also name the placeholder in a warning.)
   */
  private keepFromReadingTwice(image: HTMLImageElement, caption: string): void {
    const alt = image.getAttribute('alt');
    if (alt && (comparable(alt) === comparable(caption) || isPlaceholderAlt(alt))) {
      image.setAttribute('data-lede-authored-alt', alt);
      image.setAttribute('alt', '');
    } else if (alt) {
      image.removeAttribute('data-lede-authored-alt');
    }
  }

  /** A failed or missing image gives way to a box with its alt text; the caption stays. */
  private showFailure(image: HTMLImageElement, reserved: string | undefined): void {
    const failed = checkImage(TAG, image, 'image', 'Readers get its alt text and caption instead');
    const anchor = image.parentElement?.matches('picture') ? image.parentElement : image;
    const existing = generatedOfKind(anchor.previousElementSibling, FALLBACK);
    if (!failed) {
      image.removeAttribute('data-lede-failed');
      existing?.remove();
      return;
    }
    if (!image.hasAttribute('data-lede-failed')) image.setAttribute('data-lede-failed', '');
    const box = ensureGenerated(existing, FALLBACK, meaningfulAlt(image), (node) => anchor.before(node), { 'aria-hidden': 'true' });
    const [width, height] = [image.getAttribute('width'), image.getAttribute('height')];
    const ratio = width && height ? (parseRatio(`${width}/${height}`) ?? '') : (reserved ?? '');
    if (box.style.aspectRatio !== ratio) box.style.aspectRatio = ratio;
  }

  /** The credit gets a hidden, localised "Image source:" so it is not heard as caption. */
  private labelCredit(): void {
    const credit = this.querySelector('figcaption [data-lede-credit]');
    if (!credit) return;
    const existing = generatedOfKind(credit.firstElementChild, CREDIT_LABEL);
    const text = `${this.creditLabel ?? this.localize.term('figureCreditLabel')} `;
    const label = ensureGenerated(existing, CREDIT_LABEL, text, (node) => credit.prepend(node));
    setAttributeIfChanged(label, 'lang', this.creditLabel === undefined ? this.localize.termLang('figureCreditLabel') : undefined);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private async openEnlarged(): Promise<void> {
    this.enlarged = true;
    this.requestUpdate();
    await this.updateComplete;
    this.dialog?.showModal();
  }

  /** Closes the larger picture, if open; focus returns to the enlarge button. */
  closeEnlarged(): void {
    this.dialog?.close();
  }

  /** The larger picture failed: say so once, and show the normal one (or its description) instead. */
  private handleEnlargedError(): void {
    warnOnce(
      TAG,
      `could not load the larger image ${this.enlargeUrl ?? ''}. Readers get the normal-size picture instead; check enlarge-src.`,
      `failed enlarge ${this.enlargeUrl ?? ''}`,
    );
    this.enlargeFailed = true;
    this.requestUpdate();
  }

  private handleDialogClose(): void {
    this.enlarged = false;
    this.requestUpdate();
    this.renderRoot.querySelector<HTMLButtonElement>('button[part="enlarge"]')?.focus();
  }

  /**
   * Keeps Tab inside the open dialog: the page behind is inert, but Tab would otherwise leave
   * for the browser's own controls.
   */
  private handleDialogKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const focusable = [...this.dialog!.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const current = this.shadowRoot!.activeElement;
    if (event.shiftKey ? current === first : current === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  }

  /** A click on the backdrop (the dialog itself, outside its content) closes it. */
  private handleDialogClick(event: MouseEvent): void {
    if (event.target === this.dialog) this.closeEnlarged();
  }

  /** What the dialog shows: the larger picture, else the normal one, else its description. */
  private renderEnlarged() {
    if (!this.enlarged) return nothing;
    const normal = this.image;
    const fallback = this.enlargeFailed
      ? normal && normal.complete && normal.naturalWidth > 0
        ? normal.currentSrc || normal.src
        : undefined
      : this.enlargeUrl;
    // The dialog is named by what the picture shows, so the picture itself is not read again.
    return fallback
      ? html`<img part="enlarged-image" class="enlarged" src=${fallback} alt="" @error=${this.handleEnlargedError} />`
      : html`<p part="enlarged-image" class="enlarged-failed" aria-hidden="true">${this.description}</p>`;
  }

  override render() {
    if (!this.enlargeUrl) return html`<slot></slot>`;
    const enlarge = this.enlargeLabel ?? this.localize.term('figureEnlarge');
    const enlargeLang = this.enlargeLabel === undefined ? this.localize.termLang('figureEnlarge') : undefined;
    const close = this.closeLabel ?? this.localize.term('figureClose');
    const closeLang = this.closeLabel === undefined ? this.localize.termLang('figureClose') : undefined;
    // Named once: by the alt when it says more than the caption, else by the caption shown inside.
    const namedByCaption = !!this.caption && this.description === this.caption;
    return html`<slot></slot>
      <button part="enlarge" type="button" aria-haspopup="dialog" lang=${ifDefined(enlargeLang)} @click=${this.openEnlarged}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" stroke-width="1.5" />
        </svg>
        ${enlarge}
      </button>
      <dialog
        part="dialog"
        dir=${this.localize.dir()}
        aria-label=${ifDefined(namedByCaption ? undefined : this.description || enlarge)}
        aria-labelledby=${ifDefined(namedByCaption ? 'dialog-caption' : undefined)}
        @close=${this.handleDialogClose}
        @click=${this.handleDialogClick}
        @keydown=${this.handleDialogKeydown}
      >
        <div class="dialog-body">
          <button part="close" class="close" type="button" lang=${ifDefined(closeLang)} @click=${this.closeEnlarged}>${close}</button>
          ${this.renderEnlarged()}
          ${this.caption
            ? html`<p part="dialog-caption" id="dialog-caption" class="dialog-caption">${this.caption}</p>`
            : nothing}
        </div>
      </dialog>`;
  }
}

/** The image's alt as the author wrote it, unless it is a placeholder that describes nothing. */
function meaningfulAlt(image: HTMLImageElement | null): string {
  const alt = image?.getAttribute('data-lede-authored-alt') ?? image?.getAttribute('alt') ?? '';
  return isPlaceholderAlt(alt) ? '' : alt;
}
