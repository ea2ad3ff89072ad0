import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/article/define.js';
import '../src/byline/define.js';
import '../src/figure/define.js';
import '../src/locales/ar.js';
import { images } from './story-images.js';

/** The story as a CMS would send it: plain HTML. */
const STORY = `
<article lang="en-GB">
  <header>
    <p data-lede-labels>
      <strong data-lede-label="breaking">Breaking News</strong>
      <a data-lede-label="section" href="#local">Local</a>
    </p>
    <h1>Harbour town votes to keep its night ferry running through the winter</h1>
    <p data-lede-standfirst>Councillors reversed a plan to suspend the late crossing after shift workers said the last boat is the only way home.</p>
    <p data-lede-times>
      <time datetime="2026-11-24T07:45:00Z" data-lede-time="published">24 November 2026, 07:45 GMT</time> ·
      <time datetime="2026-11-24T10:20:00Z" data-lede-time="updated">24 November 2026, 10:20 GMT</time>
    </p>
    <lede-byline><p>By <a href="#morwenna-tallis" rel="author">Morwenna Tallis</a>, transport reporter</p></lede-byline>
    <lede-figure lead enlarge-src="${images.ferryLarge}">
      <figure>
        <img src="${images.ferry}" alt="A ferry with its cabin windows lit crosses dark water under a full moon." width="1200" height="675">
        <figcaption>The 23:40 sailing leaves Eastquay for the island. <span data-lede-credit>Lede Courier illustration</span></figcaption>
      </figure>
    </lede-figure>
  </header>
  <p>The 23:40 crossing will keep sailing seven nights a week until March, after the harbour committee voted by nine to four.</p>
  <h2>"The last boat is the last bus"</h2>
  <p>More than two thousand people signed a petition against the cut.</p>
  <blockquote>
    <p>For a lot of us there is no other way home.</p>
    <footer>— Aisling Roe, night nurse</footer>
  </blockquote>
  <lede-figure>
    <figure>
      <img src="${images.committee}" alt="Four campaigners sit behind a table stacked with boxes of petition forms." width="800" height="533">
      <figcaption>The petition arrived in eleven boxes. <span data-lede-credit>Lede Courier illustration</span></figcaption>
    </figure>
  </lede-figure>
  <h2>What happens next</h2>
  <ul>
    <li>The late sailings run every night until 31 March.</li>
    <li>A public meeting on a smaller vessel is planned for January.</li>
  </ul>
  <footer>
    <lede-byline id="morwenna-tallis">
      <img src="${images.portrait}" alt="Morwenna Tallis" width="160" height="160">
      <p><a href="#morwenna-tallis" rel="author">Morwenna Tallis</a></p>
      <p>Transport reporter. She travels to work on the 07:10 boat.</p>
    </lede-byline>
  </footer>
</article>`;

const article = (markup: string = STORY, attributes = ''): TemplateResult =>
  html`${unsafeHTML(`<lede-article ${attributes}>${markup}</lede-article>`)}`;

/** Sets the page's text size as <lede-text-size> would, and puts it back after the story. */
const atTextSize = (percent: number): Story['beforeEach'] => () => {
  document.documentElement.style.fontSize = `${percent}%`;
  return () => {
    document.documentElement.style.fontSize = '';
  };
};

const meta: Meta = {
  title: 'Elements/Article',
  component: 'lede-article',
  tags: ['autodocs'],
  render: () => article(),
};
export default meta;
type Story = StoryObj;

/** A whole story, pasted in as a CMS sends it, with NewsArticle JSON-LD. */
export const Story: Story = { render: () => article(STORY, 'json-ld') };

/** A live story: the marker fades slowly, and stands still under reduced motion. */
export const Live: Story = {
  render: () =>
    article(`<article lang="en-GB"><header><p data-lede-labels><span data-lede-label="live">Live</span> <a data-lede-label="section" href="#weather">Weather</a></p>
      <h1>Storm Imogen: ferries cancelled as gusts reach 80mph</h1>
      <p data-lede-times><time datetime="2026-11-24T06:00Z" data-lede-time="updated">06:00</time></p></header>
      <p>All sailings from Eastquay are suspended until at least midday.</p></article>`),
};

/** Arabic, right to left: labels, dates and the quote rule all mirror. */
export const ArabicRightToLeft: Story = {
  render: () =>
    article(`<article lang="ar" dir="rtl"><header><p data-lede-labels><strong data-lede-label="breaking">عاجل</strong> <a data-lede-label="section" href="#local">محلي</a></p>
      <h1>البلدة الساحلية تصوّت على إبقاء العبّارة الليلية طوال الشتاء</h1>
      <p data-lede-standfirst>تراجع أعضاء المجلس عن خطة لتعليق الرحلة المتأخرة.</p>
      <p data-lede-times><time datetime="2026-11-24T07:45:00Z" data-lede-time="published">24/11/2026</time></p></header>
      <p>ستواصل رحلة الساعة 23:40 الإبحار سبع ليالٍ في الأسبوع حتى مارس.</p>
      <blockquote><p>بالنسبة لكثيرين منا لا توجد طريقة أخرى للعودة إلى البيت.</p><footer>— ممرضة ليلية</footer></blockquote></article>`),
};

