import { css } from 'lit';

export const skipLinksStyles = css`
  :host {
    --lede-skip-links-background: var(--_surface);
    --lede-skip-links-color: var(--_text);
    --lede-skip-links-z-index: 10000000;

    display: block;
    position: fixed;
    inset-block-start: 0;
    inset-inline: 0;
    z-index: var(--lede-skip-links-z-index);
  }

  /* Hidden from sight, not from assistive technology, until one of the links has focus. */
  :host(:not(:focus-within)) {
    block-size: 1px;
    inline-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    background: var(--lede-skip-links-background);
    color: var(--lede-skip-links-color);
    border-block-end: 2px solid currentColor;
  }

  ::slotted(a) {
    display: inline-block;
    padding: var(--_space-s) var(--_space-m);
    color: var(--lede-skip-links-color);
    font-size: 1rem;
    line-height: 1.5;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* The GOV.UK focus style: a dark outline plus a bright halo that reads on any background. */
  ::slotted(a:focus-visible),
  ::slotted(a:focus) {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 0;
    background: var(--_focus-halo);
    color: var(--_focus-color);
    text-decoration: none;
  }

  /* A link without a target is removed for everyone, whatever display the site gives links. */
  ::slotted([hidden]) {
    display: none !important;
  }

  @media (forced-colors: active) {
    nav {
      background: Canvas;
      color: CanvasText;
    }
    ::slotted(a) {
      color: LinkText;
    }
    ::slotted(a:focus) {
      outline-color: Highlight;
      background: Canvas;
      color: LinkText;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
