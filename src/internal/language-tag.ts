import { warnOnce } from './warn.js';

/**
 * The canonical BCP 47 form of a `lang` value (`en_gb` → `en-GB`), or `undefined` when there is
 * none to read (empty, or not a language tag at all: `français`, `english please`). Never throws,
 * so a CMS's careless `lang` cannot stop `Intl` formatting.
 */
export function languageTag(value: string | null | undefined): string | undefined {
  const text = value?.trim().replace(/_/g, '-');
  if (!text) return undefined;
  try {
    return new Intl.Locale(text).toString();
  } catch {
    return undefined;
  }
}

/**
 * A `lang` value an element read from the page, made safe to hand to `Intl` and to publish:
 * its canonical form when it can be read, else `fallback` (in canonical form too). Anything that is not already a valid
 * tag gets one warning under `tagName`, with the value and what to write instead.
 */
export function readLanguage(tagName: string, value: string | null | undefined, fallback: string): string {
  if (!value?.trim()) return languageTag(fallback) ?? 'en';
  const tag = languageTag(value);
  const exact = tag !== undefined && value.trim().toLowerCase() === tag.toLowerCase();
  if (!exact) {
    const fix = tag ? `Write lang="${tag}".` : 'Use a BCP 47 language tag, such as lang="fr" or lang="en-GB".';
    warnOnce(tagName, `lang="${value.slice(0, 40)}" is not a valid language tag, so Lede reads it as "${tag ?? languageTag(fallback) ?? 'en'}". ${fix}`);
  }
  return tag ?? languageTag(fallback) ?? 'en';
}
