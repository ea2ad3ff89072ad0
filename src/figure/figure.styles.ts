import { css } from 'lit';

/** The element's own chrome: the enlarge button and its dialog. */
export const figureStyles = css`
  :host {
    --_gap: var(--lede-figure-gap, var(--_space-m));
    display: block;
    margin-block: var(--_gap);
  }
  :host([hidden]) {
    display: none;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin-block-start: var(--_space-s);
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    font-size: 0.9375rem;
  }
  button:hover {
    text-decoration: underline;
  }
  button:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 calc(var(--_focus-width) * 2) var(--_focus-halo);
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  dialog {
    max-inline-size: calc(100vw - 2rem);
    max-block-size: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid currentColor;
    background: Canvas;
    color: CanvasText;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  .dialog-body {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
  }
  .close {
    justify-self: end;
    margin: 0;
  }
  .enlarged {
    display: block;
    max-inline-size: 100%;
    max-block-size: calc(100dvh - 9rem);
    block-size: auto;
    margin-inline: auto;
  }
  .enlarged-failed {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    min-block-size: 6rem;
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid currentColor;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .dialog-caption {
    margin: 0;
    max-inline-size: 60ch;
    line-height: 1.5;
  }
  @media (forced-colors: active) {
    button:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    button,
    dialog {
      display: none;
    }
  }
`;

/**
 * Rules for the figure the author wrote (light DOM), adopted into the element's root. Layered and
 * wrapped in :where(), so any rule of the site's wins.
 */
export const figureContentStyles = css`
  /* One order in every sheet, so an element nested in another wins whichever sheet came first. */
  @layer lede.article, lede.figure, lede.byline;
  @layer lede.figure {
    :where(lede-figure) :where(figure) {
      margin: 0;
    }
    :where(lede-figure) :where(img) {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }
    :where(lede-figure) :where(figcaption) {
      margin-block-start: 0.5rem;
      font-size: 0.9375rem;
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    :where(lede-figure) :where([data-lede-credit]) {
      font-size: 0.875em;
      font-style: normal;
      font-weight: 600;
    }
    :where([data-lede-generated='credit-label']),
    :where(lede-figure) :where(img[data-lede-failed]) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    :where([data-lede-generated='image-fallback']) {
      display: flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 6rem;
      padding: 1rem;
      border: 1px solid currentColor;
      background: light-dark(#f2f2f2, #262626);
      color: inherit;
      font-size: 1rem;
      line-height: 1.5;
      text-align: center;
      overflow-wrap: anywhere;
    }
  }
`;

/**
 * The figure's rules for a page stylesheet, so a figure has its final layout before the element
 * is defined (or with JavaScript off): the host's block box and the content rules above. An image
 * that failed before the upgrade then already fills the box its width and height reserve, as
 * Lede's failure box does after it, so nothing moves (CLS 0), left to right or right to left.
 */
export const figurePageStyles = css`
  @layer lede {
    :where(lede-figure:not(:defined)) {
      display: block;
      margin-block: var(--lede-figure-gap, var(--lede-space-m, 1rem));
    }
  }
  ${figureContentStyles}
`;
