import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseDuration, clockTime, spokenTime } from '../internal/duration.js';
import { LocalizeController } from '../internal/localize.js';
import { nativeControls, tokens } from '../internal/styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/warn.js';
import { adoptStyles } from './adopt-styles.js';
import { AuthoredMediaController, NO_MEDIA, type AuthoredTrack } from './authored-media.js';
import { mediaPlayerStrings } from './media-player.strings.js';
import { CaptionStyleController, captionSizeClass, captionSizeStyles } from './caption-style.js';
import type { MediaEngine, MediaEngineLoader } from './engine/media-engine.js';
import { mediaPlayerStyles } from './media-player.styles.js';
import { fillPlaceholders } from './placeholders.js';
import { reportTrackFailures, warnNotWebVtt } from './track-errors.js';
import { cueText, isWebVtt, parseWebVtt, type TranscriptCue } from './webvtt.js';
import { renderRootInOwnDocument } from '../internal/per-document-styles.js';

const TAG = 'lede-media-player';
/** A stall shorter than this is not announced. */
const BUFFERING_DELAY_MS = 1000;
/** How long a failure waits to learn whether the captions make a transcript, before it shows. */
const TRANSCRIPT_WAIT_MS = 1000;
const SEEK_STEP_SECONDS = 5;
const RIGHT_TO_LEFT = /^(ar|arc|ckb|dv|fa|he|ps|sd|ug|ur|yi)(-|$)/i;

/** video.js, loaded only when asked for: the default engine. */
export const loadVideoJsEngine: MediaEngineLoader = () =>
  import('./engine/video-js-engine.js').then((module) => module.createVideoJsEngine);

/** The control bar's module, loaded with the engine. */
type ControlsModule = typeof import('./media-player-controls.js');
const loadControls = (): Promise<ControlsModule> => import('./media-player-controls.js');

