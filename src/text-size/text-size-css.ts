/** The storage key used when a switcher names none. */
export const DEFAULT_STORAGE_KEY = 'lede-text-size';

/** Custom property a site sets on its root when its base font size is not 100% (e.g. 62.5%). */
export const BASE_SIZE_PROPERTY = '--lede-text-size-base';

/** Smallest and largest sizes, in percent, that a stored value may hold. */
export const MIN_SIZE = 50;
export const MAX_SIZE = 400;

/** The `font-size` declaration that scales a target to `percent` of the site's base size. */
export function fontSizeFor(percent: number): string {
  return `calc(var(${BASE_SIZE_PROPERTY}, 100%) * ${percent / 100})`;
}

/** Whether `size` is a percentage Lede will apply: a number from MIN_SIZE to MAX_SIZE. */
export function isUsableSize(size: number): boolean {
  return Number.isFinite(size) && size >= MIN_SIZE && size <= MAX_SIZE;
}

/** Parses a stored size; anything that is not a usable percentage gives `undefined`. */
export function parseSize(raw: string | null | undefined): number | undefined {
  if (!raw?.trim()) return undefined;
  const size = Number(raw);
  return isUsableSize(size) ? size : undefined;
}

/**
 * The script a site inlines in `<head>` so the remembered size applies before first paint (no
 * flash of small text). It mirrors `fontSizeFor()` and `parseSize()`, and swallows storage errors.
 */
export function textSizeHeadScript(storageKey: string = DEFAULT_STORAGE_KEY): string {
  return (
    `try{var s=Number(localStorage.getItem(${JSON.stringify(storageKey)}));` +
    `if(s>=${MIN_SIZE}&&s<=${MAX_SIZE}&&s!==100)document.documentElement.style.fontSize=` +
    `"calc(var(${BASE_SIZE_PROPERTY}, 100%) * "+s/100+")"}catch(e){}`
  );
}
