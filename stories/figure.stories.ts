import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/figure/define.js';
import '../src/locales/ar.js';
import { images } from './story-images.js';

const ALT = 'A ferry with its cabin windows lit crosses dark water under a full moon.';
const CAPTION = 'The 23:40 sailing leaves Eastquay for the island.';

const figure = ({ src = images.ferry, alt = ALT, caption = CAPTION, lead = false, enlarge = false } = {}) => html`
  <lede-figure ?lead=${lead} enlarge-src=${enlarge ? images.ferryLarge : ''}>
    <figure>
      <img src=${src} alt=${alt} width="1200" height="675" />
      <figcaption>${caption} <span data-lede-credit>Lede Courier illustration</span></figcaption>
    </figure>
  </lede-figure>
`;

const meta: Meta = {
  title: 'Elements/Figure',
  component: 'lede-figure',
  tags: ['autodocs'],
  decorators: [(story) => html`<div lang="en" style="max-inline-size: 40rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

/** The story's lead picture: loaded first (`fetchpriority="high"`), and it can be enlarged. */
export const Lead: Story = { render: () => figure({ lead: true, enlarge: true }) };

/** A picture inside the body: lazy-loaded, box reserved from width and height. */
export const Inline: Story = {
  render: () => html`<p>The committee met on Monday evening.</p>
    <lede-figure>
      <figure>
        <img
          src=${images.committee}
          alt="Four campaigners sit behind a table stacked with boxes of signed petition forms."
          width="800"
          height="533"
        />
        <figcaption>Campaigners brought the petition in eleven boxes. <span data-lede-credit>Lede Courier illustration</span></figcaption>
      </figure>
    </lede-figure>
    <p>The vote was nine to four.</p>`,
};

/** The larger picture open in its modal dialog: focus is inside, Escape closes. */
export const Enlarged: Story = {
  render: () => figure({ enlarge: true }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('lede-figure')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="enlarge"]')!.click();
  },
};

/** The image fails to load: a calm box shows its alt text, the caption stays, the console names the URL. */
export const FailedImage: Story = { render: () => figure({ src: images.missing }) };

/** The alt repeats the caption: the image becomes presentational so the text is read once (and a warning says so). */
export const DuplicatedAlt: Story = { render: () => figure({ alt: CAPTION }) };

/**
 * A placeholder alt ("16x9 Image"): in every build the picture becomes decorative and the caption
 * tells, so no reader hears the placeholder; in development the console asks for a description.
 */
export const PlaceholderAlt: Story = { render: () => figure({ alt: '16x9 Image' }) };

/** The larger picture fails to load: the dialog shows the normal one, and the console names the URL. */
export const EnlargeFails: Story = {
  render: () => html`<lede-figure enlarge-src=${images.missing}>
    <figure>
      <img src=${images.ferry} alt=${ALT} width="1200" height="675" />
      <figcaption>${CAPTION} <span data-lede-credit>Lede Courier illustration</span></figcaption>
    </figure>
  </lede-figure>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('lede-figure')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="enlarge"]')!.click();
  },
};

/**
 * Persian, right to left, in a language Lede ships no strings for: "Image source:", "Enlarge
 * image" and "Close" fall back to English and say so (`lang="en"`), so a screen reader switches
 * voice. The image has failed: its box keeps the reserved size.
 */
export const PersianFallbackStrings: Story = {
  decorators: [(story) => html`<div lang="fa" dir="rtl" style="max-inline-size: 40rem">${story()}</div>`],
  render: () =>
    figure({ src: images.missing, alt: 'قایقی با پنجره‌های روشن از آب تاریک زیر ماه کامل می‌گذرد.', caption: 'قایق ساعت ۲۳:۴۰ بندر شرقی را ترک می‌کند.', enlarge: true }),
};

/** Arabic, right to left: the hidden credit label is Arabic too. */
export const ArabicRightToLeft: Story = {
  decorators: [(story) => html`<div lang="ar" dir="rtl" style="max-inline-size: 40rem">${story()}</div>`],
  render: () =>
    figure({ alt: 'عبّارة مضاءة النوافذ تعبر مياهًا داكنة تحت البدر.', caption: 'رحلة الساعة 23:40 تغادر الميناء الشرقي.', enlarge: true }),
};
