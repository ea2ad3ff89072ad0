import { css } from 'lit';

/**
 * The token declarations alone, for any rule that needs them: the elements' `:host`, and the
 * page stylesheet (`lede/lede.css`) that styles elements before they are defined.
 */
export const tokenDeclarations = css`
  --_focus-color: var(--lede-focus-color, #0b0c0c);
  --_focus-halo: var(--lede-focus-halo, #ffdd00);
  --_focus-width: var(--lede-focus-width, 3px);
  --_accent: var(--lede-accent-color, #1d4ed8);
  --_surface: var(--lede-surface-color, #ffffff);
  --_text: var(--lede-text-color, #0b0c0c);
  --_radius: var(--lede-radius, 0.25rem);
  --_space-s: var(--lede-space-s, 0.5rem);
  --_space-m: var(--lede-space-m, 1rem);
`;

/**
 * Library-wide tokens. Each element's own custom properties default to these, so a site can
 * theme one element (`--lede-skip-links-background`) or every element (`--lede-focus-color`).
 */
export const tokens = css`
  :host {
    ${tokenDeclarations}
  }
`;

/**
 * The look every Lede control starts from inside a shadow root: a bordered, transparent button
 * (or select, or summary) in the surrounding text's colour and font, at least 44 px high.
 * Elements add their own layout on top.
 */
export const nativeControls = css`
  button,
  select,
  summary {
    min-block-size: 2.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
`;
