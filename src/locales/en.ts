import type { MediaPlayerStrings } from '../media-player/media-player.strings.js';

/**
 * English strings: the typed source of truth. Every other locale is checked against this shape
 * (`LedeTranslation`), so a missing key fails the type check.
 */
export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',

  /** Accessible name of the skip-links navigation landmark. */
  skipLinksLabel: 'Accessibility links',

  /** Legend of the text-size radio group. */
  textSizeLegend: 'Text size',
  /** Word labels of the four default steps: 100%, 125%, 150% and 200%. */
  textSizeStep1: 'Standard',
  textSizeStep2: 'Large',
  textSizeStep3: 'Larger',
  textSizeStep4: 'Largest',

  /** Shown before the time an article was first published. */
  articlePublished: 'Published',
  /** Shown before the time an article was last updated. */
  articleUpdated: 'Updated',

  /** Read (not shown) before a picture's credit, so it is not taken for part of the caption. */
  figureCreditLabel: 'Image source:',
  /** Visible text of the button that opens a larger picture; its name adds what the picture shows. */
  figureEnlarge: 'Enlarge image',
  /** Button that closes the enlarged picture. */
  figureClose: 'Close',
};

/**
 * The shape every locale module must fill in: the same keys as English (the core strings here,
 * plus those of elements that keep their own, such as the media player), any strings.
 */
export type LedeTranslation = typeof en & MediaPlayerStrings;
