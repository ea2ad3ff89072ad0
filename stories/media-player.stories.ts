import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/media-player/define.js';
import '../src/locales/ar.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';

// Our own sample media (ffmpeg test pictures with a tone) and the tracks written for them.
const media = (file: string) => new URL(`../demo/media/${file}`, import.meta.url).href;
const tracks = html`<track kind="captions" src=${media('ferry-vote.en.vtt')} srclang="en" label="English" />
  <track kind="subtitles" src=${media('ferry-vote.ar.vtt')} srclang="ar" label="العربية" />
  <track kind="descriptions" src=${media('ferry-vote.descriptions.en.vtt')} srclang="en" label="English descriptions" />
  <track kind="chapters" src=${media('ferry-vote.chapters.en.vtt')} srclang="en" label="Chapters" />`;
const video = (src = media('ferry-vote.webm')) =>
  html`<video controls preload="none" poster=${media('ferry-vote-poster.jpg')}>
    <source src=${src} type="video/webm" />
    ${tracks}
  </video>`;
const player = (attributes: { preload?: boolean; autoplay?: boolean; src?: string; title?: string } = {}) =>
  html`<lede-media-player
      media-title=${attributes.title ?? 'Councillors vote to keep the night ferry'}
      duration="8"
      ?preload=${attributes.preload}
      ?autoplay=${attributes.autoplay}
      download-src=${media('ferry-vote.webm')}
      >${video(attributes.src)}</lede-media-player
    >
    <p>The story continues after the video.</p>`;

const element = (canvas: HTMLElement) => canvas.querySelector<LedeMediaPlayer>('lede-media-player')!;
const until = async (condition: () => boolean, timeout = 8000) => {
  const start = performance.now();
  while (!condition() && performance.now() - start < timeout) await new Promise((resolve) => setTimeout(resolve, 50));
};

const meta: Meta = {
  title: 'Elements/Media player',
  component: 'lede-media-player',
  tags: ['autodocs'],
  decorators: [(story) => html`<div lang="en" style="max-inline-size: 40rem">${story()}</div>`],
  render: () => player(),
};
export default meta;
type Story = StoryObj;

/** Before the reader asks: the poster and one play button that says what and how long. No player code has loaded. */
export const Idle: Story = {};

/** The engine is downloading: the button is busy and a polite live region says "Loading video". */
export const Loading: Story = {
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    el.engineLoader = () => new Promise(() => {});
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.click();
    await el.updateComplete;
  },
};

/** Playing, muted, as `autoplay` does when the reader has not asked for reduced motion. */
export const Playing: Story = {
  render: () => player({ autoplay: true }),
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await until(() => !!el.engine && !el.engine.paused);
  },
};

/** Loaded with `preload` and paused: the full control bar. */
export const Paused: Story = {
  render: () => player({ preload: true }),
  play: async ({ canvasElement }) => {
    await until(() => !!element(canvasElement).engine);
  },
};

/** Captions on, in the remembered style. */
export const CaptionsOn: Story = {
  render: () => player({ preload: true }),
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await until(() => !!el.engine);
    await el.updateComplete;
    const menu = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="captions"] select')!;
    menu.value = '0';
    menu.dispatchEvent(new Event('change'));
    el.engine!.currentTime = 1;
    await until(() => !!el.shadowRoot!.querySelector('[part~="captions-display"]'));
  },
};

/** The transcript, built from the captions; each line seeks there. */
export const TranscriptOpen: Story = {
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="transcript-toggle"]')!.click();
    await until(() => el.shadowRoot!.querySelectorAll('[part~="cue"]').length > 0);
  },
};

/** The file cannot be played: one assertive announcement, and every alternative that exists. */
export const Failed: Story = {
  render: () => player({ src: media('no-such-file.webm') }),
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.click();
    await until(() => !!el.shadowRoot!.querySelector('[part~="error"]'));
  },
};

/** Radio: the same shell around `<audio>`. */
export const AudioOnly: Story = {
  render: () => html`<lede-media-player media-title="The ferry vote on Harbour Radio" duration="8"
    ><audio controls preload="none"><source src=${media('ferry-vote-radio.webm')} type="audio/webm" /></audio
  ></lede-media-player>`,
};

/** Arabic, right to left: names, times in words, controls and captions. */
export const ArabicRightToLeft: Story = {
  decorators: [(story) => html`<div lang="ar" dir="rtl" style="max-inline-size: 40rem">${story()}</div>`],
  render: () => player({ preload: true, title: 'المجلس يصوّت على إبقاء العبّارة الليلية' }),
  play: async ({ canvasElement }) => {
    await until(() => !!element(canvasElement).engine);
  },
};

/**
 * In the middle of a story: text above and below, two players in a row. "Skip past the video"
 * covers nothing until it has focus, then shows inside its own player.
 */
export const InAPage: Story = {
  render: () => html`<p>
      The 23:40 crossing from Eastquay will keep sailing seven nights a week until March, after the harbour committee voted
      nine to four.
    </p>
    <blockquote><p>For a lot of us there is no other way home.</p></blockquote>
    ${player()}
    <lede-media-player media-title="The night nurse who takes the last boat" duration="8">${video()}</lede-media-player>
    <p>The committee will review the timetable in March.</p>`,
};

/** No `<video>` inside: a calm message instead of a play button that could do nothing; no engine loads. */
export const NothingToPlay: Story = {
  render: () => html`<lede-media-player media-title="Councillors vote to keep the night ferry" preload
    ><p>The video will follow.</p></lede-media-player
  >`,
};

/** The file and its captions are both missing: the transcript is not offered, because it would be empty. */
export const FailedWithoutCaptions: Story = {
  render: () => html`<lede-media-player media-title="Councillors vote to keep the night ferry" duration="8" download-src=${media('ferry-vote.webm')}
    ><video controls preload="none">
      <source src=${media('no-such-file.webm')} type="video/webm" />
      <track kind="captions" src=${media('no-such-captions.vtt')} srclang="en" label="English" /></video
  ></lede-media-player>`,
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.click();
    await until(() => !!el.shadowRoot!.querySelector('[part~="error"]'));
  },
};

/**
 * A Persian page, a language Lede has no translation for: every string falls back to English
 * and says so (`lang="en"`), so a screen reader speaks it with an English voice.
 */
export const UntranslatedLanguage: Story = {
  decorators: [(story) => html`<div lang="fa" dir="rtl" style="max-inline-size: 40rem">${story()}</div>`],
  render: () => player({ preload: true, title: 'شورا به ادامهٔ کشتی شبانه رأی داد' }),
  play: async ({ canvasElement }) => {
    await until(() => !!element(canvasElement).engine);
  },
};
