import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CAPTION_SIZES, type CaptionStyle } from './caption-style.js';
export { controlsStyles } from './media-player-controls.styles.js';
import type { MediaPlayerStrings } from './media-player.strings.js';

// The control bar, loaded with the engine when a reader presses play: pages whose readers never
// play carry none of it.

/** What the control bar shows, and what each control does. */
export interface ControlsModel {
  paused: boolean;
  muted: boolean;
  time: number;
  duration: number;
  /** Index of the chosen caption track, or -1. */
  captions: number;
  captionLabels: string[];
  /** Whether audio description is on; `undefined` when there is no description track. */
  descriptions: boolean | undefined;
  audioOnly: boolean;
  lang: string;
  style: CaptionStyle;
  /** The time in words, the seek slider's value (the visible clock is for the eye only). */
  spokenProgress: string;
  term: (key: keyof MediaPlayerStrings) => string;
  /** `'en'` when the string fell back to English in a page of another language; put it on the node that shows it. */
  termLang: (key: keyof MediaPlayerStrings) => string | undefined;
  clock: (seconds: number) => string;
  togglePlay: () => void;
  seekTo: (seconds: number) => void;
  toggleMute: () => void;
  chooseCaptions: (index: number) => void;
  toggleDescriptions: () => void;
  toggleFullscreen: () => void;
  setCaptionStyle: (change: Partial<CaptionStyle>) => void;
}

export function renderControls(model: ControlsModel): TemplateResult {
  const { paused, muted, time, duration, captions, descriptions, lang, term, style, spokenProgress } = model;
  const termLang = (key: keyof MediaPlayerStrings) => ifDefined(model.termLang(key));
  return html`<div part="controls" class="controls">
      <button part="play-pause" type="button" lang=${termLang(paused ? 'mediaPlay' : 'mediaPause')} @click=${model.togglePlay}>
        ${paused
          ? html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5v14l11-7z" fill="currentColor" /></svg>`
          : html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 5h4v14H6zM14 5h4v14h-4z" fill="currentColor" /></svg>`}
        <span class="visually-hidden">${term(paused ? 'mediaPlay' : 'mediaPause')}</span>
      </button>
      <input
        part="seek"
        type="range"
        min="0"
        max=${Number.isFinite(duration) ? duration : 0}
        step="any"
        .value=${String(time)}
        aria-label=${term('mediaSeek')}
        aria-valuetext=${spokenProgress}
        lang=${termLang('mediaSeek')}
        @input=${(event: Event) => model.seekTo(Number((event.target as HTMLInputElement).value))}
      />
      <span part="time" class="time" aria-hidden="true">${model.clock(time)} / ${model.clock(duration)}</span>
      <button part="mute" type="button" aria-pressed=${muted ? 'true' : 'false'} lang=${termLang('mediaMute')} @click=${model.toggleMute}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
          ${muted ? svg`<path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" stroke-width="2" />` : nothing}
        </svg>
        <span class="visually-hidden">${term('mediaMute')}</span>
      </button>
      ${model.captionLabels.length
        ? html`<label part="captions" class="captions-menu"
            ><span lang=${termLang('mediaCaptions')}>${term('mediaCaptions')}</span>
            <select @change=${(event: Event) => model.chooseCaptions(Number((event.target as HTMLSelectElement).value))}>
              <option value="-1" ?selected=${captions === -1} lang=${termLang('mediaCaptionsOff')}>${term('mediaCaptionsOff')}</option>
              ${model.captionLabels.map(
                (label, index) => html`<option value=${index} ?selected=${captions === index}>${label}</option>`,
              )}
            </select></label
          >`
        : nothing}
      ${descriptions !== undefined
        ? html`<button
            part="descriptions"
            type="button"
            aria-pressed=${descriptions ? 'true' : 'false'}
            lang=${termLang('mediaAudioDescription')}
            @click=${model.toggleDescriptions}
          >
            ${term('mediaAudioDescription')}
          </button>`
        : nothing}
      ${model.audioOnly
        ? nothing
        : html`<button part="fullscreen" type="button" lang=${termLang('mediaFullscreen')} @click=${model.toggleFullscreen}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" fill="none" stroke="currentColor" stroke-width="2" />
            </svg>
            <span class="visually-hidden">${term('mediaFullscreen')}</span>
          </button>`}
    </div>
    ${captions !== -1
      ? html`<details part="caption-style" class="caption-style">
          <summary lang=${termLang('mediaCaptionStyle')}>${term('mediaCaptionStyle')}</summary>
          <label
            ><span lang=${termLang('mediaCaptionSize')}>${term('mediaCaptionSize')}</span>
            <select @change=${(event: Event) => model.setCaptionStyle({ size: Number((event.target as HTMLSelectElement).value) })}>
              ${CAPTION_SIZES.map(
                (size) => html`<option value=${size} ?selected=${style.size === size}>${new Intl.NumberFormat(lang, { style: 'percent' }).format(size / 100)}</option>`,
              )}
            </select></label
          >
          <label
            ><span lang=${termLang('mediaCaptionColour')}>${term('mediaCaptionColour')}</span>
            <select @change=${(event: Event) => model.setCaptionStyle({ colour: (event.target as HTMLSelectElement).value as CaptionStyle['colour'] })}>
              <option value="white" ?selected=${style.colour === 'white'} lang=${termLang('mediaWhite')}>${term('mediaWhite')}</option>
              <option value="yellow" ?selected=${style.colour === 'yellow'} lang=${termLang('mediaYellow')}>${term('mediaYellow')}</option>
            </select></label
          >
          <label
            ><span lang=${termLang('mediaCaptionBackground')}>${term('mediaCaptionBackground')}</span>
            <select
              @change=${(event: Event) => model.setCaptionStyle({ background: (event.target as HTMLSelectElement).value as CaptionStyle['background'] })}
            >
              <option value="black" ?selected=${style.background === 'black'} lang=${termLang('mediaBlack')}>${term('mediaBlack')}</option>
              <option value="none" ?selected=${style.background === 'none'} lang=${termLang('mediaNone')}>${term('mediaNone')}</option>
            </select></label
          >
        </details>`
      : nothing}`;
}
