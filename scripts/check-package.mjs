// Checks what `npm publish` would ship (run after `npm run build`): every path in package.json
// `exports` exists, the production build carries no authoring checks (the development build
// does), and the built elements render on a server with @lit-labs/ssr.
import { readFileSync, existsSync } from 'node:fs';
import { build } from 'esbuild';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) if (!existsSync(file)) problems.push(`exports["${subpath}"] points at missing ${file}`);
}
if (!existsSync(pkg.customElements)) problems.push(`customElements points at missing ${pkg.customElements}`);

// The page stylesheet keeps the skip links out of the page's flow before the elements upgrade.
if (existsSync('dist/lede.css') && !readFileSync('dist/lede.css', 'utf8').includes('lede-skip-links:not(:defined)')) {
  problems.push('dist/lede.css lacks the skip links\' pre-upgrade rules');
}

// The authoring checks' messages, as a marker: in dist/development/, never in dist/ (except the
// explicit `lede/authoring-checks.js`).
const CHECKS_MARKER = 'skipping a level';
async function bundled(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', packages: 'external', logLevel: 'silent' });
  return result.outputFiles[0].text;
}
for (const entry of ['index', 'article', 'figure', 'byline']) {
  if ((await bundled(`dist/${entry}.js`)).includes(CHECKS_MARKER)) problems.push(`dist/${entry}.js carries the authoring checks`);
  if (!(await bundled(`dist/development/${entry}.js`)).includes(CHECKS_MARKER)) {
    problems.push(`dist/development/${entry}.js lacks the authoring checks`);
  }
}

await import('../dist/index.js');
await import('../dist/locales/ar.js');
const markup = await collectResult(
  render(html`<lede-skip-links><a href="#m">Skip</a></lede-skip-links><lede-text-size lang="ar"></lede-text-size>
    <lede-article><article lang="en"><h1>Headline</h1></article></lede-article>
    <lede-figure enlarge-src="/big.jpg"><figure><img src="/a.jpg" alt="A river" /></figure></lede-figure>
    <lede-byline><a rel="author" href="/a">Amina Yusuf</a></lede-byline>
    <lede-media-player media-title="Vote" duration="8"><video controls><source src="/v.webm" /></video></lede-media-player>`),
);
for (const expected of [
  'shadowrootmode="open"',
  '<!--lit-part-->Accessibility links',
  'حجم النص',
  'fieldset{',
  '<h1>Headline</h1>',
  'part="enlarge"',
  'Amina Yusuf',
  'aria-label="Play video: Vote, 8 seconds"',
]) {
  if (!markup.includes(expected)) problems.push(`server render of dist/ lacks ${expected}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`package ok: ${Object.keys(pkg.exports).length} exports present; dist/ renders on the server`);
