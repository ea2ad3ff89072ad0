import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { LedeFigure } from '../src/figure/figure.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import { recordWarnings } from './helpers/console.js';
import { scriptedEngineLoader } from './helpers/scripted-engine.js';
import { Probe, settle } from './hostile/probe.js';
import { XSS_PAYLOADS, asCueText } from './hostile/xss-corpus.js';

/**
 * The XSS corpus, injected as text or attribute values (through the DOM, never parsed by the test)
 * into everything the six elements read or write. Each test fails on any payload that runs, any
 * string Lede parses into elements or handlers, any URL Lede writes with a refused scheme, and
 * any uncaught error; text Lede shows must be the payload, as written.
 */

const PAYLOADS = XSS_PAYLOADS;
const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Builds an element through the DOM: attributes by setAttribute, string children as text nodes. */
function h(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** Runs `body` with a fresh probe and holder; fails with every problem found. */
async function probe(tried: number, body: (holder: HTMLElement, probe: Probe) => Promise<void>): Promise<void> {
  const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const check = new Probe();
  check.start();
  try {
    await body(holder, check);
    await settle(holder, 250);
    check.scan(holder, 'page');
  } finally {
    check.stop();
  }
  check.finish(PAYLOADS);
  expect(check.problems, check.report(tried)).to.deep.equal([]);
}

const part = <T extends HTMLElement = HTMLElement>(host: Element, name: string) =>
  host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

const until = async (condition: () => boolean, what: string, timeout = 6000) => {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Splits the corpus into slices, so no single test runs into the time limit. */
const slices = (size: number) =>
  Array.from({ length: Math.ceil(PAYLOADS.length / size) }, (_, n) => ({ from: n * size, to: Math.min(PAYLOADS.length, (n + 1) * size) }));

describe('XSS corpus', function () {
  this.timeout(60000);
  recordWarnings(); // the corpus trips many warnings on purpose; they are not what this suite judges

  after(() => {
    document.documentElement.style.removeProperty('font-size');
    if (!document.documentElement.getAttribute('style')) document.documentElement.removeAttribute('style');
    history.replaceState(history.state, '', location.pathname + location.search);
  });

  it(`has at least 100 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(100);
    expect(new Set(PAYLOADS).size, 'no payload twice').to.equal(PAYLOADS.length);
  });

  describe('<lede-media-player>', () => {
    it('media-title is spoken as written in the play button and the player name, never parsed', async () => {
      await probe(PAYLOADS.length * 2, async (holder, check) => {
        const players = PAYLOADS.map((payload) =>
          h('lede-media-player', { 'media-title': payload, duration: '172' }, h('video', { controls: '' }, h('source', { src: '/demo/media/ferry-vote.webm', type: 'video/webm' }))),
        ) as LedeMediaPlayer[];
        holder.append(...players);
        await settle(holder);
        players.forEach((player, index) => {
          const payload = PAYLOADS[index]!;
          const start = part(player, 'start')?.getAttribute('aria-label') ?? '';
          if (start !== `Play video: ${payload}, 2 minutes, 52 seconds`) {
            check.add(`media-title #${index}`, `the play button is named ${JSON.stringify(start.slice(0, 80))}`);
          }
          const group = part(player, 'player')?.getAttribute('aria-label');
          if (group !== payload) check.add(`media-title #${index}`, `the player is named ${JSON.stringify(group?.slice(0, 80))}`);
        });
      });
    });

    it('duration, download-src, audio-src, poster and track labels on a failed player', async () => {
      await probe(PAYLOADS.length * 6, async (holder, check) => {
        const players = PAYLOADS.map((payload) => {
          const player = h(
            'lede-media-player',
            { 'media-title': 'Ferry vote', duration: payload, 'download-src': payload, 'audio-src': payload },
            h(
              'video',
              { controls: '', poster: payload },
              h('source', { src: '/demo/media/no-such-file.webm', type: 'video/webm' }),
              h('track', { kind: 'captions', src: '/demo/media/ferry-vote.en.vtt', srclang: payload, label: payload }),
            ),
          ) as LedeMediaPlayer;
          player.engineLoader = () => Promise.reject(new Error('offline'));
          return player;
        });
        holder.append(...players);
        await settle(holder);
        check.scan(holder, 'before play');
        for (const player of players) {
          part(player, 'start')?.click();
          await player.ready;
        }
        await settle(holder);
        players.forEach((player, index) => {
          if (!part(player, 'error')) check.add(`failed player #${index}`, 'shows no failure message with its alternatives');
        });
      });
    });

    it('poster and track sources become nothing Lede plays or shows with a refused scheme', async () => {
      await probe(PAYLOADS.length * 3, async (holder) => {
        const players = PAYLOADS.map((payload) => {
          const player = h(
            'lede-media-player',
            { 'media-title': 'Ferry vote', duration: '8' },
            h(
              'video',
              { controls: '', poster: payload },
              h('source', { src: '/demo/media/ferry-vote.webm', type: 'video/webm' }),
              h('track', { kind: 'captions', src: payload, srclang: 'en', label: 'English' }),
              h('track', { kind: 'descriptions', src: payload, srclang: 'en', label: 'Descriptions' }),
            ),
          ) as LedeMediaPlayer;
          player.engineLoader = scriptedEngineLoader().load;
          return player;
        });
        holder.append(...players);
        await settle(holder);
        for (const player of players) {
          part(player, 'start')?.click();
          await player.ready;
        }
      });
    });

    it('WebVTT cues in the transcript, the captions and the spoken descriptions are text, decoded once', async () => {
      const cues = PAYLOADS.map((payload, index) => `c${index}\n00:00.000 --> 00:08.000\n${asCueText(payload)}\n`);
      const vtt = `WEBVTT\n\n${cues.join('\n')}`;
      const url = await (await fetch('/__hostile__/store?type=text/vtt', { method: 'POST', body: vtt })).text();
      await probe(PAYLOADS.length * 3, async (holder, check) => {
        const player = h(
          'lede-media-player',
          { 'media-title': 'Ferry vote', duration: '8' },
          h(
            'video',
            { controls: '' },
            h('source', { src: '/demo/media/ferry-vote.webm', type: 'video/webm' }),
            h('track', { kind: 'captions', src: url, srclang: 'en', label: 'English' }),
            h('track', { kind: 'descriptions', src: url, srclang: 'en', label: 'Descriptions' }),
          ),
        ) as LedeMediaPlayer;
        holder.append(player);
        await settle(holder);
        part(player, 'transcript-toggle')!.click();
        await until(() => player.shadowRoot!.querySelectorAll('[part~="cue"]').length > 0, 'the transcript');
        await settle(holder);
        const lines = [...player.shadowRoot!.querySelectorAll('[part~="cue"]')].map((cue) => cue.textContent ?? '');
        const line = (payload: string) => lines.find((text) => text.includes(payload));
        // Character references are decoded exactly once: what the file escapes is what readers see.
        const once: Array<[string, string]> = [
          ['Tom &amp; Jerry', 'Tom & Jerry'],
          ['non&nbsp;breaking&lrm;&rlm;', 'non\u00a0breaking\u200e\u200f'],
        ];
        for (const [written, shown] of once) {
          if (!line(shown)) check.add('transcript', `${JSON.stringify(written)} is not shown as ${JSON.stringify(shown)}`);
        }
        const escaped = PAYLOADS.findIndex((payload) => payload.startsWith('&amp;lt;img'));
        if (!line(`&lt;img src=x onerror=__xss(${escaped})&gt;`)) {
          check.add('transcript', '"&amp;lt;img…&amp;gt;" is decoded twice (it must show as "&lt;img…&gt;")');
        }
        check.scan(holder, 'transcript');

        part(player, 'start')!.click();
        await player.ready;
        await until(() => !!part(player, 'controls'), 'the controls');
        const captions = part(player, 'captions')!.querySelector('select')!;
        captions.value = '0';
        captions.dispatchEvent(new Event('change'));
        part(player, 'descriptions')?.click();
        await until(() => !!part(player, 'captions-display')?.textContent, 'captions on screen');
        await settle(holder);
        check.scan(holder, 'captions');
        player.engine?.pause();
      });
    });
  });

  describe('<lede-text-size>', () => {
    it('label, labels, steps, storage-key and for are text and keys, never markup', async () => {
      const keys: string[] = [];
      try {
        await probe(PAYLOADS.length * 5, async (holder, check) => {
          const switchers = PAYLOADS.map((payload) =>
            h('lede-text-size', { label: payload, labels: [payload, payload, payload, payload].join(','), steps: payload, 'storage-key': payload, for: payload }),
          );
          keys.push(...PAYLOADS);
          holder.append(...switchers);
          await settle(holder);
          switchers.forEach((switcher, index) => {
            const legend = part(switcher, 'legend')?.textContent;
            if (legend !== PAYLOADS[index]) check.add(`label #${index}`, `the group is named ${JSON.stringify(legend?.slice(0, 80))}`);
            switcher.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.click();
          });
        });
      } finally {
        for (const key of keys) {
          try {
            localStorage.removeItem(key);
          } catch {
            // nothing stored
          }
        }
      }
    });
  });

  describe('<lede-skip-links>', () => {
    it('label, link text and fragment are text; following a link runs nothing', async () => {
      await probe(PAYLOADS.length * 3, async (holder, check) => {
        const bars = PAYLOADS.map((payload) => {
          const target = h('div', { id: payload }, 'Target');
          const missing = h('a', { href: `#missing-${encodeURI(payload.replace(/[\ud800-\udfff]/g, '?'))}` }, payload);
          const bar = h('lede-skip-links', { label: payload }, h('a', { href: `#${payload}` }, payload), missing);
          holder.append(target);
          return bar;
        });
        holder.prepend(...bars);
        await settle(holder);
        for (const [index, bar] of bars.entries()) {
          const nav = part(bar, 'nav');
          const labelledBy = nav?.getAttribute('aria-labelledby');
          const label = labelledBy ? bar.shadowRoot!.getElementById(labelledBy)?.textContent : nav?.getAttribute('aria-label');
          // (A bar with no usable link is no landmark, so has no name: ids cannot hold spaces.)
          const landmark = nav?.getAttribute('role') !== 'none';
          if (landmark && label !== PAYLOADS[index]) check.add(`label #${index}`, `the landmark is named ${JSON.stringify(label?.slice(0, 80))}`);
          for (const link of bar.querySelectorAll('a')) link.click();
        }
      });
    });
  });

  describe('<lede-article>, <lede-figure>, <lede-byline>', () => {
    /** One story per payload, with the payload in every field Lede reads, JSON-LD on. */
    const story = (payload: string) =>
      h(
        'lede-article',
        { 'json-ld': '', 'published-label': payload, 'updated-label': payload },
        h(
          'article',
          { lang: 'en' },
          h(
            'header',
            {},
            h('p', { 'data-lede-labels': '' }, h('strong', { 'data-lede-label': 'breaking' }, payload)),
            h('h1', {}, payload),
            h('p', { 'data-lede-standfirst': '' }, payload),
            h(
              'p',
              { 'data-lede-times': '' },
              h('time', { datetime: payload, 'data-lede-time': 'published' }, payload),
              ' · ',
              h('time', { datetime: '2026-11-24T09:30Z', 'data-lede-time': 'updated' }, '09:30 GMT'),
            ),
            h(
              'lede-byline',
              {},
              h('img', { src: payload, alt: payload, width: '160', height: '160' }),
              h('p', {}, h('a', { href: payload, rel: 'author' }, payload)),
              h('p', {}, payload),
            ),
            h(
              'lede-figure',
              { lead: '', 'enlarge-src': payload, ratio: payload, 'credit-label': payload, 'enlarge-label': payload, 'close-label': payload },
              h(
                'figure',
                {},
                h('img', { src: '/__image__/800x450.svg', alt: payload, width: '800', height: '450' }),
                h('figcaption', {}, payload, ' ', h('span', { 'data-lede-credit': '' }, payload)),
              ),
            ),
          ),
          h('p', {}, payload),
          h('lede-figure', { ratio: payload }, h('figure', {}, h('img', { src: payload, alt: payload }), h('figcaption', {}, payload))),
        ),
      );

    for (const { from, to } of slices(30)) {
      it(`every text, attribute and JSON-LD field of a story (payloads ${from}–${to - 1})`, async () => {
        const payloads = PAYLOADS.slice(from, to);
        await probe(payloads.length * 24, async (holder, check) => {
          const stories = payloads.map(story);
          holder.append(...stories);
          await settle(holder, 300);
          for (const [offset, article] of stories.entries()) {
            const index = from + offset;
            const payload = payloads[offset]!;
            const where = `story #${index}`;
            const script = article.querySelector('script[data-lede-generated="json-ld"]');
            if (!script) {
              check.add(where, 'no JSON-LD was written');
            } else {
              try {
                const data = JSON.parse(script.textContent ?? '') as Record<string, unknown>;
                if (data.headline !== collapse(payload)) check.add(where, `JSON-LD headline is ${JSON.stringify(String(data.headline).slice(0, 60))}`);
                if (data.description !== collapse(payload)) check.add(where, `JSON-LD description is ${JSON.stringify(String(data.description).slice(0, 60))}`);
              } catch {
                // the probe's scan reports JSON that does not parse
              }
            }
            const time = article.querySelector('time[data-lede-time="published"]')!;
            if (time.textContent !== payload) check.add(where, `the unreadable time shows ${JSON.stringify(time.textContent?.slice(0, 60))}`);
            const figure = article.querySelector<LedeFigure>('lede-figure[lead]')!;
            const enlarge = part<HTMLButtonElement>(figure, 'enlarge');
            if (enlarge) {
              // Its name is its visible text (enlarge-label), or an aria-label that starts with it.
              const name = enlarge.getAttribute('aria-label') ?? collapse(enlarge.textContent);
              if (!collapse(name).startsWith(collapse(payload))) check.add(where, `the enlarge button is named ${JSON.stringify(name.slice(0, 60))}`);
              enlarge.click();
              await figure.updateComplete;
              await settle(figure, 0);
              check.scan(figure.shadowRoot!, `${where} dialog`);
              const caption = part(figure, 'dialog-caption')?.textContent;
              if (caption !== undefined && caption !== collapse(payload)) {
                check.add(where, `the dialog caption is ${JSON.stringify(caption?.slice(0, 60))}`);
              }
              figure.closeEnlarged();
              await figure.updateComplete;
            }
          }
        });
      });
    }

    it('a story whose lang is a payload still gets its times and JSON-LD', async () => {
      await probe(PAYLOADS.length, async (holder, check) => {
        const stories = PAYLOADS.map((payload) =>
          h(
            'lede-article',
            { 'json-ld': '' },
            h(
              'article',
              { lang: payload },
              h('h1', {}, 'Ferry saved'),
              h('p', {}, h('time', { datetime: '2026-11-24', 'data-lede-time': 'published' }, '24/11/2026')),
            ),
          ),
        );
        holder.append(...stories);
        await settle(holder, 200);
        stories.forEach((article, index) => {
          const time = article.querySelector('time')!;
          if (time.textContent === '24/11/2026') check.add(`lang #${index}`, 'the time was not written for the reader');
          if (!article.querySelector('script[data-lede-generated="json-ld"]')) check.add(`lang #${index}`, 'no JSON-LD was written');
        });
      });
    });
  });
});
