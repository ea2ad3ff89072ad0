// A @web/test-runner plugin that renders Lede's SSR fixtures with @lit-labs/ssr in Node and serves
// the HTML at /__ssr__/<fixture>. The tests then parse it (declarative shadow DOM), hydrate it and
// use it like a client-rendered element.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export function ssrPlugin() {
  const outfile = resolve('node_modules/.cache/lede-ssr/fixtures.mjs');
  const storiesOutfile = resolve('node_modules/.cache/lede-ssr/stories.mjs');
  // Stories build their media and image URLs from import.meta.url; on the server they get this
  // stand-in origin, which is stripped from the HTML so the URLs are root-relative.
  const storyOrigin = 'http://lede-ssr.invalid';
  let fixtures;
  let stories;
  return {
    name: 'lede-ssr',
    async serverStart() {
      const options = {
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
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
      };
      await build({ ...options, entryPoints: ['test/ssr/fixtures.ts'], outfile });
      fixtures = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
      // A story that cannot render on a server fails its own tests, not the whole run.
      try {
        await build({
          ...options,
          entryPoints: ['test/fixtures/ssr-stories.ts'],
          outfile: storiesOutfile,
          define: { 'import.meta.url': JSON.stringify(`${storyOrigin}/stories/story.ts`) },
        });
        stories = await import(`${pathToFileURL(storiesOutfile).href}?t=${Date.now()}`);
      } catch (error) {
        stories = { renderStory: () => Promise.reject(error) };
      }
    },
    async serve(context) {
      // /__ssr_story__/<file>/<Export>: any story of stories/, rendered on the server.
      if (context.path.startsWith('/__ssr_story__/')) {
        try {
          const html = await stories.renderStory(decodeURIComponent(context.path.slice('/__ssr_story__/'.length)));
          return { body: html.replaceAll(storyOrigin, ''), type: 'text/html' };
        } catch (error) {
          return { body: `SSR failed: ${error?.stack ?? error}`, type: 'text/plain', status: 500 };
        }
      }
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
