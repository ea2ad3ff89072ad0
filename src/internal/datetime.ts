import { cachedFormatter } from './intl-cache.js';
import { languageTag } from './language-tag.js';

/** A `datetime` value Lede can show: when it happened, and how precisely the author said it. */
export interface ParsedDatetime {
  date: Date;
  /** `date`: a day only; `local`: a wall-clock time with no zone; `zoned`: an exact instant. */
  precision: 'date' | 'local' | 'zoned';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads the forms of HTML's `datetime` attribute that name a day or a moment: a date
 * (`2026-11-24`), a local date and time (`2026-11-24T09:30`) and a global one
 * (`2026-11-24T09:30Z`, `2026-11-24 09:30+01:00`). Anything else, including impossible dates
 * such as `2026-02-30`, gives `undefined`.
 */
export function parseDatetime(value: string | null | undefined): ParsedDatetime | undefined {
  const text = value?.trim() ?? '';
  const dateOnly = DATE.exec(text);
  const dateTime = dateOnly ? undefined : DATE_TIME.exec(text);
  const parts = dateOnly ?? dateTime;
  if (!parts) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.slice(1, 7).map((part) => Number(part ?? 0));
  // Wall-clock fields are kept in UTC and shown in UTC, so no zone can move them to another day.
  const wallClock = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  const fieldsExist =
    wallClock.getUTCFullYear() === year &&
    wallClock.getUTCMonth() === month! - 1 &&
    wallClock.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!fieldsExist) return undefined;
  if (dateOnly) return { date: wallClock, precision: 'date' };
  const zone = dateTime![7];
  if (!zone) return { date: wallClock, precision: 'local' };
  const date = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? undefined : { date, precision: 'zoned' };
}

/**
 * The moment in words, in `lang`: a day alone for a date; day and time for a local time; day,
 * time and the reader's own zone for an exact instant, so "09:30 GMT" cannot be misread.
 */
export function formatDatetime(parsed: ParsedDatetime, lang: string): string {
  const day: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  const time: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  const options: Intl.DateTimeFormatOptions =
    parsed.precision === 'date'
      ? { ...day, timeZone: 'UTC' }
      : parsed.precision === 'local'
        ? { ...day, ...time, timeZone: 'UTC' }
        : { ...day, ...time, timeZoneName: 'short' };
  // A tag Intl cannot read (callers normally pass a checked one) gives English, never a RangeError.
  return cachedFormatter(Intl.DateTimeFormat, languageTag(lang) ?? 'en', options).format(parsed.date);
}

/** The one wording, shared by the checks and the article's own run-time warning. */
export function malformedDatetimeMessage(value: string | null): string {
  return `<time datetime="${value ?? ''}"> is not a date Lede can read, so its text is left as written. Use a date ("2026-11-24") or a date and time with its zone ("2026-11-24T09:30Z").`;
}
