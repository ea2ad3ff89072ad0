/** One cue of a WebVTT file: when it shows and its text (tags removed, references decoded). */
export interface TranscriptCue {
  start: number;
  end: number;
  text: string;
}

const TIMESTAMP = String.raw`(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})`;
const TIMING = new RegExp(String.raw`^${TIMESTAMP}[ \t]+-->[ \t]+${TIMESTAMP}(?:[ \t]|$)`);

/**
 * The file's signature: an optional byte order mark, "WEBVTT", then a space, a tab, a line break
 * or the end. Anything else (an HTML error page, a bare SRT file) is not WebVTT.
 */
const SIGNATURE = /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/;

/** The named character references WebVTT cue text may use, and nothing else. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  lrm: '\u200E',
  rlm: '\u200F',
  nbsp: '\u00A0',
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));/g;

function codePoint(value: number): string {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(value);
}

/**
 * Replaces WebVTT's character references (`&amp;` `&lt;` `&gt;` `&lrm;` `&rlm;` `&nbsp;` and
 * numeric ones) with their characters, in one pass: what a reference produces is never read
 * again, so `&amp;lt;` is the text `&lt;`. Unknown references stay as written. No HTML parser
 * is involved.
 */
export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return codePoint(Number(decimal));
    return Object.hasOwn(NAMED_REFERENCES, name!) ? NAMED_REFERENCES[name!]! : whole;
  });
}

/**
 * A cue's text as a reader should see it: tags (`<v Chair>`, `<i>`, `<c.loud>`, timestamps)
 * removed, lines kept, character references decoded once. Plain text, to be bound as text.
 */
export function cueText(raw: string): string {
  return decodeReferences(raw.replace(/<[^>]*>/g, ''));
}

/** Whether `source` starts as a WebVTT file must: "WEBVTT" on its first line. */
export function isWebVtt(source: string): boolean {
  return SIGNATURE.test(source);
}

function milliseconds(match: RegExpExecArray, first: number): number {
  const [hours, minutes, seconds, fraction] = [1, 2, 3, 4].map((offset) => Number(match[first + offset - 1] ?? 0));
  return ((hours! * 60 + minutes!) * 60 + seconds!) * 1000 + fraction!;
}

/**
 * Reads the cues of a WebVTT file, for a transcript before (or without) the media loading. Cue
 * settings, notes, styles and regions are skipped; `<v Speaker>` and other tags are removed and
 * character references decoded once. Returns no cues for text that is not WebVTT (check with
 * `isWebVtt` to tell the author). Never throws.
 */
export function parseWebVtt(source: string): TranscriptCue[] {
  if (!isWebVtt(source)) return [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const cues: TranscriptCue[] = [];
  for (let index = 1; index < lines.length; index++) {
    const timing = TIMING.exec(lines[index]!.trim());
    if (!timing) continue;
    const text: string[] = [];
    while (lines[index + 1]?.trim()) text.push(lines[++index]!);
    cues.push({
      start: milliseconds(timing, 1) / 1000,
      end: milliseconds(timing, 5) / 1000,
      text: decodeReferences(text.join(' ').replace(/<[^>]*>/g, '').trim()),
    });
  }
  return cues;
}
