import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cueText, decodeReferences, isWebVtt, parseWebVtt } from '../src/media-player/webvtt.js';
import { parseDuration } from '../src/internal/duration.js';

/** A time as WebVTT writes it: hh:mm:ss.ttt (hours only when there are any). */
function stamp(ms: number): string {
  const pad = (value: number, digits = 2) => String(value).padStart(digits, '0');
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  const rest = `${pad(minutes)}:${pad(seconds)}.${pad(ms % 1000, 3)}`;
  return hours ? `${pad(hours)}:${rest}` : rest;
}

/** Text as a WebVTT author escapes it: the three characters cue text cannot hold as they are. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One line of cue text: no line breaks, no spaces at either end (the parser trims them). */
const cueLine = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .map((text) => text.replace(/[\r\n]/g, ' ').trim())
  .filter((text) => text.length > 0);

describe('WebVTT', () => {
  describe('character references', () => {
    it('shows the characters the references stand for in a cue, not the references', () => {
      expect(cueText('Tom &amp; Jerry')).to.equal('Tom & Jerry');
      expect(cueText('nine&nbsp;votes')).to.equal('nine\u00A0votes');
      expect(cueText('&lt;&gt;&lrm;&rlm;')).to.equal('<>\u200E\u200F');
      expect(cueText('&#38; &#x26; &#X41;')).to.equal('& & A');
      expect(cueText('<v Chair>Carried</v>, <i>nine</i> to four')).to.equal('Carried, nine to four');
    });

    it('decodes exactly once: an escaped reference stays a reference, never markup', () => {
      expect(decodeReferences('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
      expect(decodeReferences('&amp;amp;')).to.equal('&amp;');
      const [cue] = parseWebVtt('WEBVTT\n\n00:00.000 --> 00:01.000\n&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;\n');
      expect(cue!.text).to.equal('&lt;b&gt;bold&lt;/b&gt;');
    });

    it('leaves what is not one of its references as written, and never parses HTML', () => {
      expect(decodeReferences('&copy; &bogus; & &amp &#; &AMP;')).to.equal('&copy; &bogus; & &amp &#; &AMP;');
      expect(decodeReferences('&#0; &#xD800; &#x110000;')).to.equal('\uFFFD \uFFFD \uFFFD');
      const [cue] = parseWebVtt('WEBVTT\n\n00:00.000 --> 00:01.000\n&lt;img src=x onerror=alert(1)&gt;\n');
      expect(cue!.text).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('the WEBVTT signature', () => {
    it('accepts a file that starts WEBVTT (with a byte order mark, a header text, or nothing more)', () => {
      expect(isWebVtt('WEBVTT')).to.be.true;
      expect(isWebVtt('\uFEFFWEBVTT\n')).to.be.true;
      expect(isWebVtt('WEBVTT - Ferry vote\r\n')).to.be.true;
    });

    it('refuses an HTML page, an SRT file, and look-alikes', () => {
      for (const source of ['<!doctype html><title>Not found</title>', '1\n00:00:01,000 --> 00:00:02,000\nHi', 'WEBVTTX', ' WEBVTT', 'webvtt', '']) {
        expect(isWebVtt(source), JSON.stringify(source)).to.be.false;
        expect(parseWebVtt(`${source}\n\n00:00.000 --> 00:01.000\nHi\n`), JSON.stringify(source)).to.deep.equal([]);
      }
    });
  });

  describe('properties', () => {
    it('never throws, whatever it is given, and gives only well-formed cues', () => {
      const anyText = fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }).map((rest) => `WEBVTT\n\n${rest}`),
        fc
          .array(fc.oneof(fc.constantFrom('WEBVTT', '-->', '00:01.000', '&amp;', '&#x', '<v', '>', '\n', '\r\n', ' '), fc.string()), {
            maxLength: 30,
          })
          .map((parts) => `WEBVTT\n${parts.join('')}`),
      );
      fc.assert(
        fc.property(anyText, (source) => {
          for (const cue of parseWebVtt(source)) {
            expect(Number.isFinite(cue.start) && Number.isFinite(cue.end)).to.be.true;
            expect(cue.text).to.be.a('string');
          }
        }),
        { numRuns: 500 },
      );
    });

    it('round-trips cues: what is written escaped and timed is read back exactly', () => {
      const cue = fc.record({ start: fc.nat({ max: 100 * 3_600_000 }), length: fc.nat({ max: 600_000 }), text: cueLine });
      fc.assert(
        fc.property(fc.array(cue, { maxLength: 8 }), (cues) => {
          const file = `WEBVTT\n\n${cues.map((c, i) => `cue-${i}\n${stamp(c.start)} --> ${stamp(c.start + c.length)} align:start\n${escape(c.text)}\n`).join('\n')}`;
          expect(parseWebVtt(file)).to.deep.equal(cues.map((c) => ({ start: c.start / 1000, end: (c.start + c.length) / 1000, text: c.text })));
        }),
        { numRuns: 300 },
      );
    });

    it('decodes once: escaping any text and decoding it gives the text back', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          expect(decodeReferences(escape(text))).to.equal(text);
          expect(decodeReferences(escape(escape(text)))).to.equal(escape(text));
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe('durations', () => {
  it('never throws, and what it accepts is a finite time of zero or more seconds', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(fc.constantFrom('P', 'T', 'H', 'M', 'S', '.', '1', '9', '0', ' ', '-', 'e'), { maxLength: 20 }).map((parts) => parts.join('')),
      fc.string({ unit: fc.constantFrom('9', '0') , maxLength: 400 }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const seconds = parseDuration(text);
        if (seconds !== undefined) expect(Number.isFinite(seconds) && seconds >= 0, `${text} → ${seconds}`).to.be.true;
      }),
      // Numbers too long for a double, which `Number()` turns into Infinity.
      { numRuns: 1000, examples: [['9'.repeat(400)], [`PT${'9'.repeat(400)}H`], [`PT1M${'9'.repeat(400)}.5S`]] },
    );
  });

  it('round-trips seconds and ISO 8601 durations', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.nat({ max: 999 }), (whole, thousandths) => {
        expect(parseDuration(String(whole))).to.equal(whole);
        const decimal = `${whole}.${String(thousandths).padStart(3, '0')}`;
        expect(parseDuration(decimal)).to.equal(Number(decimal));
      }),
    );
    fc.assert(
      fc.property(fc.option(fc.nat({ max: 999 })), fc.option(fc.nat({ max: 59 })), fc.option(fc.nat({ max: 59 })), (hours, minutes, seconds) => {
        fc.pre(hours !== null || minutes !== null || seconds !== null);
        const iso = `PT${hours !== null ? `${hours}H` : ''}${minutes !== null ? `${minutes}M` : ''}${seconds !== null ? `${seconds}S` : ''}`;
        expect(parseDuration(iso), iso).to.equal((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0));
        expect(parseDuration(` ${iso.toLowerCase()} `), 'case and spaces do not matter').to.equal(parseDuration(iso));
      }),
    );
  });
});
