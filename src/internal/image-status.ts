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
