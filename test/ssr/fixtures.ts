// Runs in Node (bundled by ssr-plugin.mjs): the same markup a site's server would render.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import '../../src/locales/ar.js';

const fixtures: Record<string, () => TemplateResult> = {
  'skip-links': () => html`<lede-skip-links><a href="#ssr-main">Skip to main content</a></lede-skip-links>
    <main id="ssr-main"><p>Story</p></main>`,
  'text-size': () => html`<lede-text-size storage-key="" for="ssr-story"></lede-text-size>
    <div id="ssr-story"><p>Story</p></div>`,
  // On the server only the element's own lang is known, so the element carries it.
  'text-size-ar': () => html`<div dir="rtl"><lede-text-size lang="ar" storage-key=""></lede-text-size></div>`,
};

export async function renderFixture(name: string): Promise<string> {
  const fixture = fixtures[name];
  if (!fixture) throw new Error(`No SSR fixture named "${name}"`);
  return collectResult(render(fixture()));
}
