import { warnOnce } from '../internal/warn.js';
import { isWebVtt } from './webvtt.js';

/**
 * Tells the author, once per file, that the captions at `url` are not WebVTT: an HTML page or
 * a file without its "WEBVTT" first line. The transcript and the captions share the warning.
 */
export function warnNotWebVtt(tagName: string, url: string): void {
  warnOnce(
    tagName,
    `the captions at ${url} are not WebVTT (the file must begin with "WEBVTT"), so they are not used. Serve a WebVTT file there.`,
    `not webvtt ${url}`,
  );
}

/** Why a track failed to load, told once: missing, unreachable, or not WebVTT. */
async function explain(tagName: string, url: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) {
      warnOnce(tagName, `could not load the captions at ${url} (HTTP ${response.status}). Check the <track src>.`, `track ${url}`);
    } else if (!isWebVtt(await response.text())) {
      warnNotWebVtt(tagName, url);
    }
  } catch (error) {
    warnOnce(tagName, `could not load the captions at ${url} (${String(error)}). Check the <track src>.`, `track ${url}`);
  }
}

/**
 * Watches the `<track>`s of a playing media element: the browser drops a track it cannot read
 * without a word, so the author is told which file and why.
 */
export function reportTrackFailures(media: HTMLMediaElement, tagName: string): void {
  for (const track of media.querySelectorAll('track')) {
    const url = track.getAttribute('src') ?? track.src;
    track.addEventListener('error', () => void explain(tagName, url), { once: true });
  }
}
