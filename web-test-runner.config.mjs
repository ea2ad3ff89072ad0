import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { ssrPlugin } from './test/ssr/ssr-plugin.mjs';
import { playwrightCommandsPlugin } from './test/helpers/playwright-commands-plugin.mjs';
import { testImagesMiddleware } from './test/helpers/test-images-middleware.mjs';

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
  middleware: [testImagesMiddleware()],
  plugins: [ssrPlugin(), playwrightCommandsPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
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
