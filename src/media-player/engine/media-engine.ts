/**
 * What the accessible shell needs from a playback engine, and nothing more. video.js is today's
 * engine (`video-js-engine.ts`, loaded only when a reader presses play); another engine (video.js
 * 10, Media Chrome, the bare media element) replaces it by implementing this interface, without
 * touching the shell's controls, announcements or transcript.
 */

/** Media events the shell listens to; engines report them with these names. */
export type MediaEngineEvent =
  | 'play'
  | 'pause'
  | 'playing'
  | 'waiting'
  | 'timeupdate'
  | 'durationchange'
  | 'ended'
  | 'error'
  | 'volumechange';

/** One playable file. */
export interface MediaSource {
  src: string;
  type?: string;
}

/** Why playback failed: the file's address and the media error code (1 aborted … 4 unsupported or unreachable). */
export interface MediaFailure {
  url: string;
  code: number;
}

export interface MediaEngine {
  /** The media element the engine plays into; the shell reads its text tracks. */
  readonly media: HTMLMediaElement;
  readonly paused: boolean;
  readonly duration: number;
  currentTime: number;
  muted: boolean;
  play(): Promise<void>;
  pause(): void;
  on(event: MediaEngineEvent, listener: () => void): void;
  /** The current failure, if playback has failed. */
  failure(): MediaFailure | undefined;
  /** Stops playback and removes every listener, timer and node the engine added. */
  dispose(): void;
}

export interface MediaEngineOptions {
  /** The media element to play into, already holding its `<track>`s; the engine may wrap it. */
  media: HTMLMediaElement;
  sources: MediaSource[];
  /** The shadow root the player lives in, for the engine's own styles. */
  styleRoot: ShadowRoot;
}

export type CreateMediaEngine = (options: MediaEngineOptions) => Promise<MediaEngine>;

/** Loads an engine on demand: the only way engine code reaches the page. */
export type MediaEngineLoader = () => Promise<CreateMediaEngine>;
