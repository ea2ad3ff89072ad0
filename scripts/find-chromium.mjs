// Finds a Chromium-family browser for the tests, in this order: $CHROME_PATH, a Chromium that
// Playwright installed, then the usual system names. It never downloads one.
// As a command (`node scripts/find-chromium.mjs`) it prints the path, or explains and exits 1.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const HOW_TO_GET_ONE =
  'No Chromium or Chrome found for the tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'macOS: install Google Chrome) or set CHROME_PATH to its executable. The tests never download a browser.';

/** The launch flags a root user in a container with a closed network needs. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    return chromium.executablePath();
  } catch {
    return undefined; // playwright not installed yet, or no browser of its own
  }
}

/**
 * @param {Array<string | undefined>} [candidates] paths to try in order (the default order above)
 * @returns {Promise<string>} the first that exists; throws with HOW_TO_GET_ONE when none does
 */
export async function findChromium(candidates) {
  candidates ??= [process.env.CHROME_PATH, await playwrightChromium(), ...SYSTEM_PATHS];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(HOW_TO_GET_ONE);
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  findChromium().then(
    (path) => console.log(path),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
