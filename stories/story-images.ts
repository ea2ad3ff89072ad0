// The demo's own illustrations, resolved by Vite so Storybook's build ships them.
export const images = {
  ferry: new URL('../demo/images/ferry-at-night.svg', import.meta.url).href,
  ferryLarge: new URL('../demo/images/ferry-at-night-large.svg', import.meta.url).href,
  committee: new URL('../demo/images/harbour-committee.svg', import.meta.url).href,
  portrait: new URL('../demo/images/morwenna-tallis.svg', import.meta.url).href,
  /** An address that answers 404, like a dead CMS link. */
  missing: '/lede-story-missing-image.jpg',
};
