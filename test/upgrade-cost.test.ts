import { expect, fixture, html } from '@open-wc/testing';
import '../src/article/define.js';
import '../src/byline/define.js';
import '../src/figure/define.js';
import '../src/text-size/define.js';
import type { LedeArticle } from '../src/article/article.js';
import { formatDatetime, parseDatetime } from '../src/internal/datetime.js';
import { clockTime, spokenTime } from '../src/internal/duration.js';
import { enhancePasses } from '../src/internal/light-dom-controller.js';
import { nextFrames } from './helpers/layout.js';
import { until } from './helpers/wait.js';

type IntlName = 'NumberFormat' | 'DateTimeFormat' | 'ListFormat' | 'DurationFormat';

/**
 * Runs `body` with `Intl[name]` replaced by a subclass that counts how often it is built, and
 * returns that count. Formatting still goes through the real constructor.
 */
async function countBuilt(name: IntlName, body: () => unknown): Promise<number> {
  const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
  const Original = intl[name];
  if (!Original) return Number.NaN;
  let built = 0;
  intl[name] = class extends Original {
    constructor(...args: unknown[]) {
      super(...args);
      built += 1;
    }
  };
  try {
    await body();
  } finally {
    intl[name] = Original;
  }
  return built;
}

/** A story of `count` figures whose images arrive one after another, `step` ms apart. */
function storyWithFigures(count: number, step = 15, tag = Date.now()): string {
  const figures = Array.from(
    { length: count },
    (_, index) =>
      `<lede-figure><figure><img src="/__image__/800x450.svg?delay=${(index + 1) * step}&n=${tag}-${index}" alt="Picture ${index + 1} of the flood" width="800" height="450"><figcaption>Scene ${index + 1}. <span data-lede-credit>Lede Courier</span></figcaption></figure></lede-figure>`,
  ).join('<p>The water kept rising through the night.</p>');
  return `<article lang="en-GB"><header><h1>Flood defences hold</h1>
    <p><time datetime="2026-11-24" data-lede-time="published">24/11/2026</time></p></header>
    <p>The river rose to 5.2 metres at dawn.</p>${figures}</article>`;
}

