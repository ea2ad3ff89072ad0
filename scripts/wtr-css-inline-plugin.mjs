// Lets @web/test-runner serve Vite-style `?inline` CSS imports (video.js's stylesheet) as a string module.
import { createRequire } from 'node:module';
import { relative } from 'node:path';
const require = createRequire(import.meta.url);

/**
 * Makes Vite-style `import css from 'pkg/file.css?inline'` work in @web/test-runner:
 * resolves the bare specifier and serves the stylesheet as `export default "<css text>"`.
 */
export function cssInlinePlugin() {
  const isInline = (ctx) => ctx.path.endsWith('.css') && ctx.URL.searchParams.has('inline');
  return {
    name: 'css-inline',
    resolveImport({ source }) {
      if (!source.endsWith('.css?inline') || source.startsWith('.') || source.startsWith('/')) return undefined;
      const file = require.resolve(source.slice(0, -'?inline'.length), { paths: [process.cwd()] });
      return `/${relative(process.cwd(), file).split('\\').join('/')}?inline`;
    },
    resolveMimeType(ctx) { if (isInline(ctx)) return 'js'; },
    transform(ctx) { if (isInline(ctx)) return { body: `export default ${JSON.stringify(ctx.body)};` }; },
  };
}
