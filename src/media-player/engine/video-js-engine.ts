// Loaded only through `import()` when a reader asks to play: video.js touches `window` when it
// runs, and its bytes belong to readers who watch. Never import this module statically.
import './no-dynamic-style.js';
import videojs from 'video.js/core.es.js';
import videojsCss from 'video.js/dist/video-js.min.css?inline';
import { adoptStyles } from '../adopt-styles.js';
import type { CreateMediaEngine, MediaEngine, MediaEngineEvent } from './media-engine.js';

// The shell reports failures itself, once, with the URL; video.js's own console logging would
// repeat each one.
videojs.log.level('off');

/**
 * video.js as Lede's engine: its core build (no HLS/DASH), without any of its own controls — the
 * shell draws those — so it only chooses a source, plays, and reports state and errors.
 */
export const createVideoJsEngine: CreateMediaEngine = ({ media, sources, styleRoot }) => {
  // Made in the document the player is in now, which may be an iframe or a picture-in-picture window.
  adoptStyles(styleRoot, videojsCss);

  return new Promise<MediaEngine>((resolve) => {
    const player = videojs(media, {
      controls: false,
      // Only the part that loads media: no big play button, control bar, spinner or error
      // dialog, which the shell provides accessibly and in the reader's language.
      children: ['mediaLoader'],
      html5: { nativeTextTracks: true },
      preload: 'auto',
      // The shell draws its own icons. video.js's SVG icons go through DOMParser, which Trusted
      // Types (`require-trusted-types-for 'script'`) blocks.
      experimentalSvgIcons: false,
      fill: true,
    });
    player.src(sources);
    const listeners: Array<[MediaEngineEvent, () => void]> = [];
    player.ready(() => {
      const tech = player.tech({ IWillNotUseThisInPlugins: true }).el() as HTMLMediaElement;
      resolve({
        media: tech,
        get paused() {
          return player.paused();
        },
        get duration() {
          return player.duration() ?? Number.NaN;
        },
        get currentTime() {
          return player.currentTime() ?? 0;
        },
        set currentTime(seconds: number) {
          player.currentTime(seconds);
        },
        get muted() {
          return player.muted() ?? false;
        },
        set muted(value: boolean) {
          player.muted(value);
        },
        async play() {
          await player.play();
        },
        pause() {
          player.pause();
        },
        on(event, listener) {
          listeners.push([event, listener]);
          player.on(event, listener);
        },
        failure() {
          const error = player.error();
          return error ? { url: player.currentSrc() || sources[0]?.src || '', code: error.code } : undefined;
        },
        dispose() {
          for (const [event, listener] of listeners) player.off(event, listener);
          player.dispose();
        },
      });
    });
  });
};
