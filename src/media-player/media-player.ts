import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { parseDuration, clockTime, spokenTime } from '../internal/duration.js';
import { LocalizeController } from '../internal/localize.js';
import { nativeControls, tokens } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { mediaPlayerStrings } from './media-player.strings.js';
import { CaptionStyleController } from './caption-style.js';
import type { MediaEngine, MediaEngineLoader, MediaSource } from './engine/media-engine.js';
import { mediaPlayerStyles } from './media-player.styles.js';
import { parseWebVtt, type TranscriptCue } from './webvtt.js';
import { renderRootInOwnDocument } from '../internal/per-document-styles.js';

const TAG = 'lede-media-player';
/** A stall shorter than this is not announced. */
const BUFFERING_DELAY_MS = 1000;
const SEEK_STEP_SECONDS = 5;
const RIGHT_TO_LEFT = /^(ar|arc|ckb|dv|fa|he|ps|sd|ug|ur|yi)(-|$)/i;

/** video.js, loaded only when asked for: the default engine. */
export const loadVideoJsEngine: MediaEngineLoader = () =>
  import('./engine/video-js-engine.js').then((module) => module.createVideoJsEngine);

/** The control bar's module, loaded with the engine. */
type ControlsModule = typeof import('./media-player-controls.js');
const loadControls = (): Promise<ControlsModule> => import('./media-player-controls.js');

/** A `<track>` the author wrote. */
interface AuthoredTrack {
  kind: string;
  src: string;
  srclang: string;
  label: string;
}

type PlayerState = 'idle' | 'loading' | 'ready' | 'error';

/** Everything the shell shows; changed through `show()`. */
interface View {
  state: PlayerState;
  paused: boolean;
  muted: boolean;
  time: number;
  duration: number;
  /** Index into the caption tracks, or -1 for off. */
  captions: number;
  captionText: string;
  descriptions: boolean;
  transcriptOpen: boolean;
  transcript: TranscriptCue[];
  /** The failure's kind: the media itself, or the engine's download. */
  failure?: 'media' | 'engine';
  nativePlayer: boolean;
  /** Live-region texts. */
  status: string;
  alert: string;
  described: string;
}

/**
 * A news video or audio player on video.js, accessible first and loaded last.
 *
 * Author a native `<video controls>` (or `<audio controls>`) with `<source>`s, `<track>`s and a
 * poster: without JavaScript readers get the browser's own player. With it, the element shows the
 * poster and one play button named with the title and the spoken duration ("Play video: Ferry
 * vote, 2 minutes, 52 seconds"); video.js is imported only when that button is pressed (or at
 * once with `preload`). Then the element's own controls take over: play/pause, a seek slider and
 * a time that both read in words, mute, a captions menu and caption style (remembered), audio
 * description read through a live region, a transcript built from the captions (or authored in
 * `slot="transcript"`) that marks the current line and seeks when a line is pressed, and full
 * screen. One polite live region says "Loading video", "Buffering" (only when it lasts) and
 * "Finished"; a failure is announced once, assertively, and offers every alternative that exists.
 *
 * Keyboard shortcuts while focus is in the player: Space or K play/pause, Left/Right arrows seek
 * 5 seconds, M mute, C captions on/off, F full screen. `no-shortcuts` turns them off (WCAG 2.1.4).
 *
 * @summary An accessible news video and audio player that loads video.js only when asked.
 *
 * @slot - The native `<video>` or `<audio>` with its `<source>`s and `<track>`s: the no-JavaScript player.
 * @slot transcript - An authored transcript (readable without JavaScript), shown by the Transcript button.
 *
 * @csspart skip - The "Skip past the video" link.
 * @csspart player - The player group.
 * @csspart poster - The poster and play button before loading.
 * @csspart start - The first play button.
 * @csspart stage - Where the media plays.
 * @csspart captions-display - The caption text over the video.
 * @csspart controls - The control bar.
 * @csspart play-pause - The play/pause button.
 * @csspart seek - The seek slider.
 * @csspart time - The time display.
 * @csspart mute - The mute button.
 * @csspart captions - The captions menu.
 * @csspart caption-style - The caption style settings.
 * @csspart descriptions - The audio description button.
 * @csspart fullscreen - The full-screen button.
 * @csspart error - The failure message with its alternatives.
 * @csspart transcript-toggle - The Transcript button.
 * @csspart transcript - The transcript panel.
 * @csspart cue - One line of a transcript built from captions.
 *
 * @cssprop --lede-media-player-aspect-ratio - Shape of the video (default: 16 / 9).
 * @cssprop --lede-media-player-control-background - Control bar background (default: #111).
 * @cssprop --lede-media-player-control-color - Control bar text (default: #fff).
 */
