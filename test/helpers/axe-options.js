// The one place where Lede configures axe-core: used by the element tests (test/helpers/axe.ts)
// and by the check of every Storybook story (scripts/a11y-stories.mjs).

/** @type {import('axe-core').RunOptions} */
export const axeRunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  rules: {
    'color-contrast': { enabled: true },
    // A single element rendered on its own, as tests and stories do, is not inside the page
    // landmarks this rule asks for. The demo page, which has them, is checked with it on.
    region: { enabled: false },
  },
};
