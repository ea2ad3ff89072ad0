// Checks what `npm publish` would ship (run after `npm run build`): every path in package.json
// `exports` exists, and the built elements render on a server with @lit-labs/ssr.
import { readFileSync, existsSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files) if (!existsSync(file)) problems.push(`exports["${subpath}"] points at missing ${file}`);
}
if (!existsSync(pkg.customElements)) problems.push(`customElements points at missing ${pkg.customElements}`);

await import('../dist/index.js');
await import('../dist/locales/ar.js');
const markup = await collectResult(
  render(html`<lede-skip-links><a href="#m">Skip</a></lede-skip-links><lede-text-size lang="ar"></lede-text-size>`),
);
for (const expected of ['shadowrootmode="open"', 'aria-label="Accessibility links"', 'حجم النص', 'fieldset{']) {
  if (!markup.includes(expected)) problems.push(`server render of dist/ lacks ${expected}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`package ok: ${Object.keys(pkg.exports).length} exports present; dist/ renders on the server`);
