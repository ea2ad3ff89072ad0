import { AUTHOR_NAME_SELECTOR } from '../byline/author-name.js';
import { parseDatetime } from '../internal/datetime.js';
import { safeUrl } from '../internal/safe-url.js';
import { authoredText, collapseWhitespace } from '../internal/text.js';

const TAG = 'lede-article';

/** The parts of schema.org's NewsArticle that Lede reads from a rendered story. */
export interface NewsArticleData {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline?: string;
  description?: string;
  inLanguage?: string;
  datePublished?: string;
  dateModified?: string;
  author?: Array<{ '@type': 'Person'; name: string; url?: string }>;
  image?: string[];
}

const absolute = (url: string | null, attribute: string): string | undefined => {
  const safe = safeUrl(TAG, attribute, url);
  if (!safe) return undefined;
  try {
    return new URL(safe, document.baseURI).href;
  } catch {
    return undefined;
  }
};

const validDatetime = (time: Element | null): string | undefined => {
  const value = time?.getAttribute('datetime')?.trim();
  return value && parseDatetime(value) ? value : undefined;
};

/**
 * Builds NewsArticle structured data from what the story shows, so search engines read the same
 * headline, dates, authors and pictures as readers do: nothing is typed twice. Fields the story
 * does not have are left out.
 */
export function newsArticleData(story: Element, lang?: string): NewsArticleData {
  // A story nested inside this one describes itself; only this story's own parts count.
  const own = <E extends Element = Element>(selector: string): E[] =>
    [...story.querySelectorAll<E>(selector)].filter((element) => {
      const owner = element.parentElement?.closest(TAG);
      return !owner || owner === story || !story.contains(owner);
    });
  const first = (selector: string): Element | undefined => own(selector)[0];
  const headline = first('h1');
  const standfirst =
    first('[data-lede-standfirst]') ?? headline?.nextElementSibling?.closest('p:not([data-lede-times], [data-lede-labels])');
  const authors = new Map<string, string | undefined>();
  for (const name of own(`lede-byline :is(${AUTHOR_NAME_SELECTOR})`)) {
    const text = collapseWhitespace(name.textContent);
    if (text && !authors.has(text)) authors.set(text, absolute(name.getAttribute('href'), 'href'));
  }
  const images = own<HTMLImageElement>('lede-figure img, figure img')
    .filter((image) => !image.hasAttribute('data-lede-failed'))
    .map((image) => absolute(image.getAttribute('src'), 'src'))
    .filter((src): src is string => !!src);
  const data: NewsArticleData = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (headline) data.headline = authoredText(headline);
  if (standfirst?.matches('p')) data.description = authoredText(standfirst);
  if (lang) data.inLanguage = lang;
  const published = validDatetime(first('time[data-lede-time="published"]') ?? null);
  const updated = validDatetime(first('time[data-lede-time="updated"]') ?? null);
  if (published) data.datePublished = published;
  if (updated) data.dateModified = updated;
  if (authors.size) {
    data.author = [...authors].map(([name, url]) => ({ '@type': 'Person' as const, name, ...(url ? { url } : {}) }));
  }
  if (images.length) data.image = [...new Set(images)];
  return data;
}

/** JSON for a `<script type="application/ld+json">`: "<" is escaped so no text can end the script. */
export function serialiseForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The name of the Trusted Types policy that sets the JSON-LD script's text. */
export const JSON_LD_POLICY = 'lede-json-ld';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };

/** Created on first use; `null` when the page's `trusted-types` directive does not allow it. */
let policy: ScriptPolicy | null | undefined;

/**
 * Passes only what `serialiseForScript` makes: JSON with every "<" escaped. Anything else is
 * refused, so the policy cannot carry script even if its object leaked.
 */
function onlyLedeJson(input: string): string {
  JSON.parse(input);
  if (input.includes('<')) throw new TypeError(`${JSON_LD_POLICY} passes only Lede's escaped JSON`);
  return input;
}

/**
 * The value to give the JSON-LD script's `textContent`: a TrustedScript from the `lede-json-ld`
 * policy where the browser has Trusted Types (so pages that require them for scripts accept it),
 * else the text itself. `undefined` when Trusted Types exist but the page does not allow the
 * policy; the caller then tries plain text, which works unless Trusted Types are enforced.
 */
export function scriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(JSON_LD_POLICY, { createScript: onlyLedeJson });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : undefined;
}
