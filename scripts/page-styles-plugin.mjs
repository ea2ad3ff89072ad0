// Builds Lede's page stylesheet, `lede.css`, from `src/page-styles.ts` (the same rule pieces the
// elements use), and gives it to the tools that need it:
// - the library build emits it as `dist/lede.css` (package export `lede/lede.css`);
// - the demo's Vite server serves it at `<base>lede.css`, and the demo build emits it there;
// - @web/test-runner serves it at `/demo/lede.css`, where the demo page links it.
import { build, transform } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/** The stylesheet's text: `src/page-styles.ts` bundled and run in Node (Lit's `css` needs no DOM). */
export async function pageStylesCss() {
  const outfile = resolve(root, 'node_modules/.cache/lede-page-styles/page-styles.mjs');
  const result = await build({
    entryPoints: [resolve(root, 'src/page-styles.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    tsconfig: resolve(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  await mkdir(resolve(outfile, '..'), { recursive: true });
  await writeFile(outfile, result.outputFiles[0].text);
  const { pageStyles } = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  const { code } = await transform(pageStyles.cssText, { loader: 'css' }); // tidies the layout only
  return `/* Lede page stylesheet: link it in <head>. Built from src/page-styles.ts. */\n${code}`;
}

/** Vite plugin: emits `lede.css` in a build; serves it at `<base>lede.css` from the dev server. */
export function pageStylesVite() {
  let base = '/';
  return {
    name: 'lede-page-styles',
    configResolved(config) {
      base = config.base.startsWith('/') ? config.base : '/';
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}lede.css`) return next();
        try {
          response.setHeader('Content-Type', 'text/css');
          response.end(await pageStylesCss());
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'lede.css', source: await pageStylesCss() });
    },
  };
}

/** @web/test-runner (and @web/dev-server) plugin: serves the stylesheet at `/demo/lede.css`. */
export function pageStylesWtr() {
  return {
    name: 'lede-page-styles',
    async serve(context) {
      if (context.path !== '/demo/lede.css') return undefined;
      return { body: await pageStylesCss(), type: 'text/css' };
    },
  };
}
