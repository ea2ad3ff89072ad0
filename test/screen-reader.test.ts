import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/locales/ar.js';
import type { LedeFigure } from '../src/figure/figure.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import type { LedeSkipLinks } from '../src/skip-links/skip-links.js';
import { ariaSnapshot } from './helpers/commands.js';
import { imageSettled, nextFrames } from './helpers/layout.js';
import { scriptedEngineLoader } from './helpers/scripted-engine.js';
import {
  englishInTheWrongVoice,
  formatTranscripts,
  junk,
  parseTranscripts,
  repeats,
  said,
  walk,
  walkWithoutCopy,
  type Utterance,
} from './helpers/screen-reader.js';
import { until as untilWithin } from './helpers/wait.js';
const until = (condition: () => boolean, what: string, timeout = 8000) => untilWithin(condition, what, timeout, 25);

// What a screen reader says, for every element in every state its stories show, each in the
// middle of a page (a paragraph before and after). The expected words live in
// test/transcripts/<element>.txt, one section per state, one phrase per line, for an auditor to
// read. Each state is also checked, with no fixture, for things read twice, junk, and English
// read in another language's voice. To rewrite the fixtures from what is said today, run
//   npx wtr --config test/transcripts/refresh.config.mjs
// and review the diff: a fixture says what a reader SHOULD hear, so never accept a defect into it.

/** The paragraphs before and after each element, in the page's language. */
const AROUND: Record<string, [before: string, after: string]> = {
  en: ['The harbour committee met on Monday evening.', 'The next meeting is in January.'],
  ar: ['اجتمعت لجنة الميناء مساء الاثنين.', 'الاجتماع المقبل في يناير.'],
  fa: ['کمیتهٔ بندر دوشنبه شب تشکیل جلسه داد.', 'جلسهٔ بعدی در دی‌ماه است.'],
};

/** A page around `markup`: a paragraph before and after, in `lang` and `dir`. */
async function page(markup: string, { lang = 'en', dir = 'ltr' } = {}): Promise<HTMLElement> {
  const holder = document.createElement('div');
  holder.setAttribute('lang', lang);
  holder.setAttribute('dir', dir);
  holder.style.maxInlineSize = '48rem';
  const [before, after] = AROUND[lang]!;
  holder.innerHTML = `<p>${before}</p>${markup}<p>${after}</p>`;
  document.body.append(holder);
  await settle(holder);
  return holder;
}

