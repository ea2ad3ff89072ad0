import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import type { LedeSkipLinks } from '../src/skip-links/skip-links.js';
import { recordWarnings } from './helpers/console.js';
import { BAD_INPUT_CASES, type BadInputCase } from './hostile/bad-input-corpus.js';
import { deepElements, settle } from './hostile/probe.js';

/**
 * The bad-input corpus: for each case, no uncaught exception, the story stays readable, and
 * exactly one console warning (unless the case says otherwise) names the element and the problem.
 */

const part = <T extends HTMLElement = HTMLElement>(host: Element, name: string) =>
  host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

const until = async (condition: () => boolean, timeout = 6000) => {
  const start = performance.now();
  while (!condition() && performance.now() - start < timeout) await new Promise((resolve) => setTimeout(resolve, 25));
};

/** Text a reader can get at: the light DOM's rendered text and the elements' own shadow text. */
function readableText(holder: HTMLElement): string {
  let text = holder.innerText;
  for (const element of deepElements(holder)) {
    if (element.shadowRoot) text += ` ${element.shadowRoot.textContent ?? ''}`;
    const name = element.getAttribute('aria-label');
    if (name) text += ` ${name}`;
  }
  return text;
}

/** Makes localStorage throw, as in a sandboxed frame or some private modes; returns the undo. */
function blockStorage(): () => void {
  const saved = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  Object.assign(Storage.prototype, { getItem: refuse, setItem: refuse, removeItem: refuse });
  return () => Object.assign(Storage.prototype, saved);
}

async function act(holder: HTMLElement, kind: BadInputCase['act']): Promise<void> {
  if (kind === 'pick-size') {
    const switcher = holder.querySelector('lede-text-size')!;
    switcher.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.click();
  } else if (kind === 'click-links') {
    const bar = holder.querySelector<LedeSkipLinks>('lede-skip-links')!;
    await bar.targetsChecked;
    for (const link of bar.querySelectorAll('a')) link.click();
  } else if (kind === 'open-enlarge') {
    const figure = holder.querySelector('lede-figure')!;
    part(figure, 'enlarge')?.click();
    await settle(holder, 300);
    figure.shadowRoot!.querySelector('dialog')?.close();
  } else if (kind === 'transcript') {
    part(holder.querySelector('lede-media-player')!, 'transcript-toggle')?.click();
    await settle(holder, 400);
  } else if (kind === 'play' || kind === 'play-offline') {
    const player = holder.querySelector<LedeMediaPlayer>('lede-media-player')!;
    if (kind === 'play-offline') player.engineLoader = () => Promise.reject(new Error('offline'));
    part(player, 'start')?.click();
    await player.ready;
    await until(() => !!part(player, 'error'));
  }
}

describe('bad-input corpus', function () {
  this.timeout(15000);
  const warnings = recordWarnings();
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  let undo: Array<() => void> = [];

  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    for (const step of undo.reverse()) step();
    undo = [];
    document.documentElement.style.removeProperty('font-size');
    if (!document.documentElement.getAttribute('style')) document.documentElement.removeAttribute('style');
    localStorage.removeItem('lede-text-size');
    localStorage.removeItem('lede-caption-style');
    history.replaceState(history.state, '', location.pathname + location.search);
  });

  it(`has at least 50 cases (${BAD_INPUT_CASES.length + 1} with nested stories)`, () => {
    expect(BAD_INPUT_CASES.length + 1).to.be.at.least(50);
  });

  for (const testCase of BAD_INPUT_CASES) {
    it(`<${testCase.tag}> ${testCase.name}: readable, nothing thrown, ${testCase.warnings ?? 1} warning(s) naming it`, async () => {
      let markup = testCase.markup;
      let mentions = testCase.mentions;
      if (testCase.vtt) {
        const url = await (await fetch(`/__hostile__/store?type=${encodeURIComponent(testCase.vtt.type)}`, { method: 'POST', body: testCase.vtt.body })).text();
        markup = markup.replaceAll('{{vtt}}', url);
        mentions = mentions.map((mention) => (typeof mention === 'string' ? mention.replaceAll('{{vtt}}', url) : mention));
      }
      if (testCase.setup === 'block-storage') undo.push(blockStorage());
      if (testCase.setup === 'page-lang-en_GB') {
        const root = document.documentElement;
        const lang = root.getAttribute('lang');
        root.setAttribute('lang', 'en_GB');
        undo.push(() => (lang === null ? root.removeAttribute('lang') : root.setAttribute('lang', lang)));
      }
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      if (testCase.setup !== 'page-lang-en_GB') holder.setAttribute('lang', 'en');
      holder.innerHTML = markup;
      await settle(holder, 300);
      if (testCase.act) await act(holder, testCase.act);
      await settle(holder, 200);

      expect(errors, 'no uncaught exception').to.deep.equal([]);
      const text = readableText(holder);
      if (typeof testCase.readable === 'string') expect(text, 'the story stays readable').to.contain(testCase.readable);
      else expect(text, 'the story stays readable').to.match(testCase.readable);
      if (testCase.tag === 'lede-text-size') {
        const values = [...holder.querySelector('lede-text-size')!.shadowRoot!.querySelectorAll('input')].map((radio) => radio.value);
        expect(values.length, 'sizes are offered').to.be.at.least(1);
        expect(new Set(values).size, 'no size is offered twice').to.equal(values.length);
      }
      const ours = warnings.messages.filter((message) => /^<lede-[a-z-]+>/.test(message));
      const expected = testCase.warnings ?? 1;
      expect(ours, `exactly ${expected} warning(s) from Lede; got:\n  ${ours.join('\n  ')}`).to.have.length(expected);
      for (const message of ours) {
        expect(message.startsWith(`<${testCase.tag}>`), `the warning names <${testCase.tag}>: ${message}`).to.be.true;
      }
      const names = (message: string) =>
        mentions.every((mention) => (typeof mention === 'string' ? message.includes(mention) : mention.test(message)));
      expect(ours.some(names), `a warning names the problem (${mentions.map(String).join(', ')}); got:\n  ${ours.join('\n  ')}`).to.be.true;
    });
  }

  it('<lede-article> inside <lede-article>: no hang; each labels only its own times', async () => {
    const { timedOut, result } = await executeServerCommand<
      { timedOut: boolean; result: { errors: string[]; text: string; outerLabels: string[]; innerLabels: string[] } | null },
      { url: string; timeout: number }
    >('run-page', { url: '/__hostile__/shell.html?module=/test/hostile/nested-article-page.ts', timeout: 6000 });
    expect(timedOut, 'the page finished loading and reported (it did not hang)').to.be.false;
    expect(result!.errors, 'no uncaught exception').to.deep.equal([]);
    expect(result!.text).to.contain("The inner story's text.");
    expect(result!.outerLabels, "the outer story's time").to.deep.equal(['First published ']);
    expect(result!.innerLabels, "the inner story's time").to.deep.equal(['Published ']);
  });
});
