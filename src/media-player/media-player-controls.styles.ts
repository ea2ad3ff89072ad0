import { css } from 'lit';

/** Styles of the control bar and caption settings, adopted when they load (with the engine). */
export const controlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-s);
  }
  .controls button,
  .caption-style summary,
  select {
    min-inline-size: 2.75rem;
  }
  select {
    max-inline-size: 100%;
    background: var(--_control-background);
  }
  .controls svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    vertical-align: middle;
  }
  input[type='range'] {
    flex: 1 1 8rem;
    min-block-size: 2.75rem;
    accent-color: var(--_control-color);
  }
  .time {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A label and its menu wrap onto two lines rather than push a narrow page sideways. */
  .captions-menu,
  .caption-style label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    max-inline-size: 100%;
  }
  .caption-style {
    padding: var(--_space-s);
  }
  .caption-style[open] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .caption-style summary {
    display: inline-flex;
    align-items: center;
    padding-inline: 0.75rem;
  }
`;
