import { authoredText, comparable } from './text.js';

/** Alt texts that name the kind of thing rather than the picture (compared as `comparable` text). */
const PLACEHOLDER_ALT =
  /^(?:(?:\d+ ?x ?\d+|image|img|photo|photograph|picture|pic|graphic|placeholder|thumbnail|untitled|portrait|headshot|banner|spacer)(?: (?:image|img|photo|picture))?|صورة)$/;
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|avif|svg|heic|tiff?|bmp)$|^(?:img|dsc|dscn|pxl|image)[_-]?\d+/i;

/** Is `text` a placeholder or a file name rather than a description? */
export function isPlaceholderAlt(text: string): boolean {
  const trimmed = text.trim();
  return PLACEHOLDER_ALT.test(comparable(trimmed)) || FILE_NAME.test(trimmed);
}

/** The caption of the figure that holds `image`, without the credit or anything Lede added. */
export function captionFor(image: Element): string {
  const caption = image.closest('figure')?.querySelector(':scope > figcaption');
  return caption ? authoredText(caption, '[data-lede-generated], [data-lede-credit]') : '';
}
