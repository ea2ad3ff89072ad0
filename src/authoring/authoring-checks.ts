import { captionFor, isPlaceholderAlt } from '../internal/alt-text.js';
import { malformedDatetimeMessage, parseDatetime } from '../internal/datetime.js';
import { parseRatio } from '../internal/ratio.js';
import { authoredText, collapseWhitespace, comparable } from '../internal/text.js';

/** What an authoring check found wrong, by name. */
export type AuthoringCheck =
  | 'missing-lang'
  | 'missing-h1'
  | 'multiple-h1'
  | 'skipped-heading-level'
  | 'image-missing-alt'
  | 'placeholder-alt'
  | 'alt-repeats-caption'
  | 'image-without-size'
  | 'vague-link-text'
  | 'malformed-datetime';

/** One problem in a story's markup: which check, the element at fault, and how to fix it. */
export interface AuthoringFinding {
  check: AuthoringCheck;
  element: Element;
  /** A sentence for the author: what is wrong, and the fix. */
  message: string;
}

/** Which groups of checks run. */
export interface AuthoringCheckOptions {
  /** Language and heading outline (one `h1`, no skipped levels): a whole story's checks. Default true. */
  outline?: boolean;
  /** Alt text, captions, image sizes, link text and `datetime` values. Default true. */
  content?: boolean;
  /** Content inside elements matching this selector is left out (they check themselves). */
  exclude?: string;
  /**
   * Link texts that say nothing out of context, compared without case or punctuation. Defaults
   * to `VAGUE_LINK_TEXTS`; add the phrases of the languages a site publishes in.
   */
  vagueLinkTexts?: readonly string[];
  /** Checks to leave out, by name. */
  skip?: readonly AuthoringCheck[];
}

/** Link texts that need context to make sense (English and Arabic). */
export const VAGUE_LINK_TEXTS: readonly string[] = [
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'learn more',
  'find out more',
  'more info',
  'link',
  'this link',
  'continue reading',
  'اضغط هنا',
  'انقر هنا',
  'هنا',
  'اقرأ المزيد',
  'المزيد',
];

const describe = (element: Element): string => {
  const tag = element.localName;
  const src = element.getAttribute('src');
  if (src) return `<${tag} src="${src}">`;
  const text = collapseWhitespace(element.textContent);
  return text ? `<${tag}> "${text.length > 40 ? `${text.slice(0, 39)}…` : text}"` : `<${tag}>`;
};

function headingLevel(heading: Element): number {
  const match = /^h([1-6])$/.exec(heading.localName);
  if (match) return Number(match[1]);
  return Number(heading.getAttribute('aria-level')) || 2;
}

/**
 * Checks a story's markup for what a screen reader, a search engine or a translation tool will get
 * wrong: no language, no headline or several, skipped heading levels, images with no alt or a
 * placeholder for one, alt that repeats its caption, images with no reserved size, links that say
 * "click here", and `datetime` values no one can read. Returns one finding per problem, in
 * document order; an empty list means nothing was found. Lede's story elements run it in
 * development builds and print each finding once; a site can run it in its own tests and CI:
 *
 * ```js
 * import { checkStoryMarkup } from 'lede/authoring-checks.js';
 * expect(checkStoryMarkup(document.querySelector('lede-article'))).to.deep.equal([]);
 * ```
 */
