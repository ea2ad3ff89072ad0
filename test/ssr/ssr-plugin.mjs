// A @web/test-runner plugin that renders Lede's SSR fixtures with @lit-labs/ssr in Node and serves
// the HTML at /__ssr__/<fixture>. The tests then parse it (declarative shadow DOM), hydrate it and
// use it like a client-rendered element.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export function ssrPlugin() {
  const outfile = resolve('node_modules/.cache/lede-ssr/fixtures.mjs');
  let fixtures;
  return {
    name: 'lede-ssr',
    async serverStart() {
      await build({
        entryPoints: ['test/ssr/fixtures.ts'],
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile,
        tsconfig: 'tsconfig.json',
        logLevel: 'warning',
        // The media engine is only ever imported in a browser when a reader presses play;
        // bundled here, its static imports (video.js and its CSS) would load in Node.
        plugins: [
          {
            name: 'lede-engine-stays-lazy',
            setup(pluginBuild) {
              pluginBuild.onResolve({ filter: /engine\/video-js-engine\.js$/ }, (args) => ({ path: args.path, external: true }));
            },
          },
        ],
      });
      fixtures = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
    },
    async serve(context) {
      if (!context.path.startsWith('/__ssr__/')) return undefined;
      const name = context.path.slice('/__ssr__/'.length);
      try {
        return { body: await fixtures.renderFixture(name), type: 'text/html' };
      } catch (error) {
        return { body: `SSR failed: ${error?.stack ?? error}`, type: 'text/plain', status: 500 };
      }
    },
  };
}
