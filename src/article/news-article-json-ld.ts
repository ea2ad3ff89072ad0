import { AUTHOR_NAME_SELECTOR } from '../byline/author-name.js';
import { parseDatetime } from '../internal/datetime.js';
import { authoredText, collapseWhitespace } from '../internal/text.js';

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

const absolute = (url: string | null): string | undefined => {
  if (!url?.trim()) return undefined;
  try {
    return new URL(url, document.baseURI).href;
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
  const headline = story.querySelector('h1');
  const standfirst =
    story.querySelector('[data-lede-standfirst]') ??
    headline?.nextElementSibling?.closest('p:not([data-lede-times], [data-lede-labels])');
  const authors = new Map<string, string | undefined>();
  for (const name of story.querySelectorAll(`lede-byline :is(${AUTHOR_NAME_SELECTOR})`)) {
    const text = collapseWhitespace(name.textContent);
    if (text && !authors.has(text)) authors.set(text, absolute(name.getAttribute('href')));
  }
  const images = [...story.querySelectorAll<HTMLImageElement>('lede-figure img, figure img')]
    .filter((image) => !image.hasAttribute('data-lede-failed'))
    .map((image) => absolute(image.getAttribute('src')))
    .filter((src): src is string => !!src);
  const data: NewsArticleData = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (headline) data.headline = authoredText(headline);
  if (standfirst?.matches('p')) data.description = authoredText(standfirst);
  if (lang) data.inLanguage = lang;
  const published = validDatetime(story.querySelector('time[data-lede-time="published"]'));
  const updated = validDatetime(story.querySelector('time[data-lede-time="updated"]'));
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
