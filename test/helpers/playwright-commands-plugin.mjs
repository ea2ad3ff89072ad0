// @web/test-runner commands that reach past the page under test through Playwright:
// - 'aria-snapshot': Chromium's own accessibility tree (roles, names, states) below an element,
//   flattened across shadow roots, as Playwright's YAML. Axe does not judge what a screen
//   reader is told; this lets tests read it.
// - 'set-storage-in-other-tab': opens a second tab on the same origin, sets a localStorage item
//   there and closes it, so the page under test receives a real `storage` event.
export function playwrightCommandsPlugin() {
  return {
    name: 'lede-playwright-commands',
    async executeCommand({ command, payload, session }) {
      const page = session.browser.getPage(session.id);
      if (command === 'aria-snapshot') {
        return page.locator(payload.selector).first().ariaSnapshot();
      }
      if (command === 'set-storage-in-other-tab') {
        const other = await page.context().newPage();
        try {
          await other.goto(new URL('/', page.url()).href);
          await other.evaluate(({ key, value }) => localStorage.setItem(key, value), payload);
        } finally {
          await other.close();
        }
        return true;
      }
      return undefined;
    },
  };
}
