import { expect, fixture, html } from '@open-wc/testing';
import * as fc from 'fast-check';
import '../src/article/define.js';
import '../src/figure/define.js';
import '../src/text-size/define.js';
import type { LedeArticle } from '../src/article/article.js';
import type { LedeFigure } from '../src/figure/figure.js';
import type { LedeTextSize } from '../src/text-size/text-size.js';
import { formatDatetime, parseDatetime } from '../src/internal/datetime.js';
import { parseDuration } from '../src/internal/duration.js';
import { parseSize } from '../src/text-size/text-size-css.js';
import { parseWebVtt } from '../src/media-player/webvtt.js';
import { recordWarnings } from './helpers/console.js';

/**
 * Property tests of every parser Lede applies to author input: on any string they never throw
 * and give either nothing or a well-formed value; what they accept comes back as it was written.
 * Parsers that live inside an element (steps, ratio, lang) are tested through the element.
 */

/** Strings an author or a CMS might write, with the shapes each parser looks for mixed in. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ':', '-', '+', ' ', 'T', 'Z', 'P', 'H', 'M', 'S', '/', 'e', '\t', '\n') }),
);

describe('parser properties', function () {
  this.timeout(60000);
  recordWarnings(); // bad input warns by design; these properties judge values, not words

  describe('duration (parseDuration)', () => {
    it('never throws; gives nothing or a finite, non-negative number of seconds', () => {
      fc.assert(
        fc.property(fc.oneof(anyText, fc.stringMatching(/^PT(\d{1,400}H)?(\d{1,3}M)?(\d{1,3}(\.\d{1,3})?S)?$/)), (text) => {
          const seconds = parseDuration(text);
          return seconds === undefined || (Number.isFinite(seconds) && seconds >= 0);
        }),
        { numRuns: 2000 },
      );
    });

    it('reads back seconds written as digits', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
          expect(parseDuration(String(whole))).to.equal(whole);
          const decimal = `${whole}.${String(thousandths).padStart(3, '0')}`;
          expect(parseDuration(decimal)).to.equal(Number(decimal));
          expect(parseDuration(` ${whole} `), 'surrounding spaces are ignored').to.equal(whole);
        }),
      );
    });

    it('reads back ISO 8601 durations, in either case, with any parts left out', () => {
      fc.assert(
        fc.property(
          fc.option(fc.integer({ min: 0, max: 99 })),
          fc.option(fc.integer({ min: 0, max: 59 })),
          fc.option(fc.integer({ min: 0, max: 59 })),
          fc.boolean(),
          (hours, minutes, seconds, lower) => {
            fc.pre(hours !== null || minutes !== null || seconds !== null);
            let text = `PT${hours !== null ? `${hours}H` : ''}${minutes !== null ? `${minutes}M` : ''}${seconds !== null ? `${seconds}S` : ''}`;
            if (lower) text = text.toLowerCase();
            expect(parseDuration(text)).to.equal((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0));
          },
        ),
      );
    });
  });

  describe('WebVTT (parseWebVtt)', () => {
    const stamp = (ms: number) => {
      const hours = Math.floor(ms / 3600000);
      const clock = `${String(Math.floor(ms / 60000) % 60).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
      return hours ? `${String(hours).padStart(2, '0')}:${clock}` : clock;
    };
    /** Cue text with the characters WebVTT escapes, and sequences that look like references. */
    const cueText = fc
      .array(fc.constantFrom('a', 'B', '7', ' ', '&', '<', '>', ';', '#', 'lt', 'gt', 'amp', 'nbsp', 'x3c', '60', 'é', 'ع', '-->', '.', ':', 'v ', '/'), {
        minLength: 1,
        maxLength: 24,
      })
      .map((parts) => parts.join(''))
      .filter((text) => text.trim() === text && text !== '');
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

    it('never throws on any text, WebVTT or not; every cue has finite times and text', () => {
      fc.assert(
        fc.property(anyText, fc.boolean(), (body, signed) => {
          const cues = parseWebVtt(signed ? `WEBVTT\n\n${body}` : body);
          return cues.every((cue) => Number.isFinite(cue.start) && Number.isFinite(cue.end) && typeof cue.text === 'string');
        }),
        { numRuns: 2000 },
      );
    });

    it('reads back every cue written: its times to the millisecond, and its text decoded exactly once', () => {
      const cue = fc.record({ start: fc.integer({ min: 0, max: 36000000 }), length: fc.integer({ min: 1, max: 600000 }), text: cueText });
      fc.assert(
        fc.property(fc.array(cue, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (cues, newline) => {
          const file = ['WEBVTT', '', ...cues.flatMap((c, index) => [`${index + 1}`, `${stamp(c.start)} --> ${stamp(c.start + c.length)}`, escape(c.text), ''])].join(newline);
          const parsed = parseWebVtt(file);
          const ms = (seconds: number) => Math.round(seconds * 1000);
          expect(parsed.map((p) => [ms(p.start), ms(p.end), p.text])).to.deep.equal(cues.map((c) => [c.start, c.start + c.length, c.text]));
        }),
      );
    });

    it('gives no cues for text that does not start with WEBVTT', () => {
      fc.assert(
        fc.property(anyText, (body) => {
          fc.pre(!/^\uFEFF?WEBVTT/.test(body));
          expect(parseWebVtt(`${body}\n\n00:00.000 --> 00:01.000\nA cue`)).to.deep.equal([]);
        }),
      );
    });
  });

  describe('datetime (parseDatetime, formatDatetime)', () => {
    const instant = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true });

    it('never throws; gives nothing or a real date with a precision', () => {
      fc.assert(
        fc.property(fc.oneof(anyText, instant.map((date) => date.toISOString())), (text) => {
          const parsed = parseDatetime(text);
          return parsed === undefined || (!Number.isNaN(parsed.date.getTime()) && ['date', 'local', 'zoned'].includes(parsed.precision));
        }),
        { numRuns: 2000 },
      );
    });

    it('reads back a date, a local date and time, and an instant in any zone', () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: -56, max: 56 }), fc.boolean(), (date, quarters, spaced) => {
          const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
          const iso = whole.toISOString(); // 2026-11-24T09:30:05.000Z
          const day = iso.slice(0, 10);
          expect(parseDatetime(day)).to.deep.equal({ date: new Date(`${day}T00:00:00Z`), precision: 'date' });
          const local = `${day}${spaced ? ' ' : 'T'}${iso.slice(11, 16)}`;
          expect(parseDatetime(local)).to.deep.equal({ date: new Date(`${day}T${iso.slice(11, 16)}:00Z`), precision: 'local' });
          const offset = quarters * 15;
          const wall = new Date(whole.getTime() + offset * 60000).toISOString().slice(0, 19);
          const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
          const zoned = parseDatetime(`${wall}${zone}`);
          expect(zoned?.precision).to.equal('zoned');
          expect(zoned?.date.getTime(), `${wall}${zone}`).to.equal(whole.getTime());
        }),
      );
    });

    it('refuses days that do not exist', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 99 }), (year, month, day) => {
          const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
          fc.pre(day > days);
          expect(parseDatetime(`${year}-${String(month).padStart(2, '0')}-${day}`)).to.be.undefined;
        }),
      );
    });

    it('formats every date it reads, in any language tag Intl knows', () => {
      fc.assert(
        fc.property(instant, fc.constantFrom('en', 'en-GB', 'ar', 'ar-EG', 'fa', 'he', 'zh-Hant-TW', 'ja', 'hi', 'ps', 'sr-Latn'), (date, lang) => {
          const parsed = parseDatetime(date.toISOString())!;
          expect(formatDatetime(parsed, lang)).to.be.a('string').and.not.equal('');
        }),
      );
    });
  });

  describe('text size (parseSize, steps)', () => {
    afterEach(() => {
      document.documentElement.style.removeProperty('font-size');
      if (!document.documentElement.getAttribute('style')) document.documentElement.removeAttribute('style');
    });

    it('parseSize reads back every usable size and nothing else', () => {
      fc.assert(
        fc.property(fc.integer({ min: -1000, max: 1000 }), (size) => {
          expect(parseSize(String(size))).to.equal(size >= 50 && size <= 400 ? size : undefined);
        }),
      );
      fc.assert(
        fc.property(anyText, (text) => {
          const size = parseSize(text);
          return size === undefined || (size >= 50 && size <= 400);
        }),
      );
    });

    /** Step lists with repeats, words and numbers out of range mixed in. */
    const stepLists = fc
      .array(fc.constantFrom('100', '125', '150', '200', '100', 'abc', '0', '1e3', '-50', '400', '401', 'NaN'), { minLength: 1, maxLength: 6 })
      .map((steps) => steps.join(' '));

    it('steps: any attribute offers at least one size, each once, each usable; accepted steps are offered as written', async () => {
      const switcher = await fixture<LedeTextSize>(html`<lede-text-size storage-key=""></lede-text-size>`);
      const offered = async (steps: string) => {
        switcher.setAttribute('steps', steps);
        await switcher.updateComplete;
        return [...switcher.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => Number(radio.value));
      };
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyText, stepLists), async (steps) => {
          const sizes = await offered(steps);
          expect(sizes.length, `steps="${steps}"`).to.be.at.least(1);
          expect(new Set(sizes).size, `steps="${steps}" offers a size twice: ${sizes.join(' ')}`).to.equal(sizes.length);
          expect(sizes.every((size) => size >= 50 && size <= 400), `steps="${steps}"`).to.be.true;
        }),
        { numRuns: 150 },
      );
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 50, max: 400 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ', ', ','), async (steps, separator) => {
          const sizes = await offered(steps.join(separator));
          expect([...sizes].sort((a, b) => a - b)).to.deep.equal([...steps].sort((a, b) => a - b));
        }),
        { numRuns: 80 },
      );
    });
  });

  describe('figure ratio', () => {
    it('any ratio leaves the picture and caption; a ratio of two positive numbers reserves exactly that box', async () => {
      const figure = await fixture<LedeFigure>(
        html`<lede-figure><figure><img src="/__image__/800x450.svg" alt="A ferry crosses dark water" /><figcaption>The 23:40 sailing.</figcaption></figure></lede-figure>`,
      );
      const image = figure.querySelector('img')!;
      const reserve = async (ratio: string) => {
        figure.setAttribute('ratio', ratio);
        await figure.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        return getComputedStyle(image).aspectRatio;
      };
      await fc.assert(
        fc.asyncProperty(anyText, async (ratio) => {
          await reserve(ratio);
          expect(figure.querySelector('img'), 'the picture stays').to.equal(image);
          expect(figure.querySelector('figcaption')!.textContent).to.contain('The 23:40 sailing.');
        }),
        { numRuns: 150 },
      );
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 10000 }), fc.constantFrom('/', ' / '), async (width, height, slash) => {
          expect(await reserve(`${width}${slash}${height}`)).to.equal(`${width} / ${height}`);
        }),
        { numRuns: 80 },
      );
    });
  });

  describe('lang (through <lede-article>)', () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
    beforeEach(() => window.addEventListener('error', onError));
    afterEach(() => window.removeEventListener('error', onError));

    const story = async (holder: HTMLElement, lang: string) => {
      holder.replaceChildren();
      const element = document.createElement('lede-article') as LedeArticle;
      element.setAttribute('json-ld', '');
      const article = document.createElement('article');
      article.setAttribute('lang', lang);
      const heading = document.createElement('h1');
      heading.textContent = 'Ferry saved';
      const time = document.createElement('time');
      time.setAttribute('datetime', '2026-11-24');
      time.setAttribute('data-lede-time', 'published');
      time.textContent = '24/11/2026';
      article.append(heading, time);
      element.append(article);
      holder.append(element);
      await element.updateComplete;
      // The JSON-LD is written after the story's first paint: wait two frames and a task.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
      const script = element.querySelector('script[data-lede-generated="json-ld"]');
      return { time: time.textContent, data: script ? (JSON.parse(script.textContent ?? '{}') as { inLanguage?: string }) : undefined };
    };

    it('any lang: nothing thrown, the time is written for the reader and the JSON-LD is there', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      await fc.assert(
        fc.asyncProperty(anyText, async (lang) => {
          errors.length = 0;
          const { time, data } = await story(holder, lang);
          expect(errors, `lang="${lang}"`).to.deep.equal([]);
          expect(time, `lang="${lang}"`).to.not.equal('24/11/2026');
          expect(data, `lang="${lang}"`).to.not.be.undefined;
        }),
        { numRuns: 100 },
      );
    });

    it('a language tag in any case, with _ or -, is read as its canonical form', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const tag = fc
        .tuple(fc.constantFrom('en', 'fr', 'ar', 'de', 'pt', 'zh', 'fa', 'sw'), fc.option(fc.constantFrom('GB', 'US', 'EG', 'BR', 'IR', 'KE')), fc.constantFrom('-', '_'), fc.boolean())
        .map(([language, region, separator, upper]) => {
          const written = region ? `${language}${separator}${region}` : language;
          return upper ? written.toUpperCase() : written.toLowerCase();
        });
      await fc.assert(
        fc.asyncProperty(tag, async (lang) => {
          errors.length = 0;
          const canonical = new Intl.Locale(lang.replace(/_/g, '-')).toString();
          const { time, data } = await story(holder, lang);
          expect(errors, `lang="${lang}"`).to.deep.equal([]);
          expect(time, `lang="${lang}"`).to.equal(formatDatetime(parseDatetime('2026-11-24')!, canonical));
          expect(data?.inLanguage?.toLowerCase(), `lang="${lang}"`).to.equal(canonical.toLowerCase());
        }),
        { numRuns: 60 },
      );
    });
  });
});