export class LedeMediaPlayer extends LitElement {
  static override styles = [tokens, nativeControls, mediaPlayerStyles];
  static override properties = {
    mediaTitle: { attribute: 'media-title' },
    duration: {},
    preload: { type: Boolean },
    autoplay: { type: Boolean },
    noShortcuts: { type: Boolean, attribute: 'no-shortcuts' },
    audioSrc: { attribute: 'audio-src' },
    downloadSrc: { attribute: 'download-src' },
  };

  /** @internal */
  private readonly localize = new LocalizeController(this, mediaPlayerStrings);
  /** @internal */
  private readonly captionStyle = new CaptionStyleController(this, TAG);

  /** The title, read in the play button's name and the player's name. */
  declare mediaTitle?: string;

  /** Length in seconds ("172") or ISO 8601 ("PT2M52S"), shown and spoken before the media loads. */
  declare duration?: string;

  /** Load the engine as soon as the element is on the page, not when the reader presses play. */
  preload = false;

  /** Start playing, muted, once loaded, unless the reader prefers reduced motion. */
  autoplay = false;

  /** Turns the single-key shortcuts off. */
  noShortcuts = false;

  /** An audio-only version, offered when the video fails. */
  declare audioSrc?: string;

  /** A file to download, offered when playback fails. */
  declare downloadSrc?: string;

  /** Loads the playback engine; video.js by default. Replace it to use another engine. */
  engineLoader: MediaEngineLoader = loadVideoJsEngine;

  /** The engine, once loaded. */
  engine?: MediaEngine;

  /** @internal */
  private view: View = {
    state: 'idle',
    paused: true,
    muted: false,
    time: 0,
    duration: Number.NaN,
    captions: -1,
    captionText: '',
    descriptions: false,
    transcriptOpen: false,
    transcript: [],
    nativePlayer: false,
    status: '',
    alert: '',
    described: '',
  };
  /** @internal */
  private authored: {
    media: HTMLMediaElement | null;
    audioOnly: boolean;
    poster: string;
    sources: MediaSource[];
    tracks: AuthoredTrack[];
    transcript: boolean;
  } = { media: null, audioOnly: false, poster: '', sources: [], tracks: [], transcript: false };
  /** @internal The control bar, once loaded. */
  private controls?: ControlsModule;
  /** @internal */
  private bufferingTimer?: ReturnType<typeof setTimeout>;
  /** @internal Loading the engine, once. */
  private starting?: Promise<void>;
  /** @internal The latest start request, loading included. */
  private started?: Promise<void>;
  /** @internal */
  private skipTarget?: HTMLElement;

  protected override createRenderRoot() {
    return renderRootInOwnDocument(this) ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readAuthoredMedia();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dispose();
  }

