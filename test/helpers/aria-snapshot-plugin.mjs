// A @web/test-runner command that returns Playwright's ARIA snapshot of an element: Chromium's own
// accessibility tree (roles, names, states), flattened across shadow roots. Tests use it to check
// what a screen reader is told, which axe does not judge.
export function ariaSnapshotPlugin() {
  return {
    name: 'aria-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-snapshot') return undefined;
      const page = session.browser.getPage(session.id);
      return page.locator(payload.selector).first().ariaSnapshot();
    },
  };
}
