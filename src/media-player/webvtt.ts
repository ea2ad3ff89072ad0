/** One cue of a WebVTT file: when it shows and its text (tags removed). */
export interface TranscriptCue {
  start: number;
  end: number;
  text: string;
}

const TIMING = /^((?:\d+:)?\d{2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{2}:\d{2}\.\d{3})/;

function seconds(stamp: string): number {
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * Reads the cues of a WebVTT file, for a transcript before (or without) the media loading. Cue
 * settings, notes, styles and regions are skipped; `<v Speaker>` and other tags are removed.
 * Returns no cues for text that is not WebVTT.
 */
export function parseWebVtt(source: string): TranscriptCue[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (!lines[0]?.startsWith('WEBVTT')) return [];
  const cues: TranscriptCue[] = [];
  for (let index = 1; index < lines.length; index++) {
    const timing = TIMING.exec(lines[index]!.trim());
    if (!timing) continue;
    const text: string[] = [];
    while (lines[index + 1]?.trim()) text.push(lines[++index]!);
    cues.push({
      start: seconds(timing[1]!),
      end: seconds(timing[2]!),
      text: text.join(' ').replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim(),
    });
  }
  return cues;
}
