// Lede's production build. In each module that imports `DEV_MODE` from '…/dev-mode.js', the import
// is removed and the name replaced by `false`, so every `if (DEV_MODE)` branch is `if (false)`:
// the bundler drops it while parsing, then drops the authoring checks only those branches import.
// (Replacing the dev-mode module alone is not enough: Rolldown folds the branch but keeps the
// imports it used, and esbuild keeps the branch.)
import { readFile } from 'node:fs/promises';

const DEV_MODE_IMPORT = /import\s*\{\s*DEV_MODE\s*\}\s*from\s*['"][./]+(?:internal\/)?dev-mode\.js['"];?/;
const IN_SOURCE = /[\\/]src[\\/].*\.ts$/;

/** Rewrites one module's source for production; `undefined` when it has nothing to rewrite. */
export function toProduction(code) {
  return DEV_MODE_IMPORT.test(code) ? code.replace(DEV_MODE_IMPORT, '').replace(/\bDEV_MODE\b/g, 'false') : undefined;
}

/** For Vite (Rolldown). */
export function productionModeVite() {
  return {
    name: 'lede-production-mode',
    enforce: 'pre',
    transform(code, id) {
      if (!IN_SOURCE.test(id)) return null;
      const rewritten = toProduction(code);
      return rewritten === undefined ? null : { code: rewritten, map: null };
    },
  };
}

/** For esbuild (the size benchmark and the package check). */
export function productionModeEsbuild() {
  return {
    name: 'lede-production-mode',
    setup(build) {
      build.onLoad({ filter: IN_SOURCE }, async (args) => {
        const rewritten = toProduction(await readFile(args.path, 'utf8'));
        return rewritten === undefined ? undefined : { contents: rewritten, loader: 'ts' };
      });
    },
  };
}
