import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/warn.js';
import type { MediaSource } from './engine/media-engine.js';

/** A `<track>` the author wrote. */
export interface AuthoredTrack {
  kind: string;
  src: string;
  srclang: string;
  label: string;
}

/** What the author put inside the player: the native media, its files and tracks, a transcript. */
export interface AuthoredMedia {
  media: HTMLMediaElement | null;
  audioOnly: boolean;
  poster: string;
  sources: MediaSource[];
  tracks: AuthoredTrack[];
  transcript: boolean;
}

export const NO_MEDIA: AuthoredMedia = { media: null, audioOnly: false, poster: '', sources: [], tracks: [], transcript: false };

/** Attributes of the authored media whose change means different media. */
const MEDIA_ATTRIBUTES = ['src', 'type', 'kind', 'srclang', 'label', 'poster', 'slot'];

/**
 * Reads the native `<video>` or `<audio>` the author put directly inside `host`. Every URL goes
 * through `safeUrl`: a `javascript:` source, track or poster is left out, with one warning.
 */
export function readAuthoredMedia(host: Element, tagName: string): AuthoredMedia {
  const media = host.querySelector<HTMLMediaElement>(':scope > video, :scope > audio');
  const transcript = !!host.querySelector(':scope > [slot="transcript"]');
  if (!media) return { ...NO_MEDIA, transcript };
  const sources: MediaSource[] = [];
  const own = safeUrl(tagName, 'src', media.getAttribute('src'));
  if (own) sources.push({ src: own });
  for (const source of media.querySelectorAll('source[src]')) {
    const src = safeUrl(tagName, 'src', source.getAttribute('src'));
    const type = source.getAttribute('type');
    if (src) sources.push({ src, ...(type ? { type } : {}) });
  }
  const tracks: AuthoredTrack[] = [];
  for (const track of media.querySelectorAll('track[src]')) {
    const src = safeUrl(tagName, 'src', track.getAttribute('src'));
    if (!src) continue;
    tracks.push({
      kind: track.getAttribute('kind') ?? 'subtitles',
      src,
      srclang: track.getAttribute('srclang') ?? '',
      label: track.getAttribute('label') ?? track.getAttribute('srclang') ?? '',
    });
  }
  return {
    media,
    audioOnly: media.localName === 'audio',
    poster: safeUrl(tagName, 'poster', media.getAttribute('poster')) ?? '',
    sources,
    tracks,
    transcript,
  };
}

/** Whether two readings would play the same thing (the transcript slot aside). */
function samePlayback(a: AuthoredMedia, b: AuthoredMedia): boolean {
  const key = (m: AuthoredMedia) => JSON.stringify([!!m.media, m.audioOnly, m.poster, m.sources, m.tracks]);
  return key(a) === key(b);
}

/**
 * Keeps a player's view of its authored media current. It reads the light DOM when the host
 * connects and again whenever it changes (a framework or a streaming parser filling the element
 * late, `innerHTML` replaced, a `<source>` edited), batched once per microtask. When what would
 * play changes, `onMediaChange` runs so the host can drop an engine loaded for the old media.
 * Authoring problems (no media, no playable source) are reported once the page has had its
 * chance to fill the element: after parsing, and after the task that connected it.
 */
export class AuthoredMediaController implements ReactiveController {
  /** The latest reading. */
  value: AuthoredMedia = NO_MEDIA;
  private observer?: MutationObserver;
  private pending = false;
  private checkTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tagName: string,
    private readonly onMediaChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = readAuthoredMedia(this.host, this.tagName);
    this.observer ??= new MutationObserver(this.requestRead);
    this.observer.observe(this.host, { childList: true, subtree: true, attributes: true, attributeFilter: MEDIA_ATTRIBUTES });
    if (this.host.ownerDocument.readyState === 'loading') {
      this.host.ownerDocument.addEventListener('DOMContentLoaded', this.scheduleCheck, { once: true });
    } else {
      this.scheduleCheck();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.host.ownerDocument.removeEventListener('DOMContentLoaded', this.scheduleCheck);
    clearTimeout(this.checkTimer);
  }

  private readonly requestRead = (): void => {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (!this.host.isConnected) return;
      const previous = this.value;
      this.value = readAuthoredMedia(this.host, this.tagName);
      if (!samePlayback(previous, this.value)) this.onMediaChange();
      this.host.requestUpdate();
    });
  };

  private readonly scheduleCheck = (): void => {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      if (!this.host.isConnected) return;
      const { media, sources } = this.value;
      if (!media) {
        warnOnce(this.tagName, 'has no <video> or <audio> inside. Put the native media element, with its <source>s, inside it.');
      } else if (!sources.length && !media.querySelector('source[src]') && !media.hasAttribute('src')) {
        warnOnce(this.tagName, `<${media.localName}> has no source. Give it <source src="…" type="…">.`);
      }
    });
  };
}
