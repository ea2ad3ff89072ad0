/** Whole hours, minutes and seconds of a time in seconds (negative and unknown times count as 0). */
function parts(seconds: number): { hours: number; minutes: number; seconds: number } {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/**
 * A time as a media player shows it: "2:52", "1:02:03". Digits follow the language's numbering
 * system through `Intl.NumberFormat`.
 */
export function clockTime(seconds: number, lang: string): string {
  const { hours, minutes, seconds: rest } = parts(seconds);
  const number = (value: number, digits = 1) =>
    new Intl.NumberFormat(lang, { minimumIntegerDigits: digits, useGrouping: false }).format(value);
  return hours ? `${number(hours)}:${number(minutes, 2)}:${number(rest, 2)}` : `${number(minutes)}:${number(rest, 2)}`;
}

/**
 * A time in words, in `lang`: "2 minutes, 52 seconds", "0 minutes, 0 seconds". Hours appear only
 * when there are any; minutes and seconds always, so "0:00 of 2:52" reads as words of one shape.
 * Built from `Intl.NumberFormat` unit formatting (available on servers too, unlike
 * `Intl.DurationFormat`).
 */
export function spokenTime(seconds: number, lang: string): string {
  const { hours, minutes, seconds: rest } = parts(seconds);
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const words = [...(hours ? [unit(hours, 'hour')] : []), unit(minutes, 'minute'), unit(rest, 'second')];
  return new Intl.ListFormat(lang, { style: 'long', type: 'unit' }).format(words);
}

/**
 * Reads an author's duration: seconds ("172", "172.4") or ISO 8601 ("PT2M52S"). `undefined` for
 * anything else.
 */
export function parseDuration(value: string | null | undefined): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(text);
  if (!iso || text.length <= 2) return undefined;
  return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
}
