import { css } from 'lit';

/** The host only: the byline's content is the author's light DOM (see bylineContentStyles). */
export const bylineStyles = css`
  :host {
    display: flow-root;
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * Rules for the byline the author wrote (light DOM): the portrait floats at the line's start and
 * the text flows beside it. Layered and wrapped in :where(), so any rule of the site's wins.
 */
export const bylineContentStyles = css`
  /* One order in every sheet, so an element nested in another wins whichever sheet came first. */
  @layer lede.article, lede.figure, lede.byline;
  @layer lede.byline {
    :where(lede-byline) {
      margin-block: 1rem;
      font-size: 0.9375rem;
      line-height: 1.5;
    }
    :where(lede-byline) > :where(img, picture) {
      float: inline-start;
      margin-inline-end: 0.75rem;
    }
    :where(lede-byline) > :where(img, picture > img) {
      display: block;
      inline-size: var(--lede-byline-portrait-size, 3.5rem);
      block-size: auto;
      aspect-ratio: 1;
      object-fit: cover;
      border-radius: 50%;
    }
    :where(lede-byline) :where(img[data-lede-failed]) {
      display: none;
    }
    :where(lede-byline) > :where(p) {
      margin-block: 0 0.25rem;
    }
    :where(lede-byline) :where([rel~='author'], [data-lede-author]) {
      font-weight: 700;
    }
  }
`;

/**
 * The byline's rules for a page stylesheet: its final layout before the element is defined (or
 * with JavaScript off), so nothing moves when it upgrades.
 */
export const bylinePageStyles = css`
  @layer lede {
    :where(lede-byline:not(:defined)) {
      display: flow-root;
    }
  }
  ${bylineContentStyles}
`;