type PlayerState = 'idle' | 'loading' | 'ready' | 'error';
/** A key of the player's strings. */
type Term = keyof typeof mediaPlayerStrings;

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
  /** What the polite live region says (a string's key). */
  status: Term | '';
  /** The failure message (a string's key). */
  alert: Term | '';
  /** Whether the failure message is announced as an alert: not when focus moves to it, which reads it. */
  alertRole: boolean;
  /** The transcript built from the captions could not be read. */
  transcriptFailed: boolean;
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
  static override styles = [tokens, nativeControls, mediaPlayerStyles, captionSizeStyles];
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
  /** @internal The authored media, read again whenever the light DOM changes. */
  private readonly authoredMedia = new AuthoredMediaController(this, TAG, () => this.mediaChanged());

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
    alertRole: false,
    transcriptFailed: false,
    described: '',
  };
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
  /**
   * @internal Whether the element has taken over from the native player. Not on the server, nor
   * in the render that hydrates server markup (which must match it); from then on, yes.
   */
  private upgraded = false;
  /** @internal Playback has failed (the message may still be waiting to learn about the transcript). */
  private failing = false;
  /** @internal Reading the transcript from the captions, once. */
  private transcriptLoad?: Promise<void>;
  /** @internal What had focus in the shadow root before an update. */
  private focusBefore: Element | null = null;

  protected override createRenderRoot() {
    return renderRootInOwnDocument(this) ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    // Rendered in the browser: take over in the first render. Rendered on a server (a declarative
    // shadow root is already there): the first render hydrates that markup; take over right after.
    if (!this.hasUpdated && !this.shadowRoot) this.upgraded = true;
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dispose();
  }

  protected override firstUpdated(): void {
    if (!this.upgraded) {
      this.upgraded = true;
      // A reader who started the browser's own player before the script arrived keeps it.
      if (this.authored.media && !this.authored.media.paused) this.view = { ...this.view, nativePlayer: true };
      this.requestUpdate();
    }
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (this.autoplay && !reducedMotion) void this.start({ play: true, muted: true });
    else if (this.preload) void this.start({ play: false });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('duration') && this.duration && parseDuration(this.duration) === undefined) {
      warnOnce(TAG, `duration="${this.duration}" is neither seconds ("172") nor ISO 8601 ("PT2M52S"); it is ignored.`);
    }
    if (!isServer) this.focusBefore = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(): void {
    const before = this.focusBefore;
    this.focusBefore = null;
    // This update removed the control that had focus (the start button once the player is ready
    // or has failed, the control bar on a failure): focus moves to what took its place, in the
    // same task, so it never rests on <body>.
    if (before && !before.isConnected) {
      const next = { idle: '[part~="start"], [part~="error"]', loading: '[part~="start"]', ready: '[part~="play-pause"]', error: '[part~="error"]' }[
        this.view.state
      ];
      this.renderRoot.querySelector<HTMLElement>(next)?.focus();
    }
  }

  /** Resolves once the engine has loaded and the player is ready (or has failed). */
  get ready(): Promise<void> {
    return this.started ?? Promise.resolve();
  }

  /** The authored media's sources, tracks and poster (never read in render()). */
  private get authored() {
    return this.upgraded ? this.authoredMedia.value : NO_MEDIA;
  }

  /** Whether there is anything to play: a media element with a source Lede may use. */
  private get playable(): boolean {
    return !!this.authored.media && this.authored.sources.length > 0;
  }

  /** Different media was put in: whatever was loaded for the old one goes, and the player starts over. */
  private mediaChanged(): void {
    const focused = !!this.shadowRoot?.activeElement;
    this.dispose();
    this.view = { ...this.view, captions: -1, captionText: '', transcript: [], transcriptFailed: false, failure: undefined, nativePlayer: false };
    if (focused) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="start"]')?.focus());
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
    // Nothing to play: no engine is loaded for it (the element says so instead).
    if (!this.playable) return Promise.resolve();
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
      }
    });
    return this.started;
  }

  private async load(): Promise<void> {
    const authored = this.authored;
    const audio = authored.audioOnly;
    this.show({ state: 'loading', status: audio ? 'mediaLoadingAudio' : 'mediaLoadingVideo' });
    let create;
    try {
      [create, this.controls] = await Promise.all([this.engineLoader(), loadControls()]);
      adoptStyles(this.shadowRoot!, this.controls.controlsStyles.cssText);
    } catch (error) {
      await this.fail('engine', `the player's code (${String(error)})`);
      return;
    }
    // Removed, or given other media, while loading: that load is no longer wanted.
    if (!this.isConnected || authored !== this.authored) return;
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
      await this.fail('engine', `the player (${String(error)})`);
      return;
    }
    if (!this.isConnected || authored !== this.authored) {
      this.dispose();
      return;
    }
    // video.js names its wrapper an English "Video Player" region: the shell's group is the
    // player's one named container, in the reader's language.
    for (const node of stage.querySelectorAll('[role="region"], [aria-label], [lang]')) {
      for (const attribute of ['role', 'aria-label', 'lang']) node.removeAttribute(attribute);
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
      // After a failure the media stalls for good: that is the failure, not buffering.
      if (this.failing) return;
      this.bufferingTimer = setTimeout(() => {
        if (!this.failing) this.show({ status: 'mediaBuffering' });
      }, BUFFERING_DELAY_MS);
    });
    engine.on('playing', () => {
      clearTimeout(this.bufferingTimer);
      if (this.view.status) this.show({ status: '' });
    });
    engine.on('ended', () => this.show({ paused: true, status: 'mediaEnded' }));
    engine.on('error', () => {
      const failure = engine.failure();
      void this.fail('media', failure?.url || this.authored.sources[0]?.src || 'the media');
    });
    reportTrackFailures(engine.media, TAG);
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
    const text = [...(track.activeCues ?? [])].map((cue) => cueText((cue as VTTCue).text)).join('\n');
    if (track.kind === 'descriptions') {
      if (text) this.show({ described: text });
    } else {
      this.show({ captionText: text });
    }
  }

  private async fail(kind: 'media' | 'engine', what: string): Promise<void> {
    clearTimeout(this.bufferingTimer);
    if (this.failing || this.view.state === 'error') return;
    this.failing = true;
    warnOnce(
      TAG,
      kind === 'engine'
        ? `could not load ${what}. Readers are offered the transcript, downloads and the browser's own player.`
        : `could not play ${what}: the file is missing, unreachable or in a format this browser cannot play. Readers are offered the alternatives.`,
      `${kind} ${what}`,
    );
    // The transcript is offered only when it has lines: learn that first (briefly). Focus stays
    // where it is meanwhile; no stall is announced.
    if (!this.authored.transcript && this.captionTracks.length && !this.view.transcript.length && !this.view.transcriptFailed) {
      await Promise.race([this.loadTranscript(), new Promise((resolve) => setTimeout(resolve, TRANSCRIPT_WAIT_MS))]);
      if (!this.failing) return;
    }
    // A reader in the player gets focus on the message, which reads it; anyone else hears it
    // as an alert. Either way it is said once.
    const focusInPlayer = !!this.renderRoot.querySelector('.player')?.contains(this.shadowRoot?.activeElement ?? null);
    this.show({ state: 'error', failure: kind, status: '', alert: kind === 'engine' ? 'mediaErrorEngine' : 'mediaErrorMedia', alertRole: !focusInPlayer });
  }

  private dispose(): void {
    clearTimeout(this.bufferingTimer);
    this.failing = false;
    this.engine?.dispose();
    // The media element the shell made for the engine goes too, whatever the engine left of it.
    (this.renderRoot as ParentNode | undefined)?.querySelector('.stage')?.replaceChildren();
    this.engine = undefined;
    this.starting = undefined;
    this.started = undefined;
    this.skipTarget?.removeAttribute('tabindex');
    this.transcriptLoad = undefined;
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
    if (open && !this.authored.transcript && !this.view.transcript.length && !this.view.transcriptFailed) await this.loadTranscript();
  }

  /** Reads the transcript from the first captions file, once (a failure and the Transcript button may both ask). */
  private loadTranscript(): Promise<void> {
    this.transcriptLoad ??= this.fetchTranscript();
    return this.transcriptLoad;
  }

  private async fetchTranscript(): Promise<void> {
    const track = this.captionTracks[0];
    if (!track) return;
    let cues: TranscriptCue[] = [];
    try {
      const response = await fetch(new URL(track.src, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const source = await response.text();
      if (isWebVtt(source)) cues = parseWebVtt(source);
      else warnNotWebVtt(TAG, track.src);
    } catch (error) {
      warnOnce(TAG, `could not read the captions ${track.src} for the transcript (${String(error)}).`, `transcript ${track.src}`);
    }
    // No lines (a missing file, not WebVTT, or empty): the panel says so, and a failure does not offer it.
    this.show({ transcript: cues, transcriptFailed: !cues.length });
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
    // Words in the language the sentence is in: English throughout when "of" fell back to English.
    const lang = this.localize.termLang('mediaTimeOf') ?? this.localize.lang();
    return fillPlaceholders(this.localize.term('mediaTimeOf'), {
      current: spokenTime(this.view.time, lang),
      duration: spokenTime(this.view.duration, lang),
    });
  }

  private renderStart() {
    const audio = this.authored.audioOnly;
    const lang = this.localize.lang();
    const seconds = parseDuration(this.duration);
    const actionKey = audio ? 'mediaPlayAudio' : 'mediaPlayVideo';
    const action = this.localize.term(actionKey);
    const nameKey = this.mediaTitle ? (seconds !== undefined ? 'mediaStartNameFull' : 'mediaStartNameTitle') : seconds !== undefined ? 'mediaStartNameDuration' : 'mediaStartNamePlain';
    // The name is spoken in one language: English throughout when Lede fell back to it.
    const nameLang = this.localize.termLang(actionKey) ?? this.localize.termLang(nameKey);
    const name = fillPlaceholders(this.localize.term(nameKey), {
      action,
      title: this.mediaTitle ?? '',
      duration: seconds !== undefined ? spokenTime(seconds, nameLang ?? lang) : '',
    });
    const loading = this.view.state === 'loading';
    // Hidden until the element takes over: before that (and without JavaScript) it could do nothing.
    return html`<div part="poster" class="poster" ?hidden=${!this.upgraded}>
      ${this.authored.poster && !audio ? html`<img class="poster-image" src=${this.authored.poster} alt="" />` : nothing}
      <div class="poster-bar">
        <button part="start" class="start" type="button" aria-label=${name} lang=${ifDefined(nameLang)} aria-disabled=${loading ? 'true' : nothing} @click=${() => this.start()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5v14l11-7z" fill="currentColor" /></svg>
          ${action}
        </button>
        ${seconds !== undefined ? html`<span class="duration" aria-hidden="true">${clockTime(seconds, lang)}</span>` : nothing}
      </div>
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
      termLang: (key) => this.localize.termLang(key),
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
    const term = (key: Term) => this.localize.term(key);
    const lang = (key: Term) => ifDefined(this.localize.termLang(key));
    // Offered only when there is something to read: an authored transcript, or captions that loaded.
    const transcript = this.authored.transcript || this.view.transcript.length > 0;
    const { alert, alertRole } = this.view;
    const audioSrc = safeUrl(TAG, 'audio-src', this.audioSrc);
    const downloadSrc = safeUrl(TAG, 'download-src', this.downloadSrc);
    const alternatives = [
      transcript ? html`<li><button type="button" lang=${lang('mediaReadTranscript')} @click=${this.openTranscriptFromError}>${term('mediaReadTranscript')}</button></li>` : nothing,
      audioSrc ? html`<li><a href=${audioSrc} lang=${lang('mediaListenAudio')}>${term('mediaListenAudio')}</a></li>` : nothing,
      downloadSrc ? html`<li><a href=${downloadSrc} download lang=${lang('mediaDownload')}>${term('mediaDownload')}</a></li>` : nothing,
      this.view.failure === 'engine' && this.authored.media
        ? html`<li><button type="button" lang=${lang('mediaNativePlayer')} @click=${() => this.show({ nativePlayer: true })}>${term('mediaNativePlayer')}</button></li>`
        : nothing,
    ];
    return html`<div part="error" class="error" tabindex="-1">
      <p role=${ifDefined(alertRole ? 'alert' : undefined)} lang=${alert ? lang(alert) : nothing}>${alert ? term(alert) : nothing}</p>
      ${alternatives.some((item) => item !== nothing)
        ? html`<p lang=${lang('mediaAlternatives')}>${term('mediaAlternatives')}</p>
            <ul>
              ${alternatives}
            </ul>`
        : nothing}
    </div>`;
  }

  /** Instead of a play button that could do nothing: there is no media, or no source Lede may use. */
  private renderUnavailable() {
    return html`<div part="error" class="error">
      <p lang=${ifDefined(this.localize.termLang('mediaNothingToPlay'))}>${this.localize.term('mediaNothingToPlay')}</p>
    </div>`;
  }

  private renderTranscript() {
    if (!this.authored.transcript && !this.captionTracks.length) return nothing;
    const { transcriptOpen, transcript, transcriptFailed, time } = this.view;
    const lang = this.localize.lang();
    // The lines are in the captions' language; the times are the reader's.
    const linesLang = this.captionTracks[0]?.srclang || undefined;
    return html`<button
        part="transcript-toggle"
        class="transcript-toggle"
        type="button"
        aria-expanded=${transcriptOpen ? 'true' : 'false'}
        aria-controls="transcript"
        lang=${ifDefined(this.localize.termLang('mediaTranscript'))}
        @click=${this.toggleTranscript}
      >
        ${this.localize.term('mediaTranscript')}
      </button>
      <div id="transcript" part="transcript" class="transcript" tabindex="-1" ?hidden=${!transcriptOpen}>
        ${this.authored.transcript
          ? html`<slot name="transcript"></slot>`
          : transcriptFailed
            ? html`<p lang=${ifDefined(this.localize.termLang('mediaTranscriptUnavailable'))}>${this.localize.term('mediaTranscriptUnavailable')}</p>`
            : html`<ol>
                ${transcript.map(
                  // Named by its words; the clock is for the eye, the time is spoken as the
                  // line's description ("2 seconds"), never glued to the words.
                  (cue, index) => html`<li>
                    <button
                      part="cue"
                      type="button"
                      aria-current=${time >= cue.start && time < cue.end && this.view.state === 'ready' ? 'true' : nothing}
                      aria-describedby=${`cue-time-${index}`}
                      @click=${() => this.seekTo(cue.start)}
                    >
                      <span class="cue-time" aria-hidden="true">${clockTime(cue.start, lang)}</span> <span lang=${ifDefined(linesLang)}>${cue.text}</span>
                    </button>
                    <span id=${`cue-time-${index}`} hidden>${spokenTime(cue.start, lang)}</span>
                  </li>`,
                )}
              </ol>`}
      </div>`;
  }

  override render() {
    const audio = this.authored.audioOnly;
    const { state, captionText, nativePlayer } = this.view;
    const term = (key: Term) => this.localize.term(key);
    const termLang = (key: Term) => ifDefined(this.localize.termLang(key));
    const upgraded = this.upgraded;
    const { status, described, descriptions } = this.view;
    const skipKey = audio ? 'mediaSkipAudio' : 'mediaSkipVideo';
    const groupKey = audio ? 'mediaAudioPlayer' : 'mediaVideoPlayer';
    const chosen = this.captionTracks[this.view.captions];
    const style = this.captionStyle.style;
    // Until the element takes over (and without JavaScript) the native player is the player, and
    // the authored transcript is plain text: the server renders that, and hydration starts from it.
    return html`<a part="skip" class="skip" href="#" ?hidden=${!upgraded} lang=${termLang(skipKey)} @click=${this.skipPast}>${term(skipKey)}</a>
      <div
        part="player"
        class=${`player ${audio ? 'audio' : 'video'} ${state}`}
        role="group"
        aria-label=${this.mediaTitle ?? term(groupKey)}
        lang=${this.mediaTitle ? nothing : termLang(groupKey)}
        dir=${this.localize.dir()}
        @keydown=${this.handleKeydown}
      >
        ${state === 'idle' || state === 'loading' ? (this.playable || !upgraded ? this.renderStart() : this.renderUnavailable()) : nothing}
        <div class="screen" ?hidden=${state === 'idle' || state === 'error'}>
          <div part="stage" class="stage"></div>
          ${captionText && chosen
            ? html`<div
                part="captions-display"
                class=${`captions-display ${style.colour} ${style.background} ${captionSizeClass(style.size)}`}
                lang=${chosen.srclang}
                dir=${RIGHT_TO_LEFT.test(chosen.srclang) ? 'rtl' : 'ltr'}
              >${captionText}</div>`
            : nothing}
        </div>
        ${state === 'ready' && this.controls ? this.controls.renderControls(this.controlsModel()) : nothing}
        ${state === 'error' ? this.renderError() : nothing}
        <!-- The author's own content: the native player before the element takes over (and on
        request after a failure), and whatever the author wrote when there is no media at all. -->
        <div class="native" ?hidden=${upgraded && !nativePlayer && !!this.authored.media}><slot></slot></div>
        <div class="visually-hidden" aria-live="polite" lang=${status ? termLang(status) : nothing}>${status ? term(status) : nothing}</div>
        <div class="visually-hidden" aria-live="polite" lang=${ifDefined(this.descriptionTrack?.srclang || undefined)}
          >${descriptions && described ? described : nothing}</div
        >
      </div>
      ${upgraded ? this.renderTranscript() : html`<div part="transcript" class="transcript"><slot name="transcript"></slot></div>`}
      <span class="after" part="after"></span>`;
  }
}
