import { css } from 'lit';

/*
 * The bar's rules, in pieces, so the element (`:host`, `nav`, `::slotted(a)`) and the page
 * stylesheet `lede/lede.css` (the same element before it is defined, or with JavaScript off) are
 * built from one source and look and behave the same. The links never take room in the page.
 */

/** The element's own custom properties, each defaulting to a library token. */
export const skipLinksProperties = css`
  --lede-skip-links-background: var(--_surface);
  --lede-skip-links-color: var(--_text);
  --lede-skip-links-z-index: 10000000;
`;

/** Fixed across the top of the viewport, above everything: out of the page's flow. */
export const skipLinksPlacement = css`
  position: fixed;
  inset-block-start: 0;
  inset-inline: 0;
  z-index: var(--lede-skip-links-z-index);
`;

/** Hidden from sight, not from assistive technology, until one of the links has focus. */
export const skipLinksHidden = css`
  block-size: 1px;
  inline-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** The bar around the links. */
export const skipLinksBar = css`
  display: flex;
  flex-wrap: wrap;
  gap: var(--_space-s);
  padding: var(--_space-s) var(--_space-m);
  background: var(--lede-skip-links-background);
  color: var(--lede-skip-links-color);
  border-block-end: 2px solid currentColor;
`;

/** One link: an easy target. */
export const skipLinksLink = css`
  display: inline-block;
  padding: var(--_space-s) var(--_space-m);
  color: var(--lede-skip-links-color);
  font-size: 1rem;
  line-height: 1.5;
  text-decoration: underline;
  text-underline-offset: 0.2em;
`;

/** The GOV.UK focus style: a dark outline plus a bright halo that reads on any background. */
export const skipLinksFocus = css`
  outline: var(--_focus-width) solid var(--_focus-color);
  outline-offset: 0;
  background: var(--_focus-halo);
  color: var(--_focus-color);
  text-decoration: none;
`;

/** Forced colours: the system's own colours for the bar, its links and the focused link. */
export const skipLinksForcedBar = css`
  background: Canvas;
  color: CanvasText;
`;
export const skipLinksForcedLink = css`
  color: LinkText;
`;
export const skipLinksForcedFocus = css`
  outline-color: Highlight;
  background: Canvas;
  color: LinkText;
`;

export const skipLinksStyles = css`
  :host {
    ${skipLinksProperties}
    display: block;
    ${skipLinksPlacement}
  }

  :host(:not(:focus-within)) {
    ${skipLinksHidden}
  }

  nav {
    ${skipLinksBar}
  }

  ::slotted(a) {
    ${skipLinksLink}
  }

  ::slotted(a:focus-visible),
  ::slotted(a:focus) {
    ${skipLinksFocus}
  }

  /* A link without a target is removed for everyone, whatever display the site gives links. */
  ::slotted([hidden]) {
    display: none !important;
  }

  @media (forced-colors: active) {
    nav {
      ${skipLinksForcedBar}
    }
    ::slotted(a) {
      ${skipLinksForcedLink}
    }
    ::slotted(a:focus) {
      ${skipLinksForcedFocus}
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
