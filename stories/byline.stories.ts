import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/byline/define.js';
import { images } from './story-images.js';

const card = (portrait: unknown) => html`<lede-byline>
  ${portrait}
  <p><a href="#morwenna-tallis" rel="author">Morwenna Tallis</a></p>
  <p>Transport reporter</p>
  <p>Morwenna has covered ferries, buses and the coast road for the Courier since 2019.</p>
</lede-byline>`;

/** The model page's text for a missing picture, which Lede must never show. */
const PLACEHOLDER_ALT = '16x9 Image';

const meta: Meta = {
  title: 'Elements/Byline',
  component: 'lede-byline',
  tags: ['autodocs'],
  decorators: [(story) => html`<div lang="en" style="max-inline-size: 40rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

/** A one-line byline under the headline. */
export const Byline: Story = {
  render: () => html`<lede-byline><p>By <a href="#morwenna-tallis" rel="author">Morwenna Tallis</a>, transport reporter</p></lede-byline>`,
};

/** An author card; the portrait's alt only repeated the name, so it is made decorative. */
export const AuthorCard: Story = {
  render: () => card(html`<img src=${images.portrait} alt="Morwenna Tallis" width="160" height="160" />`),
};

/** The portrait fails to load: nothing shows in its place (never "16x9 Image"). */
export const MissingPortrait: Story = {
  render: () => card(html`<img src=${images.missing} alt=${PLACEHOLDER_ALT} width="160" height="160" />`),
};

/** Two authors, no portraits. */
export const TwoAuthors: Story = {
  render: () => html`<lede-byline
    ><p>
      By <a href="#a" rel="author">Morwenna Tallis</a> and <span data-lede-author>Idris Okafor</span>
    </p></lede-byline
  >`,
};

/** A portrait that loads but whose alt is a placeholder: it is decorative in every build, so the name is all a reader hears. */
export const PlaceholderPortrait: Story = {
  render: () => card(html`<img src=${images.portrait} alt=${PLACEHOLDER_ALT} width="160" height="160" />`),
};
