// node --test scripts/find-chromium.test.mjs: the browser finder that `npm test` relies on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, HOW_TO_GET_ONE } from './find-chromium.mjs';

const fakeBrowser = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'lede-browser-')), 'chromium');
  writeFileSync(path, '');
  return path;
};

test('stops with one message saying how to get a browser when none exists', async () => {
  await assert.rejects(findChromium([undefined, '/nonexistent/chromium']), (error) => {
    assert.equal(error.message, HOW_TO_GET_ONE);
    assert.match(error.message, /apt-get install chromium/);
    assert.match(error.message, /CHROME_PATH/);
    assert.match(error.message, /never download/);
    return true;
  });
});

test('takes the first candidate that exists', async () => {
  const browser = fakeBrowser();
  assert.equal(await findChromium([undefined, '/nonexistent/chromium', browser, '/usr/bin/env']), browser);
});

test('puts CHROME_PATH before every other place', async () => {
  const browser = fakeBrowser();
  const saved = process.env.CHROME_PATH;
  process.env.CHROME_PATH = browser;
  try {
    assert.equal(await findChromium(), browser);
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
});
