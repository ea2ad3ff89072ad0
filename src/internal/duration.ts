import { cachedFormatter } from './intl-cache.js';

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
    cachedFormatter(Intl.NumberFormat, lang, { minimumIntegerDigits: digits, useGrouping: false }).format(value);
  return hours ? `${number(hours)}:${number(minutes, 2)}:${number(rest, 2)}` : `${number(minutes)}:${number(rest, 2)}`;
}

/** `Intl.DurationFormat`, where the platform has it (browsers do; Node 20 does not). */
type DurationFormatConstructor = new (
  lang: string,
  options?: { style: 'long'; secondsDisplay?: 'always' | 'auto' },
) => { format(duration: { hours: number; minutes: number; seconds: number }): string };

/**
 * A time in words, in `lang`: "2 minutes, 52 seconds", "8 seconds", "1 minute", "1 hour, 3
 * seconds". Units that are zero are left out, as a person would say it; a time of nothing is "0
 * seconds". Uses `Intl.DurationFormat` where the platform has it, else the same words from
 * `Intl.NumberFormat` units joined by `Intl.ListFormat` (servers), so plural forms are the language's own.
 */
export function spokenTime(seconds: number, lang: string): string {
  const { hours, minutes, seconds: rest } = parts(seconds);
  const nothingElse = !hours && !minutes;
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) {
    try {
      return cachedFormatter(DurationFormat, lang, { style: 'long', secondsDisplay: nothingElse ? 'always' : 'auto' }).format({
        hours,
        minutes,
        seconds: rest,
      });
    } catch {
      // An engine with a partial implementation: the words below say the same.
    }
  }
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    cachedFormatter(Intl.NumberFormat, lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const words = [
    ...(hours ? [unit(hours, 'hour')] : []),
    ...(minutes ? [unit(minutes, 'minute')] : []),
    ...(rest || nothingElse ? [unit(rest, 'second')] : []),
  ];
  return cachedFormatter(Intl.ListFormat, lang, { style: 'long', type: 'unit' }).format(words);
}

/**
 * Reads an author's duration: seconds ("172", "172.4") or ISO 8601 ("PT2M52S"). `undefined` for
 * anything else.
 */
export function parseDuration(value: string | null | undefined): number | undefined {
  const text = value?.trim() ?? '';
  // A number too long for a double reads as Infinity: that is no duration either.
  const finite = (seconds: number) => (Number.isFinite(seconds) ? seconds : undefined);
  if (/^\d+(\.\d+)?$/.test(text)) return finite(Number(text));
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(text);
  if (!iso || text.length <= 2) return undefined;
  return finite(Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0));
}
