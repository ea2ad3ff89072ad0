// Imported before video.js, so it is set when video.js's module body runs: video.js then writes
// no inline <style> elements to <head> (which `style-src 'self'` blocks, and which a shadow root
// never sees). The player sizes the picture in its own constructed stylesheet instead.
declare global {
  interface Window {
    VIDEOJS_NO_DYNAMIC_STYLE?: boolean;
  }
}

window.VIDEOJS_NO_DYNAMIC_STYLE = true;

export {};
