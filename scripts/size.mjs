// Size benchmark: bundles each public entry's production build with Lit, minifies it, gzips it, and prints a table.
// Exits 1 when an entry is over its budget in size-budget.json. Run with `npm run size`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { minifyLiteralsEsbuild } from './minify-literals-plugin.mjs';
import { productionModeEsbuild } from './production-mode-plugin.mjs';

const { budgets } = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));

const entries = {
  'lit alone (LitElement, html, css)': "export { LitElement, html, css } from 'lit';",
  'lede/skip-links.js': "import './src/skip-links/define.ts';",
  'lede/text-size.js': "import './src/text-size/define.ts';",
  'lede/article.js': "import './src/article/define.ts';",
  'lede/figure.js': "import './src/figure/define.ts';",
  'lede/byline.js': "import './src/byline/define.ts';",
  'lede/media-player.js, without its engine': "import './src/media-player/define.ts';",
  'lede/media-player.js, beyond Lit': "import './src/media-player/define.ts';",
  'loaded on play: video.js core, its CSS, adapter, controls':
    "export { createVideoJsEngine } from './src/media-player/engine/video-js-engine.ts'; export * from './src/media-player/media-player-controls.ts';",
  'lede core: skip-links + text-size': "import './src/skip-links/define.ts'; import './src/text-size/define.ts';",
  'lede story: article + figure + byline':
    "import './src/article/define.ts'; import './src/figure/define.ts'; import './src/byline/define.ts';",
  'lede (all elements)': "import './src/index.ts';",
  'lede/locales/ar.js, added to all elements': "import './src/index.ts'; import './src/locales/ar.ts';",
};

// What the player imports when a reader presses play (the engine and the control bar) is a
// separate chunk: leave it out of every entry but its own row.
const engineApart = (contents) => ({
  name: 'engine-apart',
  setup(pluginBuild) {
    if (contents.includes('video-js-engine')) return;
    pluginBuild.onResolve({ filter: /(engine\/video-js-engine|media-player-controls)\.js$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
});
// `import css from '…css?inline'`, as Vite reads it: the stylesheet as a string.
const cssText = () => ({
  name: 'css-inline',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: createRequire(`${process.cwd()}/`).resolve(args.path.replace(/\?inline$/, '')),
      namespace: 'css-text',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'css-text' }, (args) => ({
      contents: `export default ${JSON.stringify(readFileSync(args.path, 'utf8'))};`,
      loader: 'js',
    }));
  },
});

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    plugins: [productionModeEsbuild(), minifyLiteralsEsbuild(), engineApart(contents), cssText()],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
// Rows measured as what they add to another row.
const addedTo = {
  'lede/locales/ar.js, added to all elements': 'lede (all elements)',
  'lede/media-player.js, beyond Lit': 'lit alone (LitElement, html, css)',
  // Lit is already on the page by then.
  'loaded on play: video.js core, its CSS, adapter, controls': 'lit alone (LitElement, html, css)',
};
const measured = {};
const rows = [];
let over = 0;
for (const [name, contents] of Object.entries(entries)) {
  let { min, gzip } = await measure(contents);
  measured[name] = { min, gzip };
  if (addedTo[name]) {
    min -= measured[addedTo[name]].min;
    gzip -= measured[addedTo[name]].gzip;
  }
  const budget = budgets[name];
  const ok = budget === undefined || gzip <= budget;
  if (!ok) over++;
  rows.push([name, kb(min), kb(gzip), budget ? kb(budget) : '-', ok ? 'ok' : 'OVER']);
}

const header = ['entry', 'min', 'min+gzip', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget (size-budget.json).`);
  process.exit(1);
}
