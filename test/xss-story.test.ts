import '../src/index.js';
import type { LedeFigure } from '../src/figure/figure.js';
import { recordWarnings } from './helpers/console.js';
import { settle } from './hostile/probe.js';
import { PAYLOADS, collapse, h, part, probe, slices } from './hostile/xss-harness.js';

/**
 * The XSS corpus in stories: every text, attribute and JSON-LD field that <lede-article>,
 * <lede-figure> and <lede-byline> read or write, and the story's lang (see xss.test.ts).
 */

describe('XSS corpus in stories', function () {
  this.timeout(60000);
  recordWarnings(); // the corpus trips many warnings on purpose; they are not what this suite judges

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