  protected override firstUpdated(): void {
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (this.autoplay && !reducedMotion) void this.start({ play: true, muted: true });
    else if (this.preload) void this.start({ play: false });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('duration') && this.duration && parseDuration(this.duration) === undefined) {
      warnOnce(TAG, `duration="${this.duration}" is neither seconds ("172") nor ISO 8601 ("PT2M52S"); it is ignored.`);
    }
  }

  /** Resolves once the engine has loaded and the player is ready (or has failed). */
  get ready(): Promise<void> {
    return this.started ?? Promise.resolve();
  }

  /** The authored media's sources, tracks and poster; read when connected, never in render(). */
  private readAuthoredMedia(): void {
    const media = this.querySelector<HTMLMediaElement>(':scope > video, :scope > audio');
    const sources: MediaSource[] = media
      ? [...media.querySelectorAll('source[src]')].map((source) => ({
          src: source.getAttribute('src')!,
          ...(source.getAttribute('type') ? { type: source.getAttribute('type')! } : {}),
        }))
      : [];
    if (media?.getAttribute('src')) sources.unshift({ src: media.getAttribute('src')! });
    const tracks = media
      ? [...media.querySelectorAll('track[src]')].map((track) => ({
          kind: track.getAttribute('kind') ?? 'subtitles',
          src: track.getAttribute('src')!,
          srclang: track.getAttribute('srclang') ?? '',
          label: track.getAttribute('label') ?? track.getAttribute('srclang') ?? '',
        }))
      : [];
    this.authored = {
      media,
      audioOnly: media?.localName === 'audio',
      poster: media?.getAttribute('poster') ?? '',
      sources,
      tracks,
      transcript: !!this.querySelector(':scope > [slot="transcript"]'),
    };
    if (!media) warnOnce(TAG, 'has no <video> or <audio> inside. Put the native media element, with its <source>s, inside it.');
    else if (!sources.length) warnOnce(TAG, `<${media.localName}> has no source. Give it <source src="…" type="…">.`);
  }

  private get captionTracks(): AuthoredTrack[] {
    return this.authored.tracks.filter((track) => track.kind === 'captions' || track.kind === 'subtitles');
  }

  private get descriptionTrack(): AuthoredTrack | undefined {
    return this.authored.tracks.find((track) => track.kind === 'descriptions');
  }

  private show(change: Partial<View>): void {
    this.view = { ...this.view, ...change };
    this.requestUpdate();
  }

  /** Loads the engine (once), then plays unless told not to. */
  private start({ play = true, muted = false, at }: { play?: boolean; muted?: boolean; at?: number } = {}): Promise<void> {
    this.starting ??= this.load();
    this.started = this.starting.then(async () => {
      const engine = this.engine;
      if (!engine || this.view.state !== 'ready') return;
      if (at !== undefined) engine.currentTime = at;
      if (muted) engine.muted = true;
      if (play) {
        try {
          await engine.play();
        } catch {
          // A refused play (autoplay policy) leaves the player paused and usable; media errors
          // arrive through the engine's error event.
        }
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[part~="play-pause"]')?.focus();
      }
    });
    return this.started;
  }

  private async load(): Promise<void> {
    const audio = this.authored.audioOnly;
    this.show({ state: 'loading', status: this.localize.term(audio ? 'mediaLoadingAudio' : 'mediaLoadingVideo') });
    let create;
    try {
      [create, this.controls] = await Promise.all([this.engineLoader(), loadControls()]);
      const sheet = this.controls.controlsStyles.styleSheet;
      const root = this.shadowRoot!;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch (error) {
      this.fail('engine', `the player's code (${String(error)})`);
      return;
    }
    if (!this.isConnected) return;
    await this.updateComplete;
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage')!;
    const media = document.createElement(audio ? 'audio' : 'video');
    media.setAttribute('playsinline', '');
    if (this.authored.poster) media.setAttribute('poster', this.authored.poster);
    for (const authored of this.authored.tracks) {
      const track = document.createElement('track');
      track.kind = authored.kind;
      track.src = authored.src;
      track.srclang = authored.srclang;
      track.label = authored.label;
      media.append(track);
    }
    stage.append(media);
    try {
      this.engine = await create({ media, sources: this.authored.sources, styleRoot: this.shadowRoot! });
    } catch (error) {
      media.remove();
      this.fail('engine', `the player (${String(error)})`);
      return;
    }
    if (!this.isConnected) {
      this.dispose();
      return;
    }
    this.listenToEngine(this.engine);
    this.show({ state: 'ready', status: '', duration: this.engine.duration });
    this.applyTrackModes();
  }

  private listenToEngine(engine: MediaEngine): void {
    engine.on('play', () => this.show({ paused: false, status: '' }));
    engine.on('pause', () => this.show({ paused: true }));
    engine.on('timeupdate', () => this.show({ time: engine.currentTime }));
    engine.on('durationchange', () => this.show({ duration: engine.duration }));
    engine.on('volumechange', () => this.show({ muted: engine.muted }));
    engine.on('waiting', () => {
      clearTimeout(this.bufferingTimer);
      this.bufferingTimer = setTimeout(() => this.show({ status: this.localize.term('mediaBuffering') }), BUFFERING_DELAY_MS);
    });
    engine.on('playing', () => {
      clearTimeout(this.bufferingTimer);
      if (this.view.status) this.show({ status: '' });
    });
    engine.on('ended', () => this.show({ paused: true, status: this.localize.term('mediaEnded') }));
    engine.on('error', () => {
      const failure = engine.failure();
      this.fail('media', failure?.url || this.authored.sources[0]?.src || 'the media');
    });
    const tracks = engine.media.textTracks;
    for (let index = 0; index < tracks.length; index++) {
      tracks[index]!.addEventListener('cuechange', () => this.handleCueChange(tracks[index]!));
    }
  }

  /** Captions and descriptions are read from hidden tracks and shown (or spoken) by the shell. */
  private applyTrackModes(): void {
    const tracks = this.engine?.media.textTracks;
    if (!tracks) return;
    const chosen = this.captionTracks[this.view.captions];
    for (let index = 0; index < tracks.length; index++) {
      const track = tracks[index]!;
      const authored = this.authored.tracks[index];
      const on =
        (authored && authored === chosen) || (authored?.kind === 'descriptions' && this.view.descriptions);
      track.mode = on ? 'hidden' : 'disabled';
    }
    if (!chosen) this.show({ captionText: '' });
  }

  private handleCueChange(track: TextTrack): void {
    const text = [...(track.activeCues ?? [])].map((cue) => (cue as VTTCue).text.replace(/<[^>]*>/g, '')).join('\n');
    if (track.kind === 'descriptions') {
      if (text) this.show({ described: text });
    } else {
      this.show({ captionText: text });
    }
  }

  private fail(kind: 'media' | 'engine', what: string): void {
    clearTimeout(this.bufferingTimer);
    if (this.view.state === 'error') return;
    const message = this.localize.term(kind === 'engine' ? 'mediaErrorEngine' : 'mediaErrorMedia');
    warnOnce(
      TAG,
      kind === 'engine'
        ? `could not load ${what}. Readers are offered the transcript, downloads and the browser's own player.`
        : `could not play ${what}: the file is missing, unreachable or in a format this browser cannot play. Readers are offered the alternatives.`,
      `${kind} ${what}`,
    );
    this.show({ state: 'error', failure: kind, status: '', alert: message });
  }

  private dispose(): void {
    clearTimeout(this.bufferingTimer);
    this.engine?.dispose();
    this.engine = undefined;
    this.starting = undefined;
    this.started = undefined;
    this.skipTarget?.removeAttribute('tabindex');
    if (this.view.state !== 'idle') {
      this.view = { ...this.view, state: 'idle', paused: true, time: 0, status: '', alert: '', captionText: '' };
    }
  }

  private togglePlay(): void {
    if (!this.engine) return;
    if (this.engine.paused) void this.engine.play().catch(() => undefined);
    else this.engine.pause();
  }

  private seekTo(seconds: number): void {
    if (!this.engine) {
      void this.start({ play: true, at: seconds });
      return;
    }
    const duration = this.engine.duration;
    this.engine.currentTime = Math.max(0, Number.isFinite(duration) ? Math.min(seconds, duration) : seconds);
    this.show({ time: this.engine.currentTime });
  }

  private toggleMute(): void {
    if (this.engine) this.engine.muted = !this.engine.muted;
  }

  private chooseCaptions(index: number): void {
    this.show({ captions: index });
    this.applyTrackModes();
  }

  private toggleDescriptions(): void {
    this.show({ descriptions: !this.view.descriptions, described: '' });
    this.applyTrackModes();
  }

  private async toggleFullscreen(): Promise<void> {
    const player = this.renderRoot.querySelector<HTMLElement>('.player');
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await player?.requestFullscreen();
    } catch (error) {
      warnOnce(TAG, `could not change full screen (${String(error)}).`, 'fullscreen');
    }
  }

  private async toggleTranscript(): Promise<void> {
    const open = !this.view.transcriptOpen;
    this.show({ transcriptOpen: open });
    if (open && !this.authored.transcript && !this.view.transcript.length) await this.loadTranscript();
  }

  private async loadTranscript(): Promise<void> {
    const track = this.captionTracks[0];
    if (!track) return;
    try {
      const response = await fetch(new URL(track.src, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.show({ transcript: parseWebVtt(await response.text()) });
    } catch (error) {
      warnOnce(TAG, `could not read the captions ${track.src} for the transcript (${String(error)}).`, `transcript ${track.src}`);
    }
  }

  private async openTranscriptFromError(): Promise<void> {
    if (!this.view.transcriptOpen) await this.toggleTranscript();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#transcript')?.focus();
  }

  /** Moves focus to what follows the player, GOV.UK-style. */
  private skipPast(event: Event): void {
    event.preventDefault();
    let target = this.nextElementSibling as HTMLElement | null;
    if (!target) target = this.renderRoot.querySelector<HTMLElement>('.after');
    if (!target) return;
    if (!target.hasAttribute('tabindex') && !target.matches('a[href], button, input, select, textarea')) {
      target.setAttribute('tabindex', '-1');
      this.skipTarget = target;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (this.noShortcuts || !this.engine || event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0] as HTMLElement;
    const field = origin.matches?.('input, select, textarea');
    const key = event.key.toLowerCase();
    const act = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (key === 'k' || (key === ' ' && !field && !origin.matches?.('button, summary, a'))) act(() => this.togglePlay());
    else if (field) return;
    else if (key === 'arrowleft' || key === 'arrowright') {
      const forward = (key === 'arrowright') !== (this.localize.dir() === 'rtl');
      act(() => this.seekTo(this.engine!.currentTime + (forward ? SEEK_STEP_SECONDS : -SEEK_STEP_SECONDS)));
    } else if (key === 'm') act(() => this.toggleMute());
    else if (key === 'c' && this.captionTracks.length) act(() => this.chooseCaptions(this.view.captions === -1 ? 0 : -1));
    else if (key === 'f' && !this.authored.audioOnly) act(() => void this.toggleFullscreen());
  }

  private spokenProgress(): string {
    const lang = this.localize.lang();
    return this.localize
      .term('mediaTimeOf')
      .replace('{current}', spokenTime(this.view.time, lang))
      .replace('{duration}', spokenTime(this.view.duration, lang));
  }

  private renderStart() {
    const audio = this.authored.audioOnly;
    const lang = this.localize.lang();
    const seconds = parseDuration(this.duration);
    const action = this.localize.term(audio ? 'mediaPlayAudio' : 'mediaPlayVideo');
    const name = this.localize
      .term(this.mediaTitle ? (seconds !== undefined ? 'mediaStartNameFull' : 'mediaStartNameTitle') : seconds !== undefined ? 'mediaStartNameDuration' : 'mediaStartNamePlain')
      .replace('{action}', action)
      .replace('{title}', this.mediaTitle ?? '')
      .replace('{duration}', seconds !== undefined ? spokenTime(seconds, lang) : '');
    const loading = this.view.state === 'loading';
    return html`<div part="poster" class="poster">
      ${this.authored.poster && !audio ? html`<img class="poster-image" src=${this.authored.poster} alt="" />` : nothing}
      <button part="start" class="start" type="button" aria-label=${name} aria-disabled=${loading ? 'true' : nothing} @click=${() => this.start()}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5v14l11-7z" fill="currentColor" /></svg>
        ${action}
      </button>
      ${seconds !== undefined ? html`<span class="duration" aria-hidden="true">${clockTime(seconds, lang)}</span>` : nothing}
    </div>`;
  }

  private controlsModel(): import('./media-player-controls.js').ControlsModel {
    const lang = this.localize.lang();
    return {
      ...this.view,
      descriptions: this.descriptionTrack ? this.view.descriptions : undefined,
      captionLabels: this.captionTracks.map((track) => track.label),
      audioOnly: this.authored.audioOnly,
      lang,
      style: this.captionStyle.style,
      spokenProgress: this.spokenProgress(),
      term: (key) => this.localize.term(key),
      clock: (seconds) => clockTime(seconds, lang),
      togglePlay: () => this.togglePlay(),
      seekTo: (seconds) => this.seekTo(seconds),
      toggleMute: () => this.toggleMute(),
      chooseCaptions: (index) => this.chooseCaptions(index),
      toggleDescriptions: () => this.toggleDescriptions(),
      toggleFullscreen: () => void this.toggleFullscreen(),
      setCaptionStyle: (change) => this.captionStyle.set(change),
    };
  }

  private renderError() {
    const term = (key: keyof typeof mediaPlayerStrings) => this.localize.term(key);
    const transcript = this.authored.transcript || this.captionTracks.length > 0;
    const alternatives = [
      transcript ? html`<li><button type="button" @click=${this.openTranscriptFromError}>${term('mediaReadTranscript')}</button></li>` : nothing,
      this.audioSrc ? html`<li><a href=${this.audioSrc}>${term('mediaListenAudio')}</a></li>` : nothing,
      this.downloadSrc ? html`<li><a href=${this.downloadSrc} download>${term('mediaDownload')}</a></li>` : nothing,
      this.view.failure === 'engine' && this.authored.media
        ? html`<li><button type="button" @click=${() => this.show({ nativePlayer: true })}>${term('mediaNativePlayer')}</button></li>`
        : nothing,
    ];
    return html`<div part="error" class="error">
      <p>${this.view.alert}</p>
      ${alternatives.some((item) => item !== nothing)
        ? html`<p>${term('mediaAlternatives')}</p>
            <ul>
              ${alternatives}
            </ul>`
        : nothing}
    </div>`;
  }

  private renderTranscript() {
    if (!this.authored.transcript && !this.captionTracks.length) return nothing;
    const { transcriptOpen, transcript, time } = this.view;
    const lang = this.localize.lang();
    return html`<button
        part="transcript-toggle"
        class="transcript-toggle"
        type="button"
        aria-expanded=${transcriptOpen ? 'true' : 'false'}
        aria-controls="transcript"
        @click=${this.toggleTranscript}
      >
        ${this.localize.term('mediaTranscript')}
      </button>
      <div id="transcript" part="transcript" class="transcript" tabindex="-1" ?hidden=${!transcriptOpen}>
        ${this.authored.transcript
          ? html`<slot name="transcript"></slot>`
          : html`<ol>
              ${transcript.map(
                (cue) => html`<li>
                  <button
                    part="cue"
                    type="button"
                    aria-current=${time >= cue.start && time < cue.end && this.view.state === 'ready' ? 'true' : nothing}
                    @click=${() => this.seekTo(cue.start)}
                  >
                    <span class="cue-time">${clockTime(cue.start, lang)}</span> ${cue.text}
                  </button>
                </li>`,
              )}
            </ol>`}
      </div>`;
  }

  override render() {
    const audio = this.authored.audioOnly;
    const { state, captionText, nativePlayer } = this.view;
    const term = (key: keyof typeof mediaPlayerStrings) => this.localize.term(key);
    const chosen = this.captionTracks[this.view.captions];
    const style = this.captionStyle.style;
    return html`<a part="skip" class="skip" href="#" @click=${this.skipPast}>${term(audio ? 'mediaSkipAudio' : 'mediaSkipVideo')}</a>
      <div
        part="player"
        class=${`player ${audio ? 'audio' : 'video'} ${state}`}
        role="group"
        aria-label=${this.mediaTitle ?? term(audio ? 'mediaAudioPlayer' : 'mediaVideoPlayer')}
        dir=${this.localize.dir()}
        @keydown=${this.handleKeydown}
      >
        ${state === 'idle' || state === 'loading' ? this.renderStart() : nothing}
        <div class="screen" ?hidden=${state === 'idle' || state === 'error'}>
          <div part="stage" class="stage"></div>
          ${captionText && chosen
            ? html`<div
                part="captions-display"
                class=${`captions-display ${style.colour} ${style.background}`}
                style=${`font-size: ${style.size}%`}
                lang=${chosen.srclang}
                dir=${RIGHT_TO_LEFT.test(chosen.srclang) ? 'rtl' : 'ltr'}
              >${captionText}</div>`
            : nothing}
        </div>
        ${state === 'ready' && this.controls ? this.controls.renderControls(this.controlsModel()) : nothing}
        ${state === 'error' ? this.renderError() : nothing}
        ${nativePlayer ? html`<div class="native"><slot></slot></div>` : nothing}
        <div class="visually-hidden" aria-live="polite">${this.view.status}</div>
        <div class="visually-hidden" aria-live="assertive">${this.view.alert}</div>
        <div class="visually-hidden" aria-live="polite">${this.view.descriptions ? this.view.described : ''}</div>
      </div>
      ${this.renderTranscript()}
      <span class="after" part="after"></span>`;
  }
}