/**
 * Persian, right to left, in a language Lede ships no strings for. "Published" falls back to
 * English and is marked `lang="en"`; the update time already has the author's own Persian label,
 * so Lede adds none. Dates are Persian, through Intl.
 */
export const PersianFallbackStrings: Story = {
  render: () =>
    article(`<article lang="fa" dir="rtl"><header>
      <h1>شهر بندری به ادامهٔ کشتی شبانه در تمام زمستان رأی داد</h1>
      <p data-lede-standfirst>اعضای شورا طرح تعلیق آخرین سفر شبانه را پس گرفتند.</p>
      <p data-lede-times><time datetime="2026-11-24T07:45:00Z" data-lede-time="published">۳ آذر</time> ·
        به‌روزرسانی: <time datetime="2026-11-24T10:20:00Z" data-lede-time="updated">۱۰:۲۰</time></p></header>
      <p>کشتی ساعت ۲۳:۴۰ تا اسفند هر شب حرکت خواهد کرد.</p></article>`),
};

/**
 * A story element nested in another (a CMS embedding a related story whole). Each labels only
 * its own times, so the page settles: the outer says "First published", the inner "Published".
 */
export const NestedStories: Story = {
  render: () =>
    article(
      `<article lang="en-GB"><h1>Ferry keeps running</h1>
      <p data-lede-times><time datetime="2026-11-24" data-lede-time="published">24 November</time></p>
      <p>The vote was nine to four.</p>
      <lede-article><article lang="en-GB"><h1>Related: the 2019 timetable change</h1>
        <p data-lede-times><time datetime="2019-03-01" data-lede-time="published">1 March 2019</time></p>
        <p>The late crossing was first cut to five nights a week.</p></article></lede-article></article>`,
      'published-label="First published"',
    ),
};

/** A 300-character headline in a 320 px column: it wraps, nothing scrolls sideways. */
export const LongHeadlineAt320px: Story = {
  decorators: [(story) => html`<div style="inline-size: 320px; outline: 1px dashed">${story()}</div>`],
  render: () =>
    article(
      `<article lang="en-GB"><h1>${'Residents of Eastquay and the island told to expect delays as '.repeat(4).slice(0, 250)}Harbourmastersdepartmentannouncement</h1><p>Body text.</p></article>`,
    ),
};

/** Standard text size (100%). */
export const TextSize100: Story = { beforeEach: atTextSize(100) };
/** Large text (125%), as the text-size switcher sets it. */
export const TextSize125: Story = { beforeEach: atTextSize(125) };
/** Larger text (150%). */
export const TextSize150: Story = { beforeEach: atTextSize(150) };
/** Largest text (200%): nothing clips or overlaps. */
export const TextSize200: Story = { beforeEach: atTextSize(200) };

/** The dark scheme, used when the site declares `color-scheme: light dark` and the reader prefers dark. */
export const DarkScheme: Story = {
  decorators: [
    (story) => html`<div style="color-scheme: dark; background: Canvas; color: CanvasText; padding: 1rem">${story()}</div>`,
  ],
};

/**
 * Print: open the browser's print preview (or DevTools › Rendering › "Emulate CSS media type:
 * print"). The story takes the full width, external links print their address, figures and quotes
 * are not split across pages. The test suite checks these rules under emulated print media.
 */
export const Print: Story = { render: () => article(STORY.replace('<p>More than', '<p>See <a href="https://example.com/timetable">the winter timetable</a>. More than')) };

/**
 * Markup with problems axe cannot see: a "click here" link, a placeholder alt and a date no one
 * can read. The story still reads; the console lists each problem once, with the fix.
 */
export const AuthoringProblems: Story = {
  render: () =>
    article(`<article lang="en-GB"><h1>Ferry timetable changes</h1>
      <p data-lede-times><time datetime="Monday evening" data-lede-time="published">Monday evening</time></p>
      <p>The new timetable is out. <a href="#timetable">Click here</a>.</p>
      <lede-figure><figure><img src="${images.committee}" alt="16x9 Image" width="800" height="533"><figcaption>The committee.</figcaption></figure></lede-figure></article>`),
};

/** A CMS that sends no `<article>`: the element takes the article role itself. */
export const NoArticleElement: Story = {
  render: () => html`<div lang="en-GB">${article('<h1>Ferry keeps running</h1><p>The vote was nine to four.</p>')}</div>`,
};
