import type { CreateMediaEngine, MediaEngine, MediaEngineEvent } from '../../src/media-player/engine/media-engine.js';

/**
 * A media engine the test drives by hand (implementing the same interface as the video.js
 * engine), to reach states real media cannot be made to hold: a stall, a long one, a late error.
 */
export class ScriptedEngine implements MediaEngine {
  readonly media: HTMLMediaElement;
  paused = true;
  duration = 172;
  currentTime = 0;
  muted = false;
  disposed = false;
  private readonly listeners = new Map<MediaEngineEvent, Array<() => void>>();

  constructor(media: HTMLMediaElement) {
    this.media = media;
  }

  async play(): Promise<void> {
    this.paused = false;
    this.emit('play');
  }

  pause(): void {
    this.paused = true;
    this.emit('pause');
  }

  on(event: MediaEngineEvent, listener: () => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  emit(event: MediaEngineEvent): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }

  failure() {
    return undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }
}

/** An engine loader that hands out a ScriptedEngine and remembers it. */
export function scriptedEngineLoader(): { load: () => Promise<CreateMediaEngine>; engine: () => ScriptedEngine } {
  let engine: ScriptedEngine | undefined;
  return {
    load: async () => async ({ media }) => (engine = new ScriptedEngine(media)),
    engine: () => engine!,
  };
}
