// Minifies the CSS inside Lit `css` template literals of Lede's own sources. JavaScript minifiers
// leave template text alone, so without this every space and comment of the styles ships.
// Used by the library build (vite.config.ts) and the size benchmark (scripts/size.mjs).
import { minifyHTMLLiterals } from 'minify-literals';
import { readFile } from 'node:fs/promises';

const OWN_SOURCE = /[\\/]src[\\/].*\.ts$/;
// Only `css` literals: HTML minification saved 27 bytes and is not worth the risk to templates.
const options = (fileName) => ({ fileName, shouldMinify: () => false });

/** Vite/Rollup plugin. */
export function minifyLiteralsVite() {
  return {
    name: 'lede-minify-literals',
    async transform(code, id) {
      if (!OWN_SOURCE.test(id) || !code.includes("css`")) return null;
      const result = await minifyHTMLLiterals(code, options(id));
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/** esbuild plugin: minifies, then hands the TypeScript on to esbuild's own loader. */
export function minifyLiteralsEsbuild() {
  return {
    name: 'lede-minify-literals',
    setup(build) {
      build.onLoad({ filter: OWN_SOURCE }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!source.includes("css`")) return undefined;
        const result = await minifyHTMLLiterals(source, options(path));
        return { contents: result?.code ?? source, loader: 'ts' };
      });
    },
  };
}
