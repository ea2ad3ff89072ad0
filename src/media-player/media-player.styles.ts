import { css } from 'lit';

export const mediaPlayerStyles = css`
  :host {
    --_ratio: var(--lede-media-player-aspect-ratio, 16 / 9);
    --_control-background: var(--lede-media-player-control-background, #111111);
    --_control-color: var(--lede-media-player-control-color, #ffffff);
    display: block;
    position: relative;
    margin-block: var(--_space-m);
  }
  :host([hidden]) {
    display: none;
  }
  [hidden] {
    display: none !important;
  }
  /*
   * "Skip past" is out of sight, and covers nothing, until it has focus. Then it takes its own
   * line above the player, in flow: it covers neither the player it skips nor what is around it.
   */
  .visually-hidden,
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip:not(:focus) {
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .skip:focus {
    display: inline-block;
    max-inline-size: 100%;
    margin-block-end: var(--_space-s);
    padding: var(--_space-s);
    background: var(--_focus-halo);
    color: var(--_focus-color);
  }
  .player {
    position: relative;
    /* Caption text is sized against the player's width (see .screen). */
    container-type: inline-size;
    background: var(--_control-background);
    color: var(--_control-color);
  }
  .poster,
  .screen {
    position: relative;
  }
  .video .poster,
  .video .screen {
    aspect-ratio: var(--_ratio);
  }
  /*
   * Captions may not grow taller than the picture: their base size is the page's text size, but
   * never more than a share of the player's width (captions are exempt from WCAG 1.4.4, and a
   * caption that hides the whole picture helps nobody). The reader's caption size scales that.
   */
  .video .screen {
    font-size: min(1.125rem, 4.5cqi);
  }
  /*
   * The poster, the play button and the clock share one grid cell: the button and clock sit on
   * the picture's lower edge, and when large text makes them taller than the picture, the
   * poster grows with them instead of letting them spill over the content above.
   */
  .poster {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .poster > * {
    grid-area: 1 / 1;
  }
  .poster-image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .poster-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    align-self: end;
    justify-content: space-between;
    gap: var(--_space-s);
    padding: var(--_space-m);
  }
  .start {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 3rem;
    max-inline-size: 100%;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-width: 2px;
    background: var(--_control-background);
    color: var(--_control-color);
    font-size: 1.125rem;
    font-weight: 700;
  }
  .duration {
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    background: var(--_control-background);
    font-variant-numeric: tabular-nums;
  }
  .audio .poster-bar {
    justify-content: start;
  }
  .start[aria-disabled='true'] {
    cursor: progress;
  }
  .stage,
  .stage > * {
    inline-size: 100%;
    block-size: 100%;
  }
  /* Whatever the engine wraps the media in, the picture fills the stage. */
  .stage video {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .audio .stage {
    display: none;
  }
  .captions-display {
    position: absolute;
    inset-inline: 5%;
    inset-block-end: 5%;
    margin-inline: auto;
    inline-size: fit-content;
    max-inline-size: 90%;
    max-block-size: 90%;
    overflow: hidden;
    padding-block: 0.1em;
    padding-inline: 0.4em;
    line-height: 1.4;
    text-align: center;
    white-space: pre-line;
  }
  .audio .captions-display {
    position: static;
  }
  .captions-display.white {
    color: #ffffff;
  }
  .captions-display.yellow {
    color: #ffeb3b;
  }
  .captions-display.black {
    background: rgb(0 0 0 / 0.85);
  }
  .captions-display.none {
    text-shadow:
      0 0 3px #000000,
      0 0 3px #000000,
      0 0 3px #000000;
  }
  .error {
    /* Less padding in a narrow player, so the alternatives keep their room at large text sizes. */
    padding: min(var(--_space-m), 3cqi);
    font-size: 1rem;
    line-height: 1.5;
  }
  .error a {
    color: inherit;
  }
  .error ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error button {
    padding-inline: 0.75rem;
  }
  .error li,
  .error button,
  .error a {
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .start svg {
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .error a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .native {
    padding: var(--_space-s);
    background: var(--_surface);
  }
  .transcript-toggle {
    margin-block-start: var(--_space-s);
    padding-inline: 0.75rem;
  }
  .transcript {
    margin-block-start: var(--_space-s);
    font-size: 1rem;
    line-height: 1.5;
  }
  .transcript ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .transcript [part='cue'] {
    display: block;
    inline-size: 100%;
    padding: 0.25rem 0.5rem;
    border: 0;
    border-inline-start: 0.25rem solid transparent;
    text-align: start;
  }
  .transcript [part='cue'][aria-current='true'] {
    border-inline-start-color: currentColor;
    font-weight: 700;
  }
  .cue-time {
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.5em;
  }
  button:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  a:focus-visible,
  .error:focus-visible,
  .transcript:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-halo);
    outline-offset: 2px;
  }
  /* The failure message takes focus when the control that had it goes: ring it inside the player. */
  .error:focus-visible {
    outline-offset: calc(-1 * var(--_focus-width) - 2px);
  }
  /* Outside the dark player (skip link, transcript) the ring is dark. */
  .skip:focus-visible,
  .transcript-toggle:focus-visible,
  .transcript:focus-visible,
  .transcript :focus-visible {
    outline-color: var(--_focus-color);
  }
  @media (forced-colors: active) {
    .player {
      border: 1px solid CanvasText;
    }
    button:focus-visible,
    select:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .player,
    .skip,
    .transcript-toggle {
      display: none;
    }
  }
`;
