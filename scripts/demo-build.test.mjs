// `npm run build:demo` must give a complete site: every URL the built page refers to — in its
// HTML (including the URLs Lede's elements load: enlarge-src, download-src, audio-src), its CSS
// and its JavaScript chunks — must exist in the build output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** URLs in HTML attributes that name a file (not a page, fragment or data: URL). */
function htmlReferences(html) {
  const found = [];
  for (const [, name, value] of html.matchAll(/\s(src|href|poster|enlarge-src|download-src|audio-src|srcset)="([^"]*)"/g)) {
    if (name === 'srcset') found.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]));
    else found.push(value.trim());
  }
  return found;
}

/** Relative module specifiers and asset URLs in a JavaScript chunk. */
function scriptReferences(code) {
  const found = [];
  for (const [, url] of code.matchAll(/(?:import\(|from\s*|import\s*)["'](\.{1,2}\/[^"']+)["']/g)) found.push(url);
  for (const [, url] of code.matchAll(/new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g)) found.push(url);
  return found;
}

/** `url(…)` references in a stylesheet. */
function styleReferences(css) {
  return [...css.matchAll(/url\(\s*["']?([^"')\s]+)["']?\s*\)/gi)].map(([, url]) => url);
}

/** Whether `url` names a file the site must serve (not a fragment, page, data: or other origin). */
function namesAFile(url) {
  if (!url || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return false;
  const path = url.split(/[?#]/)[0];
  return path !== '' && !path.endsWith('/');
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test('the built demo contains every file it refers to', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'lede-demo-'));
  try {
    await build({ configFile: join(root, 'vite.demo.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const missing = [];
    let checked = 0;
    for (const file of filesUnder(outDir)) {
      const text = /\.(html|css|js)$/.test(file) ? readFileSync(file, 'utf8') : undefined;
      if (text === undefined) continue;
      const urls = file.endsWith('.html') ? htmlReferences(text) : file.endsWith('.css') ? styleReferences(text) : scriptReferences(text);
      for (const url of urls.filter(namesAFile)) {
        checked += 1;
        const target = url.startsWith('/') ? join(outDir, url) : resolve(dirname(file), url.split(/[?#]/)[0]);
        if (!existsSync(target)) missing.push(`${relative(outDir, file)} -> ${url}`);
      }
    }
    assert.deepEqual(missing, [], 'referred to, but not in the build');
    assert.ok(checked >= 15, `found ${checked} references; the extraction must see the page's files`);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const attribute of ['enlarge-src', 'download-src', 'poster']) {
      assert.match(html, new RegExp(`${attribute}="\\./assets/`), `${attribute} points into the build`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
