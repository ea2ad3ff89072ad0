import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deepNodeCount } from './probe.js';

/**
 * 1,000 connect/disconnect cycles of each element (and of a player that is played each time, on
 * the scripted engine). Nothing may grow: not the element's own nodes (light and shadow DOM),
 * not the page's, and not Chromium's own counts of live DOM nodes and JS event listeners after
 * garbage collection (DevTools protocol, through the 'dom-counters' command).
 */

export const CYCLES = 1000;
/**
 * Chromium's counters move a little with the test harness itself; a leak of one node or one
 * listener per cycle would add at least CYCLES, far above this.
 */
const NOISE = 100;

interface Counters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}
export const counters = () => executeServerCommand<Counters, Record<string, never>>('dom-counters', {});

export type Lit = HTMLElement & { updateComplete: Promise<unknown> };

export const SAMPLES: Record<string, string> = {
  'lede-skip-links': '<lede-skip-links><a href="#life-main">Skip to main content</a></lede-skip-links>',
  'lede-text-size': '<lede-text-size storage-key="" steps="100 150 200"></lede-text-size>',
  'lede-article': `<lede-article json-ld><article lang="en"><h1>Ferry saved</h1>
    <p data-lede-times><time datetime="2026-11-24T07:45Z" data-lede-time="published">07:45</time></p>
    <lede-byline><p><a href="/authors/morwenna-tallis" rel="author">Morwenna Tallis</a></p></lede-byline>
    <lede-figure><figure><img src="/__image__/800x450.svg" alt="A ferry crosses dark water" width="800" height="450"><figcaption>The 23:40 sailing. <span data-lede-credit>Reuters</span></figcaption></figure></lede-figure>
    <p>The night ferry keeps running.</p></article></lede-article>`,
  'lede-figure': `<lede-figure enlarge-src="/__image__/1600x900.svg"><figure><img src="/__image__/800x450.svg" alt="A ferry crosses dark water" width="800" height="450"><figcaption>The 23:40 sailing. <span data-lede-credit>Reuters</span></figcaption></figure></lede-figure>`,
  'lede-byline': `<lede-byline><img src="/__image__/160x160.svg" alt="" width="160" height="160"><p><a href="/authors/morwenna-tallis" rel="author">Morwenna Tallis</a></p><p>Transport reporter.</p></lede-byline>`,
  'lede-media-player': `<lede-media-player media-title="Ferry vote" duration="8"><video controls preload="none"><source src="/demo/media/ferry-vote.webm" type="video/webm"><track kind="captions" src="/demo/media/ferry-vote.en.vtt" srclang="en" label="English"></video></lede-media-player>`,
};

/** Connects `element`, lets it render and enhance, runs `whileConnected`, disconnects it. */
async function cycle(holder: HTMLElement, element: Lit, whileConnected?: () => Promise<void>): Promise<void> {
  holder.append(element);
  await element.updateComplete;
  // The story elements enhance their content in a microtask after connecting.
  await Promise.resolve();
  await Promise.resolve();
  await whileConnected?.();
  element.remove();
}

export async function measure(tag: string, whileConnected?: (element: Lit) => Promise<void>, prepare?: (element: Lit) => void) {
  const holder = await fixture<HTMLDivElement>(html`<div lang="en"><main id="life-main"><p>The story.</p></main></div>`);
  const template = document.createElement('template');
  template.innerHTML = SAMPLES[tag]!;
  const element = document.adoptNode(template.content.firstElementChild!) as Lit;
  customElements.upgrade(element);
  prepare?.(element);
  const run = () => cycle(holder, element, whileConnected && (() => whileConnected(element)));

  /** The element's own nodes, counted connected and settled, the same way each time. */
  const ownCount = async () => {
    holder.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const count = deepNodeCount(element);
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 10));
    return count;
  };

  for (let index = 0; index < 10; index++) await run();
  const ownBefore = await ownCount();
  const pageBefore = deepNodeCount(document);
  const before = await counters();

  for (let index = 1; index <= CYCLES; index++) {
    await run();
    // Stop at the first sign of growth: a leak left to run slows every later cycle.
    if (index % 100 === 0 && index < CYCLES) expect(await ownCount(), `<${tag}>'s own nodes after ${index} cycles`).to.equal(ownBefore);
  }

  const ownAfter = await ownCount();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const pageAfter = deepNodeCount(document);
  const after = await counters();

  expect(ownAfter, `<${tag}>'s own nodes after ${CYCLES} cycles`).to.equal(ownBefore);
  expect(pageAfter, `the page's nodes after ${CYCLES} cycles`).to.equal(pageBefore);
  expect(after.nodes - before.nodes, `live DOM nodes grew from ${before.nodes} to ${after.nodes}`).to.be.below(NOISE);
  expect(after.jsEventListeners - before.jsEventListeners, `JS event listeners grew from ${before.jsEventListeners} to ${after.jsEventListeners}`).to.be.below(NOISE);
  expect(after.documents, 'documents').to.be.at.most(before.documents);
}

