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
};

/** The shape every locale module must fill in: the same keys as English, any strings. */
export type LedeTranslation = typeof en;