/** Waits until every Lede element has rendered, every image has loaded or failed, and enhancements ran. */
async function settle(holder: HTMLElement): Promise<void> {
  const elements = [...holder.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((element) =>
    element.localName.startsWith('lede-'),
  );
  await Promise.all(elements.map((element) => element.updateComplete));
  await Promise.all([...holder.querySelectorAll('img')].map((image) => imageSettled(image)));
  for (const skipLinks of holder.querySelectorAll<LedeSkipLinks>('lede-skip-links')) await skipLinks.targetsChecked;
  await nextFrames();
  await Promise.all(elements.map((element) => element.updateComplete));
  await nextFrames();
}


// --- Markup -----------------------------------------------------------------------------------

const IMAGE = '/__image__/1200x675.svg';
const LARGE = '/__image__/2400x1350.svg';
const MISSING = '/__image__/missing.svg';
const PORTRAIT = '/__image__/160x160.svg';
const ALT = 'A ferry with its cabin windows lit crosses dark water under a full moon.';
const CAPTION = 'The 23:40 sailing leaves Eastquay for the island.';

const figure = ({ src = IMAGE, alt = ALT, caption = CAPTION, credit = 'Lede Courier illustration', attributes = '' } = {}) =>
  `<lede-figure ${attributes}><figure><img src="${src}" alt="${alt}" width="1200" height="675"><figcaption>${caption} <span data-lede-credit>${credit}</span></figcaption></figure></lede-figure>`;

const authorCard = (portrait: string) => `<lede-byline>${portrait}
  <p><a href="#morwenna-tallis" rel="author">Morwenna Tallis</a></p>
  <p>Transport reporter</p>
  <p>Morwenna has covered ferries, buses and the coast road for the Courier since 2019.</p></lede-byline>`;

const STORY = `<lede-article json-ld><article lang="en-GB">
  <header>
    <p data-lede-labels><strong data-lede-label="breaking">Breaking News</strong> <a data-lede-label="section" href="#local">Local</a></p>
    <h1>Harbour town votes to keep its night ferry running through the winter</h1>
    <p data-lede-standfirst>Councillors reversed a plan to suspend the late crossing.</p>
    <p data-lede-times>
      <time datetime="2026-11-24T07:45" data-lede-time="published">24 November 2026, 07:45 GMT</time> ·
      <time datetime="2026-11-24T10:20" data-lede-time="updated">24 November 2026, 10:20 GMT</time>
    </p>
    <lede-byline><p>By <a href="#morwenna-tallis" rel="author">Morwenna Tallis</a>, transport reporter</p></lede-byline>
    ${figure({ attributes: `lead enlarge-src="${LARGE}"` })}
  </header>
  <p>The 23:40 crossing will keep sailing seven nights a week until March.</p>
  <blockquote><p>For a lot of us there is no other way home.</p><footer>— Aisling Roe, night nurse</footer></blockquote>
  ${figure({ alt: 'Four campaigners sit behind a table stacked with boxes of petition forms.', caption: 'The petition arrived in eleven boxes.' })}
  <footer>${authorCard(`<img src="${PORTRAIT}" alt="Morwenna Tallis" width="160" height="160">`)}</footer>
</article></lede-article>`;

const SKIP_TARGETS = `<nav id="site-nav" aria-label="Sections"><ul><li><a href="#main">World</a></li><li><a href="#main">Business</a></li></ul></nav>
  <form id="search" role="search"><label>Search <input type="search"></label></form>
  <main id="main"><h1>Headline</h1><p>Story text.</p></main>`;

const MEDIA = '/demo/media';
const TRACKS = `<track kind="captions" src="${MEDIA}/ferry-vote.en.vtt" srclang="en" label="English">
  <track kind="subtitles" src="${MEDIA}/ferry-vote.ar.vtt" srclang="ar" label="العربية">
  <track kind="descriptions" src="${MEDIA}/ferry-vote.descriptions.en.vtt" srclang="en" label="English descriptions">`;
const player = ({
  src = `${MEDIA}/ferry-vote.webm`,
  title = 'Councillors vote to keep the night ferry',
  tracks = TRACKS,
  attributes = '',
} = {}) =>
  `<lede-media-player media-title="${title}" duration="8" download-src="${MEDIA}/ferry-vote.webm" ${attributes}><video controls preload="none" poster="${MEDIA}/ferry-vote-poster.jpg"><source src="${src}" type="video/webm">${tracks}</video></lede-media-player>`;

const playerIn = (holder: HTMLElement) => holder.querySelector<LedeMediaPlayer>('lede-media-player')!;
const part = (host: Element, name: string) => host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

// The Persian page: Lede ships no Persian strings, so every word it adds falls back to English.
const FA = { lang: 'fa', dir: 'rtl' };
const FA_TITLE = 'شورا به ادامهٔ کار کشتی شبانه رأی داد';
const FA_TRACKS = `<track kind="captions" src="${MEDIA}/ferry-vote.en.vtt" srclang="en" label="انگلیسی">`;

/** A stand-in Lede element that makes every mistake the generic checks look for. */
class LedeTestProbe extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<slot></slot>
      <div role="group" aria-label="Probe player">
        <input type="range" aria-label="Seek" aria-valuetext="1 minute, 3 seconds of 2 minutes, 52 seconds" min="0" max="172" value="63">
        <span>1 minute, 3 seconds of 2 minutes, 52 seconds</span>
        <p>Sorry, this cannot be played here.</p><div role="alert">Sorry, this cannot be played here.</div>
        <p id="english">Read the transcript</p>
      </div>
      <div role="dialog" aria-label="A lit ferry crosses dark water"><img alt="A lit ferry crosses dark water" src="${IMAGE}" width="10" height="10"></div>`;
  }
}
customElements.define('lede-test-probe', LedeTestProbe);

/** Another library's element, with a skip-link target inside its open shadow root. */
class TestComments extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<section id="comments" aria-labelledby="comments-heading"><h2 id="comments-heading">Comments</h2><p>Readers’ comments.</p></section>';
  }
}
customElements.define('test-comments', TestComments);

// --- States -----------------------------------------------------------------------------------

interface State {
  name: string;
  setup: () => Promise<HTMLElement>;
  /** Also check that every English word Lede adds is marked English. */
  checkLanguage?: boolean;
  /** A modal dialog is open: only the dialog is heard, as a screen reader confines itself to it. */
  modal?: boolean;
}

const STATES: Record<string, State[]> = {
  'skip-links': [
    {
      name: 'default',
      setup: () =>
        page(
          `<lede-skip-links><a href="#main">Skip to main content</a><a href="#site-nav">Skip to navigation</a><a href="#search">Skip to search</a></lede-skip-links>${SKIP_TARGETS}`,
        ),
    },
    {
      name: 'target inside a shadow root',
      setup: () =>
        page(
          `<lede-skip-links><a href="#main">Skip to main content</a><a href="#comments">Skip to comments</a></lede-skip-links><main id="main"><h1>Headline</h1></main><test-comments></test-comments>`,
        ),
    },
    {
      name: 'missing target',
      setup: () =>
        page(
          `<lede-skip-links><a href="#main">Skip to main content</a><a href="#no-such-id">Skip to the live blog</a></lede-skip-links>${SKIP_TARGETS}`,
        ),
    },
    {
      name: 'every target missing',
      setup: () =>
        page(
          `<lede-skip-links><a href="#no-such-id">Skip to the live blog</a><a href="#">Skip to the top</a></lede-skip-links><main><h1>Headline</h1></main>`,
        ),
    },
    {
      name: 'empty',
      setup: () => page(`<lede-skip-links></lede-skip-links><main id="main"><h1>Headline</h1></main>`),
    },
    {
      name: 'arabic, right to left',
      setup: () =>
        page(
          `<lede-skip-links><a href="#ar-main">تخطَّ إلى المحتوى الرئيسي</a><a href="#ar-search">تخطَّ إلى البحث</a></lede-skip-links>
          <form id="ar-search" role="search"><label>بحث <input type="search"></label></form><main id="ar-main"><h1>العنوان</h1></main>`,
          { lang: 'ar', dir: 'rtl' },
        ),
    },
    {
      name: 'persian page',
      checkLanguage: true,
      setup: () =>
        page(`<lede-skip-links><a href="#fa-main">پرش به محتوای اصلی</a></lede-skip-links><main id="fa-main"><h1>عنوان</h1></main>`, FA),
    },
  ],
  'text-size': [
    {
      name: 'standard',
      setup: () => page(`<lede-text-size storage-key="" for="story"></lede-text-size><article id="story"><p>Story text.</p></article>`),
    },
    {
      name: 'largest',
      setup: () =>
        page(`<lede-text-size storage-key="" for="story" value="200"></lede-text-size><article id="story"><p>Story text.</p></article>`),
    },
    {
      name: 'custom steps and labels',
      setup: () =>
        page(
          `<lede-text-size storage-key="" for="story" steps="100 150 200" labels="Normal, Big, Huge" label="Font size"></lede-text-size><article id="story"><p>Story text.</p></article>`,
        ),
    },
    {
      name: 'repeated steps',
      setup: () =>
        page(
          `<lede-text-size storage-key="" for="story" steps="100 150 150 200"></lede-text-size><article id="story"><p>Story text.</p></article>`,
        ),
    },
    {
      name: 'arabic, right to left',
      setup: () =>
        page(`<lede-text-size storage-key="" for="story" value="125"></lede-text-size><article id="story"><p>نص الخبر.</p></article>`, {
          lang: 'ar',
          dir: 'rtl',
        }),
    },
    {
      name: 'persian page',
      checkLanguage: true,
      setup: () => page(`<lede-text-size storage-key="" for="story"></lede-text-size><article id="story"><p>متن خبر.</p></article>`, FA),
    },
  ],
  article: [
    { name: 'story', setup: () => page(STORY) },
    {
      name: 'live',
      setup: () =>
        page(`<lede-article><article lang="en-GB"><header><p data-lede-labels><span data-lede-label="live">Live</span> <a data-lede-label="section" href="#weather">Weather</a></p>
          <h1>Storm Imogen: ferries cancelled as gusts reach 80mph</h1>
          <p data-lede-times><time datetime="2026-11-24T06:00" data-lede-time="updated">06:00</time></p></header>
          <p>All sailings from Eastquay are suspended until at least midday.</p></article></lede-article>`),
    },
    {
      name: 'author already says published',
      setup: () =>
        page(`<lede-article><article lang="en-GB"><h1>Ferry keeps running</h1>
          <p data-lede-times>Published: <time datetime="2026-11-24T07:45" data-lede-time="published">24 November</time></p><p>The vote was nine to four.</p></article></lede-article>`),
    },
    {
      name: 'authoring problems',
      setup: () =>
        page(`<lede-article><article lang="en-GB"><h1>Ferry timetable changes</h1>
          <p data-lede-times><time datetime="Monday evening" data-lede-time="published">Monday evening</time></p>
          <p>The new timetable is out.</p>
          ${figure({ alt: '16x9 Image', caption: 'The committee.' })}</article></lede-article>`),
    },
    {
      name: 'no article element',
      setup: () => page(`<lede-article><h1>Ferry keeps running</h1><p>The vote was nine to four.</p></lede-article>`),
    },
    {
      name: 'arabic, right to left',
      setup: () =>
        page(
          `<lede-article><article lang="ar" dir="rtl"><header><p data-lede-labels><strong data-lede-label="breaking">عاجل</strong> <a data-lede-label="section" href="#local">محلي</a></p>
          <h1>البلدة الساحلية تصوّت على إبقاء العبّارة الليلية</h1>
          <p data-lede-times><time datetime="2026-11-24T07:45" data-lede-time="published">24/11/2026</time></p></header>
          <p>ستواصل رحلة الساعة 23:40 الإبحار حتى مارس.</p></article></lede-article>`,
          { lang: 'ar', dir: 'rtl' },
        ),
    },
    {
      name: 'persian page',
      checkLanguage: true,
      setup: () =>
        page(
          `<lede-article><article lang="fa" dir="rtl"><header><h1>شهر بندری به ادامهٔ کار کشتی شبانه رأی داد</h1>
          <p data-lede-times><time datetime="2026-11-24T07:45" data-lede-time="published">۳ آذر</time></p>
          <p data-lede-times>منتشرشده: <time datetime="2026-11-24T10:20" data-lede-time="published">۳ آذر</time></p>
          ${figure({ alt: 'کشتی با پنجره‌های روشن از آب تاریک می‌گذرد.', caption: 'حرکت ساعت ۲۳:۴۰ از بندر شرقی.', credit: 'تصویرگری', attributes: `enlarge-src="${LARGE}"` })}
          </header><p>کشتی تا اسفند هر شب حرکت می‌کند.</p></article></lede-article>`,
          FA,
        ),
    },
  ],
  figure: [
    {
      name: 'lead, with enlarge',
      setup: () => page(figure({ attributes: `lead enlarge-src="${LARGE}"` })),
    },
    {
      name: 'inline',
      setup: () =>
        page(
          figure({
            alt: 'Four campaigners sit behind a table stacked with boxes of petition forms.',
            caption: 'The petition arrived in eleven boxes.',
          }),
        ),
    },
    {
      name: 'enlarged',
      modal: true,
      setup: async () => {
        const holder = await page(figure({ attributes: `enlarge-src="${LARGE}"` }));
        const element = holder.querySelector<LedeFigure>('lede-figure')!;
        part(element, 'enlarge')!.click();
        await element.updateComplete;
        await until(() => !!element.shadowRoot!.querySelector('dialog[open]'), 'the dialog');
        await imageSettled(element.shadowRoot!.querySelector('dialog img')!);
        return holder;
      },
    },
    { name: 'failed image', setup: () => page(figure({ src: MISSING })) },
    {
      name: 'alt repeats the caption',
      setup: () => page(figure({ alt: CAPTION })),
    },
    {
      name: 'placeholder alt',
      setup: () => page(figure({ alt: '16x9 Image' })),
    },
    {
      name: 'file name as alt',
      setup: () => page(figure({ alt: 'IMG_4032.jpg' })),
    },
    {
      name: 'arabic, right to left',
      setup: () =>
        page(
          figure({
            alt: 'عبّارة مضاءة النوافذ تعبر مياهًا داكنة تحت البدر.',
            caption: 'رحلة الساعة 23:40 تغادر الميناء الشرقي.',
            credit: 'رسم توضيحي',
            attributes: `enlarge-src="${LARGE}"`,
          }),
          {
            lang: 'ar',
            dir: 'rtl',
          },
        ),
    },
    {
      name: 'persian page',
      checkLanguage: true,
      setup: () =>
        page(
          figure({
            alt: 'کشتی با پنجره‌های روشن از آب تاریک می‌گذرد.',
            caption: 'حرکت ساعت ۲۳:۴۰ از بندر شرقی.',
            credit: 'تصویرگری',
            attributes: `enlarge-src="${LARGE}"`,
          }),
          FA,
        ),
    },
  ],
  byline: [
    {
      name: 'byline',
      setup: () =>
        page(`<lede-byline><p>By <a href="#morwenna-tallis" rel="author">Morwenna Tallis</a>, transport reporter</p></lede-byline>`),
    },
    {
      name: 'author card',
      setup: () => page(authorCard(`<img src="${PORTRAIT}" alt="Morwenna Tallis" width="160" height="160">`)),
    },
    {
      name: 'missing portrait',
      setup: () => page(authorCard(`<img src="${MISSING}" alt="16x9 Image" width="160" height="160">`)),
    },
    {
      name: 'placeholder portrait that loads',
      setup: () => page(authorCard(`<img src="${PORTRAIT}" alt="16x9 Image" width="160" height="160">`)),
    },
    {
      name: 'two authors',
      setup: () =>
        page(
          `<lede-byline><p>By <a href="#a" rel="author">Morwenna Tallis</a> and <span data-lede-author>Idris Okafor</span></p></lede-byline>`,
        ),
    },
  ],
  'media-player': [
    { name: 'idle', setup: () => page(player()) },
    {
      name: 'loading',
      setup: async () => {
        const holder = await page(player());
        const element = playerIn(holder);
        element.engineLoader = () => new Promise(() => {});
        part(element, 'start')!.click();
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'loaded, paused',
      setup: async () => {
        const holder = await page(player({ attributes: 'preload' }));
        const element = playerIn(holder);
        await until(() => !!element.engine, 'the engine');
        await element.ready;
        await until(() => Number.isFinite(element.engine!.duration), 'the duration');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'loaded, at 1 minute 3 seconds',
      setup: async () => {
        const holder = await page(player());
        const element = playerIn(holder);
        const scripted = scriptedEngineLoader();
        element.engineLoader = scripted.load;
        part(element, 'start')!.click();
        await element.ready;
        scripted.engine().pause();
        scripted.engine().currentTime = 63;
        scripted.engine().emit('timeupdate');
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'captions on',
      setup: async () => {
        localStorage.removeItem('lede-caption-style');
        const holder = await page(player({ attributes: 'preload' }));
        const element = playerIn(holder);
        await until(() => !!element.engine, 'the engine');
        await element.ready;
        await element.updateComplete;
        const menu = part(element, 'captions')!.querySelector('select')!;
        menu.value = '0';
        menu.dispatchEvent(new Event('change'));
        element.engine!.currentTime = 1;
        await until(() => !!part(element, 'captions-display')?.textContent?.trim(), 'a caption');
        await until(
          () =>
            Number(part(element, 'seek')?.getAttribute('aria-valuenow') ?? (part(element, 'seek') as HTMLInputElement | null)?.value) === 1,
          'the time shown',
        );
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'two players in a row, then a figure',
      setup: async () => {
        const holder = await page(
          `${player({ attributes: 'preload' })}${player({ title: 'The ferry crew on the night run', attributes: 'preload' })}${figure()}`,
        );
        const players = [...holder.querySelectorAll<LedeMediaPlayer>('lede-media-player')];
        await until(() => players.every((element) => !!element.engine), 'both engines');
        await Promise.all(players.map((element) => element.ready));
        await until(() => players.every((element) => Number.isFinite(element.engine!.duration)), 'both durations');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await Promise.all(players.map((element) => element.updateComplete));
        return holder;
      },
    },
    {
      name: 'transcript open',
      setup: async () => {
        const holder = await page(player());
        const element = playerIn(holder);
        part(element, 'transcript-toggle')!.click();
        await until(() => element.shadowRoot!.querySelectorAll('[part~="cue"]').length > 0, 'the transcript');
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'authored transcript open',
      setup: async () => {
        const holder = await page(
          player({ tracks: '' }).replace(
            '</lede-media-player>',
            '<div slot="transcript"><p>Chair: The motion is carried, nine votes to four.</p></div></lede-media-player>',
          ),
        );
        const element = playerIn(holder);
        part(element, 'transcript-toggle')!.click();
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'failed',
      setup: async () => {
        const holder = await page(player({ src: `${MEDIA}/no-such-file.webm` }));
        const element = playerIn(holder);
        part(element, 'start')!.click();
        await until(() => !!part(element, 'error'), 'the failure');
        await new Promise((resolve) => setTimeout(resolve, 1500)); // past any late announcement
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'failed, captions missing too',
      setup: async () => {
        const holder = await page(
          player({
            src: `${MEDIA}/no-such-file.webm`,
            tracks: `<track kind="captions" src="${MEDIA}/no-such-captions.vtt" srclang="en" label="English">`,
          }),
        );
        const element = playerIn(holder);
        part(element, 'start')!.click();
        await until(() => !!part(element, 'error'), 'the failure');
        await new Promise((resolve) => setTimeout(resolve, 1500)); // past any late announcement
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'transcript open, captions missing',
      setup: async () => {
        const holder = await page(
          player({ tracks: `<track kind="captions" src="${MEDIA}/no-such-captions.vtt" srclang="en" label="English">` }),
        );
        const element = playerIn(holder);
        part(element, 'transcript-toggle')!.click();
        await until(() => !!part(element, 'transcript')?.textContent?.trim(), 'the transcript panel to say something');
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'nothing to play',
      setup: () =>
        page(
          `<lede-media-player media-title="Councillors vote to keep the night ferry" preload><p>The video will follow.</p></lede-media-player>`,
        ),
    },
    {
      name: 'audio only',
      setup: () =>
        page(
          `<lede-media-player media-title="The ferry vote on Harbour Radio" duration="PT2M52S"><audio controls preload="none"><source src="${MEDIA}/ferry-vote-radio.webm" type="audio/webm"></audio></lede-media-player>`,
        ),
    },
    {
      name: 'arabic, right to left, loaded',
      setup: async () => {
        const holder = await page(player({ title: 'المجلس يصوّت على إبقاء العبّارة الليلية' }), { lang: 'ar', dir: 'rtl' });
        const element = playerIn(holder);
        const scripted = scriptedEngineLoader();
        element.engineLoader = scripted.load;
        part(element, 'start')!.click();
        await element.ready;
        scripted.engine().pause();
        scripted.engine().currentTime = 63;
        scripted.engine().emit('timeupdate');
        await element.updateComplete;
        return holder;
      },
    },
    {
      name: 'persian page, idle',
      checkLanguage: true,
      setup: () => page(player({ title: FA_TITLE, tracks: FA_TRACKS }), FA),
    },
    {
      name: 'persian page, loaded',
      checkLanguage: true,
      setup: async () => {
        const holder = await page(player({ title: FA_TITLE, tracks: FA_TRACKS }), FA);
        const element = playerIn(holder);
        const scripted = scriptedEngineLoader();
        element.engineLoader = scripted.load;
        part(element, 'start')!.click();
        await element.ready;
        scripted.engine().pause();
        scripted.engine().currentTime = 63;
        scripted.engine().emit('timeupdate');
        await element.updateComplete;
        return holder;
      },
    },
  ],
};

// --- Fixtures ---------------------------------------------------------------------------------

const HEADER = (element: string) => `What a screen reader says about <lede-${element}>, walking the page from start to end.
One section per state; one phrase per line, as @guidepup/virtual-screen-reader says it
(role, name, value, states); "end of <role>" is where it leaves a container. Each page has a
paragraph before and after the element; the states are those of stories/<element>.stories.ts.
This file says what a reader SHOULD hear; test/screen-reader.test.ts compares it with what is said.
Rewrite it with: npx wtr --config test/transcripts/refresh.config.mjs (then review the diff).`;

async function refreshing(): Promise<boolean> {
  try {
    return (await executeServerCommand<boolean, Record<string, never>>('lede-transcripts-refresh', {})) === true;
  } catch {
    return false; // the command exists only under the refresh config
  }
}

const heard = new Map<string, Map<string, string[]>>();

for (const [element, states] of Object.entries(STATES)) {
  describe(`what a screen reader says: <lede-${element}>`, () => {
    let expected = new Map<string, string[]>();
    before(async () => {
      const response = await fetch(`/test/transcripts/${element}.txt`);
      expected = response.ok ? parseTranscripts(await response.text()) : new Map();
    });

    for (const state of states) {
      describe(state.name, () => {
        let holder: HTMLElement | undefined;
        let utterances: Utterance[] = [];
        before(async function () {
          this.timeout(20000);
          holder = await state.setup();
          utterances = await walk(holder);
          if (!heard.has(element)) heard.set(element, new Map());
          heard.get(element)!.set(
            state.name,
            utterances.map((u) => u.phrase),
          );
        });
        after(() => holder?.remove());

        it('says what the fixture says', () => {
          const want = expected.get(state.name);
          expect(want, `test/transcripts/${element}.txt has no "## ${state.name}" section`).to.exist;
          expect(utterances.map((u) => u.phrase).join('\n')).to.equal(want!.join('\n'));
        });

        it('reads each thing once, with no junk', () => {
          expect([...repeats(utterances), ...junk(utterances)]).to.deep.equal([]);
        });

        if (!state.modal) {
          it('is heard between the paragraphs around it, and nothing of it outside them', () => {
            const phrases = utterances.map((u) => u.phrase);
            const [before, after] = AROUND[holder!.lang]!;
            expect(phrases.slice(0, 3), 'the paragraph before').to.deep.equal(['paragraph', before, 'end of paragraph']);
            expect(phrases.slice(-3), 'the paragraph after').to.deep.equal(['paragraph', after, 'end of paragraph']);
          });
        }

        if (state.checkLanguage) {
          it('marks every English word Lede adds as English, so it is not read in a Persian voice', () => {
            expect(englishInTheWrongVoice(holder!)).to.deep.equal([]);
          });
        }
      });
    }
  });
}

describe('screen-reader helpers', () => {
  it('are needed: the virtual screen reader alone hears neither shadow roots nor slots', async () => {
    const holder = await page(
      `<lede-skip-links><a href="#main">Skip to main content</a></lede-skip-links><main id="main"><h1>Headline</h1></main>`,
    );
    try {
      const alone = await walkWithoutCopy(holder);
      expect(alone, 'the landmark in the shadow root is not heard').not.to.include('navigation, Accessibility links');
      expect(alone, 'the slotted link is heard where it is written, outside the landmark').to.include('link, Skip to main content');
    } finally {
      holder.remove();
    }
  });

  it('name every button and link as Chromium itself does, in shadow roots and slots', async function () {
    this.timeout(20000);
    const holder = await page(
      `<lede-skip-links><a href="#main">Skip to main content</a></lede-skip-links><main id="main">${figure({ attributes: `enlarge-src="${LARGE}"` })}${player()}</main>`,
    );
    holder.id = 'chromium-compare';
    try {
      const element = playerIn(holder);
      const scripted = scriptedEngineLoader();
      element.engineLoader = scripted.load;
      part(element, 'start')!.click();
      await element.ready;
      await element.updateComplete;
      const chromium = await ariaSnapshot('#chromium-compare');
      const named = (await walk(holder)).filter(({ phrase }) => /^(?:button|link), /.test(phrase));
      expect(named.length, 'buttons and links heard').to.be.greaterThan(6);
      for (const { phrase } of named) {
        const [role] = phrase.split(', ');
        expect(chromium, phrase).to.contain(`${role} "${said(phrase).replace(/"/g, '\\"')}"`);
      }
    } finally {
      holder.remove();
    }
  });

  it('hear what lives in shadow roots and slots, in the order the page shows it', async () => {
    const holder = await page(
      `<lede-skip-links><a href="#main">Skip to main content</a></lede-skip-links><main id="main"><h1>Headline</h1></main>`,
    );
    try {
      const phrases = (await walk(holder)).map((u) => u.phrase);
      expect(phrases.indexOf('navigation, Accessibility links'), 'the shadow-root landmark').to.be.greaterThan(0);
      expect(phrases.indexOf('link, Skip to main content'), 'the slotted link, inside it').to.be.greaterThan(
        phrases.indexOf('navigation, Accessibility links'),
      );
      expect(phrases).to.include('end of navigation, Accessibility links');
    } finally {
      holder.remove();
    }
  });

  it('find each kind of repeat, each kind of junk, and English in a Persian voice', async () => {
    const holder = await page(
      `<lede-test-probe><figure><img src="${IMAGE}" alt="Volunteers stack sandbags by the river" width="10" height="10"><figcaption>Volunteers stack sandbags by the river. Reuters</figcaption></figure></lede-test-probe>`,
    );
    try {
      const found = repeats(await walk(holder)).join('\n');
      expect(found, 'alt read again as caption').to.contain('"image, Volunteers stack sandbags by the river"');
      expect(found, 'time read as value and as text').to.contain('"1 minute, 3 seconds of 2 minutes, 52 seconds"');
      expect(found, 'error read from its paragraph and the alert').to.contain('"Sorry, this cannot be played here."');
      expect(found, 'a dialog named with the alt of its picture').to.contain('"dialog, A lit ferry crosses dark water"');
    } finally {
      holder.remove();
    }
    const messy = await page(
      `<button><span>0:00</span>The committee voted</button><nav aria-label="Accessibility links"></nav><img src="${IMAGE}" alt="16x9 Image" width="10" height="10">
       <img src="${IMAGE}" alt="IMG_4032.jpg" width="10" height="10"><p>Play video, 0 minutes, 8 seconds</p><button><svg aria-hidden="true"></svg></button>`,
    );
    try {
      const found = junk(await walk(messy)).join('\n');
      for (const kind of [
        'time glued',
        'empty landmark',
        '"image, 16x9 Image"',
        '"image, IMG_4032.jpg"',
        'zero unit',
        'button with no name',
      ]) {
        expect(found).to.contain(kind);
      }
    } finally {
      messy.remove();
    }
    const persian = await page(`<lede-test-probe></lede-test-probe>`, FA);
    try {
      const probe = persian.querySelector('lede-test-probe')!;
      expect(englishInTheWrongVoice(persian).join('\n')).to.contain('"Read the transcript"');
      probe.shadowRoot!.querySelector('#english')!.setAttribute('lang', 'en');
      expect(englishInTheWrongVoice(persian).join('\n')).not.to.contain('"Read the transcript"');
    } finally {
      persian.remove();
    }
  });
});

after(async () => {
  if (!(await refreshing())) return;
  for (const [element, states] of heard) {
    await executeServerCommand('lede-transcripts-write', {
      file: `${element}.txt`,
      text: formatTranscripts(HEADER(element), states),
    });
  }
});
