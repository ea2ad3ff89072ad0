import { warnOnce } from './warn.js';

/** Where an image stands: no source at all, still coming, shown, or failed. */
export type ImageStatus = 'missing' | 'loading' | 'loaded' | 'failed';

/**
 * Reads an image's status from the DOM, so a failure that happened before the element upgraded
 * (the `error` event long gone) is still seen. A `<picture>` counts as a source too.
 */
export function imageStatus(image: HTMLImageElement): ImageStatus {
  const hasSource =
    !!image.getAttribute('src')?.trim() ||
    !!image.getAttribute('srcset')?.trim() ||
    !!image.parentElement?.matches('picture') && !!image.parentElement.querySelector('source[srcset]:not([srcset=""])');
  if (!hasSource) return 'missing';
  if (!image.complete) return 'loading';
  return image.naturalWidth > 0 ? 'loaded' : 'failed';
}

/**
 * Reads an image's status and, if it is missing or failed, warns once under `tagName`, naming
 * the URL and what readers get instead (`outcome`). Returns whether the image is unusable.
 */
export function checkImage(tagName: string, image: HTMLImageElement, noun: string, outcome: string): boolean {
  const status = imageStatus(image);
  if (status === 'failed') {
    const url = image.currentSrc || image.getAttribute('src') || '';
    warnOnce(tagName, `could not load the ${noun} ${url}. ${outcome}; check the URL.`, `failed ${url}`);
  } else if (status === 'missing') {
    warnOnce(tagName, `has ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} <img> with no src. ${outcome}; give it a URL.`, 'no src');
  }
  return status === 'failed' || status === 'missing';
}