export function checkStoryMarkup(root: Element | Document, options: AuthoringCheckOptions = {}): AuthoringFinding[] {
  const { outline = true, content = true, exclude, vagueLinkTexts = VAGUE_LINK_TEXTS, skip = [] } = options;
  const findings: AuthoringFinding[] = [];
  const found = (check: AuthoringCheck, element: Element, message: string) => {
    if (!skip.includes(check)) findings.push({ check, element, message });
  };
  // Left out: content inside an excluded element within the root (not the root itself, nor around it).
  const included = (selector: string): Element[] =>
    [...root.querySelectorAll(selector)].filter((element) => {
      const excluded = exclude ? element.parentElement?.closest(exclude) : null;
      return !excluded || excluded === root || !root.contains(excluded);
    });
  const top = root instanceof Document ? root.documentElement : root;

  if (outline) {
    // The language may sit around the story, or on the <article> a CMS wraps it in.
    const outerLang = top.closest('[lang]')?.getAttribute('lang')?.trim();
    const innerLang = top.querySelector(':scope > article[lang]')?.getAttribute('lang')?.trim();
    if (!outerLang && !innerLang) {
      found(
        'missing-lang',
        top,
        'The story has no language. Add lang="…" to the <article> or the page\'s <html>, so screen readers pronounce it and translation tools know its source.',
      );
    }
    const headings = included('h1, h2, h3, h4, h5, h6, [role="heading"]');
    const headlines = headings.filter((heading) => headingLevel(heading) === 1);
    if (headlines.length === 0) {
      found('missing-h1', top, 'The story has no <h1>. Mark its headline as the one <h1>.');
    } else if (headlines.length > 1) {
      for (const extra of headlines.slice(1)) {
        found(
          'multiple-h1',
          extra,
          `The story has ${headlines.length} <h1> elements; ${describe(extra)} is one too many. Keep one <h1> for the headline and use <h2> for sections.`,
        );
      }
    }
    let previous = 0;
    for (const heading of headings) {
      const level = headingLevel(heading);
      if (previous && level > previous + 1) {
        found(
          'skipped-heading-level',
          heading,
          `${describe(heading)} comes after an <h${previous}>, skipping a level. Use <h${previous + 1}>, and change its look with CSS.`,
        );
      }
      previous = level;
    }
  }

  if (content) {
    for (const image of included('img')) {
      if (image.closest('[aria-hidden="true"]')) continue;
      const alt = image.getAttribute('alt');
      const authoredAlt = image.getAttribute('data-lede-authored-alt') ?? alt;
      if (alt === null) {
        found(
          'image-missing-alt',
          image,
          `${describe(image)} has no alt attribute. Describe the picture in alt="…", or write alt="" if it only decorates.`,
        );
      } else if (authoredAlt && isPlaceholderAlt(authoredAlt)) {
        found(
          'placeholder-alt',
          image,
          `${describe(image)} has the placeholder alt="${authoredAlt}". Describe what the picture shows, or write alt="" if it only decorates.`,
        );
      } else if (authoredAlt && comparable(authoredAlt) === comparable(captionFor(image))) {
        found(
          'alt-repeats-caption',
          image,
          `${describe(image)} has alt text that repeats its caption, so screen readers read it twice. Let alt say what the picture shows and the caption tell the story.`,
        );
      }
      const sized = image.hasAttribute('width') && image.hasAttribute('height');
      const ratio = (image as HTMLElement).style.aspectRatio || parseRatio(image.closest('lede-figure')?.getAttribute('ratio'));
      if (!sized && !ratio && !image.closest('picture')?.querySelector('source[width][height]')) {
        found(
          'image-without-size',
          image,
          `${describe(image)} has no width and height, so the text jumps when it loads. Add width="…" height="…" (its pixel size; CSS still scales it), or ratio="16/9" on <lede-figure>.`,
        );
      }
    }

    const vague = new Set(vagueLinkTexts.map(comparable));
    for (const link of included('a[href]')) {
      const name = link.getAttribute('aria-label') ?? authoredText(link);
      if (vague.has(comparable(name)) && !link.hasAttribute('aria-describedby')) {
        found(
          'vague-link-text',
          link,
          `The link "${collapseWhitespace(name)}" (${link.getAttribute('href')}) says nothing when read out of context, as screen readers list links. Name where it goes ("Read the full report on floods").`,
        );
      }
    }

    for (const time of included('time[datetime]')) {
      const value = time.getAttribute('datetime');
      // Only times Lede reformats must be machine-readable dates; others may be durations or years.
      if (time.hasAttribute('data-lede-time') && !parseDatetime(value)) {
        found('malformed-datetime', time, malformedDatetimeMessage(value));
      }
    }
  }
  return findings;
}
