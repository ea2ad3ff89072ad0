import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import { recordWarnings } from './helpers/console.js';
import { scriptedEngineLoader } from './helpers/scripted-engine.js';
import { settle } from './hostile/probe.js';
import { asCueText } from './hostile/xss-corpus.js';
import { PAYLOADS, h, part, probe, until } from './hostile/xss-harness.js';

/**
 * The XSS corpus, injected as text or attribute values (through the DOM, never parsed by the test)
 * into everything the six elements read or write. Each test fails on any payload that runs, any
 * string Lede parses into elements or handlers, any URL Lede writes with a refused scheme, and
 * any uncaught error; text Lede shows must be the payload, as written.
 *
 * The stories (article, figure, byline) are in xss-story.test.ts, so each file keeps to the
 * runner's time limit.
 */

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
        await Promise.all(
          players.map((player) => {
            part(player, 'start')?.click();
            return player.ready;
          }),
        );
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
        await Promise.all(
          players.map((player) => {
            part(player, 'start')?.click();
            return player.ready;
          }),
        );
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

});
