import { css } from 'lit';

export const textSizeStyles = css`
  :host {
    --lede-text-size-accent: var(--_accent);
    --lede-text-size-border-color: currentColor;
    --lede-text-size-gap: var(--_space-s);

    display: block;
    color: inherit;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--lede-text-size-gap);
    font-weight: 700;
    line-height: 1.4;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lede-text-size-gap);
  }

  /* An option wraps its own text rather than push the page sideways at 320 px and 200%. */
  label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4em;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.25em;
    padding-inline: 0.6em 0.8em;
    border: 1px solid var(--lede-text-size-border-color);
    border-radius: var(--_radius);
    line-height: 1.3;
    cursor: pointer;
  }

  /* The chosen size is marked by shape and weight as well as colour. */
  label:has(:checked) {
    border-width: 3px;
    padding-inline: calc(0.6em - 2px) calc(0.8em - 2px);
    font-weight: 700;
  }

  label:has(:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 2px;
  }

  input {
    margin: 0;
    inline-size: 1.1em;
    block-size: 1.1em;
    accent-color: var(--lede-text-size-accent);
    flex: none;
  }

  input:focus-visible {
    outline: none;
  }

  .percent {
    font-variant-numeric: tabular-nums;
    font-weight: 400;
  }

  @media (forced-colors: active) {
    label {
      border-color: CanvasText;
    }
    label:has(:checked) {
      border-color: Highlight;
    }
    label:has(:focus-visible) {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
