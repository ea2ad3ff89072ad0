#!/usr/bin/env node
// `npm run bench`: Lede against plain semantic HTML on one long story, in headless Chromium with
// the CPU throttled 4x. Variants A B C D (see story.mjs) load interleaved, each in a fresh context,
// and every figure is a ratio to the plain page of the same round. Writes bench/results.md.
// It reports times; it never fails on one (exit 1 only when the harness itself breaks).
//
//   npm run build && npm run bench                 # 15 runs, 1/5/20/60 figures, 1 and 5 players
//   npm run bench -- --runs 5                      # fewer runs
//   npm run bench -- --quick                       # 3 runs, 20 figures only (CI)
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve, extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { storyHtml, figureSvg, VARIANTS } from './story.mjs';
import { splitTrace } from './trace.mjs';
import { CHROMIUM_ARGS } from '../find-chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    // --quick (CI) writes beside the committed full table, not over it.
    out: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
});
const out = args.out ?? (args.quick ? 'bench/results-quick.md' : 'bench/results.md');
const runs = Number(args.runs ?? (args.quick ? 3 : 15));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, got ${args.runs}`);
// [figures, players]; the 20-figure, 1-player story is the headline.
const configs = args.quick
  ? [[20, 1]]
  : [
      [1, 1],
      [5, 1],
      [20, 1],
      [60, 1],
      [20, 5],
    ];
const HEADLINE = '20,1';
const THROTTLE = 4;
const ORDER = /** @type {(keyof typeof VARIANTS)[]} */ (['A', 'B', 'C', 'D']);

// --- The production build, with Lit bundled in as a site's bundler would (video.js stays out: it
// loads only when a reader presses play).
for (const file of ['dist/index.js', 'dist/lede.css']) {
  if (!existsSync(join(root, file))) {
    console.error(`bench: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}
const bundleDir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
await build({
  entryPoints: [join(root, 'dist/index.js')],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: bundleDir,
  external: ['video.js', 'video.js/*'],
  logLevel: 'warning',
});

