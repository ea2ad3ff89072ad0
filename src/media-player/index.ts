export { LedeMediaPlayer, loadVideoJsEngine } from './media-player.js';
export type { CreateMediaEngine, MediaEngine, MediaEngineEvent, MediaEngineLoader, MediaEngineOptions, MediaFailure, MediaSource } from './engine/media-engine.js';
