import { expect, fixture, html } from '@open-wc/testing';
import { Probe, settle } from './probe.js';
import { XSS_PAYLOADS } from './xss-corpus.js';
import { until as untilWithin } from '../helpers/wait.js';
export { part } from '../helpers/wait.js';
export const until = (condition: () => boolean, what: string, timeout = 6000) => untilWithin(condition, what, timeout, 25);

/** The corpus, as the XSS suites use it. */
export const PAYLOADS = XSS_PAYLOADS;

export const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Builds an element through the DOM: attributes by setAttribute, string children as text nodes. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** Runs `body` with a fresh probe and holder; fails with every problem found. */
export async function probe(tried: number, body: (holder: HTMLElement, probe: Probe) => Promise<void>): Promise<void> {
  const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const check = new Probe();
  check.start();
  try {
    await body(holder, check);
    await settle(holder, 250);
    check.scan(holder, 'page');
  } finally {
    check.stop();
  }
  check.finish(PAYLOADS);
  expect(check.problems, check.report(tried)).to.deep.equal([]);
}

/** Splits the corpus into slices, so no single test runs into the time limit. */
export const slices = (size: number) =>
  Array.from({ length: Math.ceil(PAYLOADS.length / size) }, (_, n) => ({ from: n * size, to: Math.min(PAYLOADS.length, (n + 1) * size) }));
