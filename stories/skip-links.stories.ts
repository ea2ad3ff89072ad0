import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/skip-links/define.js';
import '../src/locales/ar.js';

/** A section inside an open shadow root, as another web component would render it. */
class StoryShadowSection extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<section id="story-comments" aria-labelledby="h"><h2 id="h">Comments</h2><p>This section lives in a shadow root.</p></section>';
  }
}
if (!customElements.get('story-shadow-section')) customElements.define('story-shadow-section', StoryShadowSection);

const page = (links: TemplateResult, extra: TemplateResult | string = '') => html`
  <lede-skip-links>${links}</lede-skip-links>
  <p>Press <kbd>Tab</kbd> to show the skip links, then <kbd>Enter</kbd> to follow one.</p>
  <nav id="story-nav" aria-label="Sections">
    <ul style="display: flex; gap: 1.5rem; list-style: none; padding: 0">
      <li><a href="#story-main">World</a></li>
      <li><a href="#story-main">Business</a></li>
    </ul>
  </nav>
  <form id="story-search" role="search"><label>Search <input type="search" /></label></form>
  <main id="story-main"><h1>Headline</h1><p>Story text.</p></main>
  ${extra}
`;

const links = html`<a href="#story-main">Skip to main content</a><a href="#story-nav">Skip to navigation</a
  ><a href="#story-search">Skip to search</a>`;

const meta: Meta = {
  title: 'Elements/Skip links',
  component: 'lede-skip-links',
  tags: ['autodocs'],
  render: () => page(links),
};
export default meta;
type Story = StoryObj;

/** Out of sight until a keyboard user tabs into it. */
export const Default: Story = {};

/** The bar as it shows while its first link has focus. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLAnchorElement>('lede-skip-links a')?.focus();
  },
};

/** A link whose target does not exist is hidden from everyone, and the console names the id. */
export const MissingTarget: Story = {
  render: () => page(html`<a href="#story-main">Skip to main content</a><a href="#no-such-id">Skip to the live blog</a>`),
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLAnchorElement>('lede-skip-links a')?.focus();
  },
};

/** The target sits inside another element's open shadow root, which a plain fragment cannot reach. */
export const ShadowRootTarget: Story = {
  render: () =>
    page(html`<a href="#story-main">Skip to main content</a><a href="#story-comments">Skip to comments</a>`, html`<story-shadow-section></story-shadow-section>`),
  play: async ({ canvasElement }) => {
    canvasElement.querySelectorAll<HTMLAnchorElement>('lede-skip-links a')[1]?.focus();
  },
};

/** An Arabic, right-to-left page: the landmark is named in Arabic and the bar starts on the right. */
export const ArabicRightToLeft: Story = {
  render: () => html`<div lang="ar" dir="rtl">
    <lede-skip-links><a href="#ar-main">تخطَّ إلى المحتوى الرئيسي</a><a href="#ar-search">تخطَّ إلى البحث</a></lede-skip-links>
    <form id="ar-search" role="search"><label>بحث <input type="search" /></label></form>
    <main id="ar-main"><h1>العنوان</h1><p>نص الخبر.</p></main>
  </div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLAnchorElement>('lede-skip-links a')?.focus();
  },
};

/**
 * A Persian page, a language Lede ships no strings for: the landmark's English fallback name
 * carries `lang="en"`, and the author's Persian links keep their own language.
 */
export const UntranslatedLanguage: Story = {
  render: () => html`<div lang="fa" dir="rtl">
    <lede-skip-links><a href="#fa-main">پرش به محتوای اصلی</a></lede-skip-links>
    <main id="fa-main"><h1>عنوان</h1><p>متن خبر.</p></main>
  </div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLAnchorElement>('lede-skip-links a')?.focus();
  },
};

/**
 * No usable link: every target is missing, or a link's href skips nowhere (`#`). The links are
 * hidden, each named in one console warning, and there is no empty landmark.
 */
export const NoUsableLinks: Story = {
  render: () => page(html`<a href="#no-such-id">Skip to the live blog</a><a href="#">Skip to the top</a>`),
};