// --- A static server: gzip like a real host, no caching between loads.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};
const within = (dir, path) => {
  const full = normalize(join(dir, path));
  return full.startsWith(dir) && existsSync(full) ? full : undefined;
};
function body(pathname) {
  let m = /^\/story\/([ABCD])-(\d+)-(\d+)\.html$/.exec(pathname);
  if (m) return [storyHtml({ variant: m[1], figures: Number(m[2]), players: Number(m[3]) }), '.html'];
  m = /^\/img\/(\d+)\.svg$/.exec(pathname);
  if (m) return [figureSvg(Number(m[1])), '.svg'];
  if (pathname === '/blank.html') return ['<!doctype html><title>blank</title>', '.html'];
  if (pathname === '/lede.css') return [readFileSync(join(root, 'dist/lede.css')), '.css'];
  let file;
  if (pathname.startsWith('/lede/')) file = within(bundleDir, pathname.slice('/lede/'.length));
  if (pathname.startsWith('/media/')) file = within(join(root, 'demo/media'), pathname.slice('/media/'.length));
  return file ? [readFileSync(file), extname(file)] : undefined;
}
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const found = body(pathname);
  if (!found) {
    res.writeHead(404).end();
    return;
  }
  const [content, ext] = found;
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
  const compressible = ['.html', '.js', '.css', '.svg', '.vtt'].includes(ext);
  if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(content));
  } else {
    res.writeHead(200, headers).end(content);
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${/** @type {any} */ (server.address()).port}`;

const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
  'loading',
].join(',');

// Runs in the page once it has loaded: waits for every Lede element to be defined, then two
// frames, then marks the trace. The same code runs in every variant.
const SETTLE = async (hasScript) => {
  const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].filter((t) =>
    t.startsWith('lede-'),
  );
  if (hasScript) await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  console.timeStamp('bench-done');
};
const VITALS = () =>
  new Promise((done) => {
    let lcp = 0;
    let cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) lcp = Math.max(lcp, /** @type {any} */ (e).startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of /** @type {any[]} */ (list.getEntries())) if (!e.hadRecentInput) cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done({ lcp, cls }), 0);
  });

/** One load of one variant: trace, vitals and JS bytes. */
async function measure(variant, figures, players) {
  // JavaScript stays enabled in the browser, so the harness can measure; variants without JS
  // (A, D) simply have no script in their markup, so the page itself runs none.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/blank.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await cdp.send('Network.enable');
    const scripts = new Set();
    let jsBytes = 0;
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (scripts.has(e.requestId)) jsBytes += e.encodedDataLength;
    });
    const chunks = [];
    cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
    const traced = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(`${origin}/story/${variant}-${figures}-${players}.html`, { waitUntil: 'load' });
    let timer;
    await Promise.race([
      page.evaluate(SETTLE, VARIANTS[variant].js),
      new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`${variant}: elements not defined in 60 s`)), 60_000);
      }),
    ]).finally(() => clearTimeout(timer));
    const vitals = /** @type {{ lcp: number, cls: number }} */ (await page.evaluate(VITALS));
    await cdp.send('Tracing.end');
    await traced;
    return { ...splitTrace(chunks), ...vitals, jsBytes };
  } finally {
    await context.close();
  }
}

// --- Statistics.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const spread = (xs, fmt = f2) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

const started = Date.now();
/** results[config][variant] = list of measurements, in round order */
const results = {};
for (const [figures, players] of configs) {
  const key = `${figures},${players}`;
  results[key] = { A: [], B: [], C: [], D: [] };
  // One warm-up round, not counted: the first loads in a fresh browser pay for its own start-up.
  for (const variant of ORDER) await measure(variant, figures, players);
  for (let run = 0; run < runs; run++) {
    for (const variant of ORDER) results[key][variant].push(await measure(variant, figures, players));
    process.stderr.write(`bench: ${figures} figures, ${players} player(s): run ${run + 1}/${runs}\r`);
  }
  process.stderr.write('\n');
}
await browser.close();
server.close();
rmSync(bundleDir, { recursive: true, force: true });
const seconds = Math.round((Date.now() - started) / 1000);

// --- The report.
const ratio = (key, variant, field) =>
  results[key][variant].map((r, i) => r[field] / results[key].A[i][field]);
// A phase's extra time, as a share of the plain page's whole main-thread time in the same round.
const extra = (key, variant, field) =>
  results[key][variant].map((r, i) => (r[field] - results[key].A[i][field]) / results[key].A[i].task);
const cls = (key, variant) => {
  const xs = results[key][variant].map((r) => r.cls);
  return `${f3(median(xs))} (${f3(Math.min(...xs))}–${f3(Math.max(...xs))}); > 0 in ${xs.filter((x) => x > 0).length}/${xs.length}`;
};
const ms = (key, variant, field = 'task') => median(results[key][variant].map((r) => r[field]));
const kb = (key, variant) => `${(median(results[key][variant].map((r) => r.jsBytes)) / 1024).toFixed(1)} KB`;

const chromiumVersion = (() => {
  try {
    return execFileSync(args.chromium, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
const headline = results[HEADLINE] ? HEADLINE : Object.keys(results)[0];
const [hf, hp] = headline.split(',');
const cols = ['B', 'C', 'D'];
const lines = [];
lines.push(`# Lede benchmark: the same story against plain HTML`);
lines.push('');
lines.push(
  `${new Date().toISOString().slice(0, 10)} · ${cpus().length} cores (\`nproc\`), ${cpu} · ${chromiumVersion}, headless · CPU throttled ${THROTTLE}× · ` +
    `${runs} interleaved runs (A B C D) per story${args.quick ? ' (`--quick`)' : ''} · ${seconds} s in all.`,
);
lines.push('');
lines.push(
  `Story: 5,000 words, ${hf} figures, ${hp} player(s), a byline, skip links and a text-size switcher. ` +
    `Ratios are to plain HTML loaded in the same round: median (min–max).`,
);
lines.push('');
lines.push(`| figure | ${cols.map((c) => `${c}: ${VARIANTS[c].name}`).join(' | ')} |`);
lines.push(`|---|${cols.map(() => '---').join('|')}|`);
const row = (label, cell) => lines.push(`| ${label} | ${cols.map((c) => cell(c)).join(' | ')} |`);
row('main-thread task time to load + elements defined + 2 frames, × plain', (c) => spread(ratio(headline, c, 'task')));
row('script time (trace), extra as a share of plain\'s task time', (c) => spread(extra(headline, c, 'script')));
row('style time (trace), extra as a share of plain\'s task time', (c) => spread(extra(headline, c, 'style')));
row('layout time (trace), extra as a share of plain\'s task time', (c) => spread(extra(headline, c, 'layout')));
row('LCP, × plain', (c) => spread(ratio(headline, c, 'lcp')));
row(`CLS (plain: ${cls(headline, 'A')})`, (c) => cls(headline, c));
row('JS transferred (gzip; plain: 0)', (c) => kb(headline, c));
lines.push('');
lines.push(
  `Plain HTML itself: ${ms(headline, 'A').toFixed(0)} ms main-thread task time, LCP ${ms(headline, 'A', 'lcp').toFixed(0)} ms (medians).`,
);

if (configs.length > 1) {
  lines.push('');
  lines.push('## As the story grows');
  lines.push('');
  lines.push('Median main-thread task time (ms) and, in brackets, the median ratio to plain HTML.');
  lines.push('');
  lines.push(`| figures | players | A: plain | ${cols.map((c) => `${c}: ${VARIANTS[c].name}`).join(' | ')} |`);
  lines.push(`|---|---|---|${cols.map(() => '---').join('|')}|`);
  for (const key of Object.keys(results)) {
    const [f, p] = key.split(',');
    lines.push(
      `| ${f} | ${p} | ${ms(key, 'A').toFixed(0)} | ${cols
        .map((c) => `${ms(key, c).toFixed(0)} (×${f2(median(ratio(key, c, 'task')))})`)
        .join(' | ')} |`,
    );
  }
  const figureKeys = Object.keys(results).filter((k) => k.endsWith(',1'));
  lines.push('');
  lines.push('Cost per figure (ms of main-thread task time per added figure, from the medians):');
  lines.push('');
  lines.push(`| figures | A: plain | ${cols.map((c) => `${c}: ${VARIANTS[c].name}`).join(' | ')} |`);
  lines.push(`|---|---|${cols.map(() => '---').join('|')}|`);
  for (let i = 1; i < figureKeys.length; i++) {
    const [a, b] = [figureKeys[i - 1], figureKeys[i]];
    const n = Number(b.split(',')[0]) - Number(a.split(',')[0]);
    const per = (c) => ((ms(b, c) - ms(a, c)) / n).toFixed(1);
    lines.push(`| ${a.split(',')[0]} → ${b.split(',')[0]} | ${per('A')} | ${cols.map(per).join(' | ')} |`);
  }
  if (results['20,5'] && results['20,1']) {
    const per = (c) => ((ms('20,5', c) - ms('20,1', c)) / 4).toFixed(1);
    lines.push('');
    lines.push(
      `Cost per player (20 figures, 1 → 5 players), ms per added player: A ${per('A')} · ${cols
        .map((c) => `${c} ${per(c)}`)
        .join(' · ')}.`,
    );
  }
}
lines.push('');
lines.push(
  'Method: each load is a fresh browser context; a page session throttles the CPU (`Emulation.setCPUThrottlingRate`) and ' +
    'records a trace (devtools.timeline) until the page marks "all Lede elements defined + 2 frames". Task time sums the ' +
    "renderer main thread's top-level tasks up to that mark; script, style and layout are self times of the trace's slices " +
    '(microtasks included). LCP and CLS come from buffered PerformanceObservers. Lede is the production build in `dist/` ' +
    'with Lit bundled and minified by esbuild. Variant D is Lede\'s markup with `lede.css` and no script (the page runs no JavaScript).',
);
const report = lines.join('\n') + '\n';
mkdirSync(resolve(root, out, '..'), { recursive: true });
writeFileSync(resolve(root, out), report);
console.log(report);
console.log(`bench: wrote ${out}`);
