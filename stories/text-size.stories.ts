import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/text-size/define.js';
import '../src/locales/ar.js';

type Args = { value: number; steps?: string; labels?: string; label?: string };

const sample = html`<article id="story-article" style="max-inline-size: 40rem">
  <h2 style="font-size: 1.6em; line-height: 1.2">Flood defences hold as river peaks overnight</h2>
  <p style="font-size: 1em; line-height: 1.5">
    Sandbags and temporary barriers kept the water out of the town centre, the council said, as
    the river reached its highest level in twenty years shortly after midnight.
  </p>
</article>`;

/** Stories scale one container and keep nothing in storage, so they stay independent. */
const meta: Meta<Args> = {
  title: 'Elements/Text size',
  component: 'lede-text-size',
  tags: ['autodocs'],
  args: { value: 100 },
  argTypes: { value: { control: { type: 'select' }, options: [100, 125, 150, 200] } },
  render: ({ value, steps, labels, label }) => html`
    <lede-text-size
      for="story-article"
      storage-key=""
      value=${value}
      steps=${steps ?? nothing}
      labels=${labels ?? nothing}
      label=${label ?? nothing}
    ></lede-text-size>
    ${sample}
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** As designed: 100%. */
export const Standard: Story = {};
/** 125%. */
export const Large: Story = { args: { value: 125 } };
/** 150%. */
export const Larger: Story = { args: { value: 150 } };
/** 200%: the largest size WCAG 1.4.4 asks for. */
export const Largest: Story = { args: { value: 200 } };

/** Steps and labels set by attribute. */
export const CustomSteps: Story = {
  args: { steps: '100 150 200', labels: 'Normal, Big, Huge', label: 'Font size' },
};

/** Storage throws (private mode, sandboxed frame): the switcher still works for this page. */
export const StorageBlocked: Story = {
  render: () => html`<lede-text-size for="story-article" storage-key="lede-story-blocked"></lede-text-size>${sample}`,
  beforeEach: () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Storage is blocked in this story.', 'SecurityError');
      },
    });
    return () => {
      if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
      else delete (window as { localStorage?: Storage }).localStorage;
    };
  },
};

/** Arabic, right to left. */
export const ArabicRightToLeft: Story = {
  render: () => html`<div lang="ar" dir="rtl">
    <lede-text-size for="story-article-ar" storage-key="" value="125"></lede-text-size>
    <article id="story-article-ar">
      <h2 style="font-size: 1.6em; line-height: 1.2">السدود تصمد مع بلوغ النهر ذروته ليلًا</h2>
      <p style="font-size: 1em; line-height: 1.5">قالت البلدية إن أكياس الرمل والحواجز المؤقتة أبقت المياه بعيدًا عن وسط المدينة.</p>
    </article>
  </div>`,
};

/** A Persian page, a language Lede ships no strings for: the English fallback words carry `lang="en"`. */
export const UntranslatedLanguage: Story = {
  render: () => html`<div lang="fa" dir="rtl">
    <lede-text-size for="story-article-fa" storage-key=""></lede-text-size>
    <article id="story-article-fa">
      <h2 style="font-size: 1.6em; line-height: 1.2">دیوار رودخانه تاب آورد</h2>
      <p style="font-size: 1em; line-height: 1.5">شهرداری گفت کیسه‌های شن آب را از مرکز شهر دور نگه داشت.</p>
    </article>
  </div>`,
};

/** `steps` lists a size twice: it is offered once, and the console says so once. */
export const RepeatedSteps: Story = {
  render: () => html`<lede-text-size for="story-article" storage-key="" steps="100 150 150 200"></lede-text-size>${sample}`,
};
