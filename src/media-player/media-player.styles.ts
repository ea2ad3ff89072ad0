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
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 2;
    padding: var(--_space-s);
    background: var(--_focus-halo);
    color: var(--_focus-color);
    transform: translateY(-200%);
  }
  .skip:focus {
    transform: none;
  }
  .player {
    position: relative;
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
  .poster-image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .audio .poster {
    padding: var(--_space-m);
  }
  .start {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 3rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-width: 2px;
    background: var(--_control-background);
    color: var(--_control-color);
    font-size: 1.125rem;
    font-weight: 700;
  }
  .video .start {
    position: absolute;
    inset-block-end: var(--_space-m);
    inset-inline-start: var(--_space-m);
  }
  .duration {
    position: absolute;
    inset-block-end: var(--_space-m);
    inset-inline-end: var(--_space-m);
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    background: var(--_control-background);
    font-variant-numeric: tabular-nums;
  }
  .audio .duration {
    position: static;
    margin-inline-start: var(--_space-s);
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
    padding-block: 0.1em;
    padding-inline: 0.4em;
    font-size: 1.125rem;
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
    padding: var(--_space-m);
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
  .transcript:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-halo);
    outline-offset: 2px;
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