async function allImagesSettled(root: Element): Promise<void> {
  await until(() => [...root.querySelectorAll('img')].every((image) => image.complete), 'every image to load', 10000);
  await nextFrames();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('cheaper upgrades', () => {
  describe('Intl formatters are built once per locale and options', () => {
    it('a date formatted twice builds one DateTimeFormat, and reads the same', async () => {
      const parsed = parseDatetime('2026-11-24T09:30')!;
      const texts: string[] = [];
      // A locale no other test uses, so the count starts from an empty cache.
      const built = await countBuilt('DateTimeFormat', () => {
        texts.push(formatDatetime(parsed, 'en-NZ'), formatDatetime(parsed, 'en-NZ'));
      });
      expect(built).to.equal(1);
      expect(texts[0]).to.equal(texts[1]);
      expect(texts[0]).to.equal(new Intl.DateTimeFormat('en-NZ', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(parsed.date));
    });

    it('another locale or other options get their own formatter', async () => {
      const date = parseDatetime('2026-11-24')!;
      const time = parseDatetime('2026-11-24T09:30')!;
      const texts: string[] = [];
      const built = await countBuilt('DateTimeFormat', () => {
        texts.push(formatDatetime(date, 'fr-CA'), formatDatetime(date, 'de-AT'), formatDatetime(time, 'fr-CA'), formatDatetime(date, 'fr-CA'));
      });
      expect(built).to.equal(3);
      expect(texts[0]).to.equal('24 novembre 2026');
      expect(texts[1]).to.equal('24. November 2026');
      expect(texts[3]).to.equal(texts[0]);
    });

    it('clock times formatted many times build their NumberFormats once', async () => {
      const texts: string[] = [];
      const built = await countBuilt('NumberFormat', () => {
        for (let i = 0; i < 20; i += 1) texts.push(clockTime(3723, 'en-IE'));
      });
      expect(built).to.equal(2); // one for "1", one for two-digit "02"
      expect(new Set(texts)).to.deep.equal(new Set(['1:02:03']));
    });

    it('spoken times formatted twice build their formatter once', async () => {
      const texts: string[] = [];
      const name: IntlName = 'DurationFormat' in Intl ? 'DurationFormat' : 'ListFormat';
      const built = await countBuilt(name, () => {
        texts.push(spokenTime(172, 'en-ZA'), spokenTime(172, 'en-ZA'));
      });
      expect(built).to.equal(1);
      expect(texts).to.deep.equal(['2 minutes, 52 seconds', '2 minutes, 52 seconds']);
    });

    it('the text-size switcher builds one NumberFormat for all its renders and steps, showing the same percentages', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div lang="en-AU"><lede-text-size></lede-text-size></div>`);
      const switcher = holder.querySelector('lede-text-size')! as HTMLElement & { updateComplete: Promise<boolean> };
      await switcher.updateComplete;
      const before = switcher.shadowRoot!.textContent;
      const built = await countBuilt('NumberFormat', async () => {
        for (let i = 0; i < 3; i += 1) {
          (switcher as unknown as { requestUpdate(): void }).requestUpdate();
          await switcher.updateComplete;
        }
      });
      // Four steps a render, three renders: one formatter (it was twelve).
      expect(built).to.equal(1);
      expect(switcher.shadowRoot!.textContent).to.equal(before);
      expect(before).to.include('125%');
    });
  });

  describe('a story is enhanced once per real change', () => {
    const passesFor = async (figures: number): Promise<{ passes: number; article: LedeArticle }> => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      enhancePasses.set('lede-article', 0);
      holder.innerHTML = `<lede-article json-ld>${storyWithFigures(figures)}</lede-article>`;
      const article = holder.querySelector('lede-article')!;
      await allImagesSettled(article);
      return { passes: enhancePasses.get('lede-article') ?? 0, article };
    };

    it('a story of 20 figures whose images load over time runs at most 2 passes', async () => {
      const { passes, article } = await passesFor(20);
      expect(passes).to.be.within(1, 2);
      expect(article.querySelector('time')!.textContent).to.equal('24 November 2026');
      const data = JSON.parse(article.querySelector('script[data-lede-generated="json-ld"]')!.textContent!) as { image: string[] };
      expect(data.image).to.have.length(20);
    });

    it('the number of passes does not grow with the number of figures', async () => {
      const counts: number[] = [];
      for (const figures of [1, 5, 60]) counts.push((await passesFor(figures)).passes);
      expect(Math.max(...counts), `passes for 1, 5, 60 figures: ${counts.join(', ')}`).to.be.at.most(2);
    });

    it("an author's edit still re-enhances: a changed datetime is shown, a new headline reaches the JSON-LD", async () => {
      const { article } = await passesFor(5);
      const passes = enhancePasses.get('lede-article')!;
      article.querySelector('time')!.setAttribute('datetime', '2026-12-01');
      article.querySelector('h1')!.textContent = 'River falls overnight';
      await until(() => article.querySelector('time')!.textContent === '1 December 2026', 'the new date to show');
      await until(
        () => JSON.parse(article.querySelector('script[data-lede-generated="json-ld"]')!.textContent!).headline === 'River falls overnight',
        'the new headline in the JSON-LD',
      );
      expect(enhancePasses.get('lede-article')! - passes).to.be.within(1, 2);
    });

    it('the JSON-LD waits until after the first paint; the times do not', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = `<lede-article json-ld>${storyWithFigures(1)}</lede-article>`;
      const article = holder.querySelector('lede-article')!;
      await article.updateComplete;
      await Promise.resolve();
      const script = () => article.querySelector('script[data-lede-generated="json-ld"]');
      expect(article.querySelector('time')!.textContent, 'the time is shown at once').to.equal('24 November 2026');
      expect(script() === null, 'no JSON-LD before the first frame').to.be.true;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
      expect((JSON.parse(script()!.textContent!) as { headline: string }).headline).to.equal('Flood defences hold');
    });

    it('an image that fails is still left out of the JSON-LD', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = `<lede-article json-ld>${storyWithFigures(2).replace(/\/__image__\/800x450\.svg\?delay=30[^"]*/, '/__image__/missing.svg')}</lede-article>`;
      const article = holder.querySelector('lede-article')!;
      await allImagesSettled(article);
      await until(() => !!article.querySelector('img[data-lede-failed]'), 'the failure to be marked');
      await until(
        () => (JSON.parse(article.querySelector('script[data-lede-generated="json-ld"]')?.textContent ?? '{}') as { image?: string[] }).image?.length === 1,
        'one image in the JSON-LD',
      );
    });
  });
});
