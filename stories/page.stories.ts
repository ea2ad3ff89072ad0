import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { pageTemplate } from '../test/fixtures/page.js';

// Every element in the middle of a realistic page, as readers meet them: text above and below
// each element, two players one after the other, a figure right after a player. The markup is
// the README's full example (poster, tracks, transcript, lead figure that enlarges, author card).
const base = (folder: string) => new URL(`../demo/${folder}`, import.meta.url).href;

const meta: Meta = {
  title: 'Pages/News story',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  render: () => pageTemplate({ media: base('media'), images: base('images') }),
};
export default meta;
type Story = StoryObj;

/** The whole page, left to right. */
export const NewsStory: Story = {};

/** The same page right to left, as a right-to-left site lays it out. */
export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

/** The second player's file is missing: pressing its Play button shows the failure and its alternatives. */
export const FailingSecondPlayer: Story = {
  render: () => pageTemplate({ media: base('media'), images: base('images'), secondVideo: 'no-such-file.webm' }),
};
