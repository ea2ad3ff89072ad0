// Test-server pieces for the hostile-input, CSP and lifecycle suites.
//
// Middleware:
//   POST /__hostile__/store?type=text/vtt   stores the request body; answers with a URL that serves it
//   GET  /__hostile__/file/<n>              that body, with the stored Content-Type
//   GET  /__hostile__/shell.html?module=…   an empty page that runs one external module (no inline script)
//
// Commands (through Playwright):
//   'dom-counters'  collects garbage, then answers Chromium's own counts of live DOM nodes,
//                   documents and JS event listeners in the page (DevTools protocol).
//   'screenshot'    saves a PNG of the page under test to `path` (under /tmp), to look at a state.
//   'run-page'      opens `url` in a new tab, waits up to `timeout` ms for `window.__hostileResult`
//                   and answers { timedOut, result }. A page that hangs cannot hang the caller.
const files = new Map();
let counter = 0;

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function hostileMiddleware() {
  return async function hostile(context, next) {
    if (!context.path.startsWith('/__hostile__/')) return next();
    if (context.path === '/__hostile__/store' && context.method === 'POST') {
      const id = ++counter;
      files.set(String(id), { type: String(context.query.type || 'text/plain'), body: await readBody(context.req) });
      context.type = 'text/plain';
      context.body = `/__hostile__/file/${id}`;
      return undefined;
    }
    const file = /^\/__hostile__\/file\/(\d+)$/.exec(context.path);
    if (file && files.has(file[1])) {
      const stored = files.get(file[1]);
      context.set('Content-Type', stored.type);
      context.set('Cache-Control', 'no-store');
      context.body = stored.body;
      return undefined;
    }
    if (context.path === '/__hostile__/shell.html') {
      const module = String(context.query.module || '');
      if (!/^\/test\/[\w/.-]+\.ts$/.test(module)) {
        context.status = 400;
        context.body = 'bad module';
        return undefined;
      }
      context.type = 'text/html';
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile input</title>` +
        `<script type="module" src="${module}"></script></head><body></body></html>`;
      return undefined;
    }
    context.status = 404;
    context.body = 'Not found';
    return undefined;
  };
}

export function hostileCommandsPlugin() {
  return {
    name: 'lede-hostile-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'dom-counters' && command !== 'run-page' && command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'screenshot') {
        if (!/^\/tmp\/[\w.-]+\.png$/.test(payload.path)) throw new Error('screenshot: give a path like /tmp/name.png');
        await page.screenshot({ path: payload.path });
        return true;
      }
      if (command === 'dom-counters') {
        const cdp = await page.context().newCDPSession(page);
        try {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          return await cdp.send('Memory.getDOMCounters');
        } finally {
          await cdp.detach();
        }
      }
      const other = await page.context().newPage();
      const timeout = payload.timeout ?? 5000;
      try {
        const outcome = await Promise.race([
          (async () => {
            await other.goto(new URL(payload.url, page.url()).href, { timeout });
            await other.waitForFunction(() => window.__hostileResult !== undefined, null, { timeout, polling: 50 });
            return { timedOut: false, result: await other.evaluate(() => window.__hostileResult) };
          })(),
          new Promise((resolve) => setTimeout(() => resolve({ timedOut: true, result: null }), timeout + 1000)),
        ]).catch((error) => ({ timedOut: true, result: String(error) }));
        return outcome;
      } finally {
        await other.close({ runBeforeUnload: false }).catch(() => undefined);
      }
    },
  };
}
