import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { ssrPlugin } from './test/ssr/ssr-plugin.mjs';
import { playwrightCommandsPlugin } from './test/helpers/playwright-commands-plugin.mjs';
import { testImagesMiddleware } from './test/helpers/test-images-middleware.mjs';
import { hostileCommandsPlugin, hostileMiddleware } from './test/hostile/hostile-server.mjs';
import { cspMiddleware } from './test/csp/csp-middleware.mjs';
import { cssInlinePlugin } from './scripts/wtr-css-inline-plugin.mjs';
import { pageStylesWtr } from './scripts/page-styles-plugin.mjs';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';

// video.js's ES build imports a few CommonJS packages; the browser needs them converted.
const commonjs = fromRollup(rollupCommonjs);

let executablePath;
try {
  executablePath = await findChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

export default {
  files: 'test/**/*.test.ts',
  // Lit's development build in tests keeps its runtime warnings (class-field shadowing, etc.)
  nodeResolve: { exportConditions: ['development'] },
  middleware: [testImagesMiddleware(), hostileMiddleware(), cspMiddleware()],
  plugins: [
    ssrPlugin(),
    playwrightCommandsPlugin(),
    hostileCommandsPlugin(),
    cssInlinePlugin(),
    pageStylesWtr(), // /demo/lede.css, Lede's page stylesheet, built from src/
    commonjs({ include: /node_modules\/(global|min-document|dom-walk|@videojs\/xhr|videojs-vtt\.js|is-function|@babel\/runtime)\// }),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // Media tests start playback from script as well as from real key presses.
      launchOptions: { executablePath, headless: true, args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
  reporters: [defaultReporter(), summaryReporter()],
};
