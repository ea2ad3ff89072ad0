// @web/test-runner commands that reach past the page under test through Playwright:
// - 'aria-snapshot': Chromium's own accessibility tree (roles, names, states) below an element,
//   flattened across shadow roots, as Playwright's YAML. Axe does not judge what a screen
//   reader is told; this lets tests read it.
// - 'chromium-ax-node': the role and name Chromium computed for one element (light DOM only).
// - 'set-storage-in-other-tab': opens a second tab on the same origin, sets a localStorage item
//   there and closes it, so the page under test receives a real `storage` event.
// - 'screenshot': saves a PNG of the page under /tmp, to look at a state before claiming it.
// - 'race-text-size-in-other-tab': opens a second tab on a page with a <lede-text-size>, then
//   picks one size there and another in the page under test at the same moment; returns what the
//   second tab shows and what its storage holds once both have settled.
export function playwrightCommandsPlugin() {
  return {
    name: 'lede-playwright-commands',
    async executeCommand({ command, payload, session }) {
      const page = session.browser.getPage(session.id);
      if (command === 'aria-snapshot') {
        return page.locator(payload.selector).first().ariaSnapshot();
      }
      if (command === 'chromium-ax-node') {
        // Chromium's own computed role and name (through the DevTools protocol), which also
        // knows roles an element gives itself through ElementInternals.
        const cdp = await page.context().newCDPSession(page);
        try {
          const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload.selector });
          if (!nodeId) return null;
          const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
          const node = nodes[0];
          return node ? { role: node.role?.value ?? '', name: node.name?.value ?? '' } : null;
        } finally {
          await cdp.detach();
        }
      }
      if (command === 'screenshot') {
        // For looking at a page state while writing a test; pictures go under /tmp only.
        if (!/^\/tmp\/[\w./-]+\.png$/.test(payload.path) || payload.path.includes('..')) throw new Error('screenshots go to /tmp/*.png');
        await page.screenshot({ path: payload.path, fullPage: !!payload.fullPage });
        return true;
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
      if (command === 'race-text-size-in-other-tab') {
        const other = await page.context().newPage();
        // Both tabs click at one agreed instant on the shared clock, not one round trip apart.
        const choose = ({ size, at }) =>
          new Promise((resolve) =>
            setTimeout(() => {
              document.querySelector('lede-text-size').shadowRoot.querySelector(`input[value="${size}"]`).click();
              resolve();
            }, at - Date.now()),
          );
        try {
          await other.goto(new URL(payload.url, page.url()).href);
          await other.waitForFunction(() => document.querySelector('lede-text-size')?.shadowRoot?.querySelector('input'));
          const rounds = [];
          for (const [here, there] of payload.rounds) {
            const at = Date.now() + 100;
            await Promise.all([page.evaluate(choose, { size: here, at }), other.evaluate(choose, { size: there, at })]);
            await other.waitForTimeout(payload.settleMs);
            rounds.push(
              await other.evaluate((key) => ({
                shown: document.querySelector('lede-text-size').shadowRoot.querySelector('input:checked')?.value,
                stored: localStorage.getItem(key),
              }), payload.key),
            );
          }
          return rounds;
        } finally {
          await other.close();
        }
      }
      return undefined;
    },
  };
}
