import { warnOnce } from './warn.js';

/** Schemes Lede will turn into a link, a media source or an image. */
const ALLOWED_SCHEMES = new Set(['http', 'https']);

/**
 * What a browser makes of a URL attribute before it reads the scheme: surrounding spaces and
 * control characters dropped, tabs and newlines removed anywhere (the URL standard's rules).
 */
function asBrowserReadsIt(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/**
 * The URL when it is safe to put in `href` or `src`: relative, or http(s). Anything else
 * (`javascript:`, `vbscript:`, `data:`, any other scheme, however it is cased or padded) gives
 * `undefined`, and one console warning names the element, the attribute and the value. Pure: it
 * touches no DOM, so it runs on a server too.
 */
export function safeUrl(tagName: string, attribute: string, value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const url = asBrowserReadsIt(value);
  if (url === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || ALLOWED_SCHEMES.has(scheme)) return url;
  warnOnce(
    tagName,
    `${attribute}="${value.slice(0, 80)}" was refused: only http(s) and relative URLs are used. Give a web address for ${attribute}.`,
  );
  return undefined;
}
