// Runs in Node (bundled by ssr-plugin.mjs): the same markup a site's server would render.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import '../../src/locales/ar.js';
import { readmePlayer } from '../fixtures/page.js';

const fixtures: Record<string, () => TemplateResult> = {
  'skip-links': () => html`<lede-skip-links><a href="#ssr-main">Skip to main content</a></lede-skip-links>
    <main id="ssr-main"><p>Story</p></main>`,
  'text-size': () => html`<lede-text-size storage-key="" for="ssr-story"></lede-text-size>
    <div id="ssr-story"><p>Story</p></div>`,
  // On the server only the element's own lang is known, so the element carries it.
  article: () => html`<lede-article json-ld
    ><article lang="en">
      <header>
        <h1>River wall holds</h1>
        <p data-lede-times><time datetime="2026-11-24" data-lede-time="published">24/11/2026</time></p>
        <lede-byline><a rel="author" href="/authors/amina-yusuf">Amina Yusuf</a></lede-byline>
      </header>
      <lede-figure enlarge-src="/__image__/1600x900.svg"
        ><figure>
          <img src="/__image__/800x450.svg" alt="Sandbags by a door" width="800" height="450" />
          <figcaption>Quay Street. <span data-lede-credit>Lede Courier</span></figcaption>
        </figure></lede-figure
      >
    </article></lede-article
  >`,
  'media-player': () => html`<lede-media-player media-title="Ferry vote" duration="8"
      ><video controls preload="none"><source src="/demo/media/ferry-vote.webm" type="video/webm" /></video
    ></lede-media-player>
    <p id="after-ssr-player">After</p>`,
  // The README's full example: poster, caption and description tracks, an authored transcript.
  'media-player-full': () => html`${readmePlayer('/demo/media', { id: 'ssr-full-player', title: 'Ferry vote' })}
    <p id="after-ssr-full-player">After</p>`,
  // The reader chose 150% earlier; the server cannot know, so it renders 100% checked.
  'text-size-remembered': () => html`<lede-text-size storage-key="lede-ssr-remembered" for="ssr-remembered-story"></lede-text-size>
    <div id="ssr-remembered-story"><p>Story</p></div>`,
  'text-size-ar': () => html`<div dir="rtl"><lede-text-size lang="ar" storage-key=""></lede-text-size></div>`,
};

export async function renderFixture(name: string): Promise<string> {
  const fixture = fixtures[name];
  if (!fixture) throw new Error(`No SSR fixture named "${name}"`);
  return collectResult(render(fixture()));
}
