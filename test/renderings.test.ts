// Must load before any Lede element is defined, so server-rendered elements hydrate.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Three renderings of every story in stories/ (the realistic page, with the README's full player
// and article markup, among them):
// 1. client-rendered, with the story's play function: it renders and reads;
// 2. server-rendered with @lit-labs/ssr, then hydrated: no hydration error, and its controls work;
// 3. server-rendered with JavaScript off (a sandboxed frame without allow-scripts): the story
//    stays readable, and the browser's own player shows and plays.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import '../src/index.js';
import { deepActiveElement, findByIdAcrossShadowRoots } from '../src/internal/find-by-id.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import { recordWarnings } from './helpers/console.js';
import { describeElement } from './helpers/page-context.js';
import { allStories, type ComposedStory } from './fixtures/stories.js';

const LEDE = ['lede-skip-links', 'lede-text-size', 'lede-article', 'lede-figure', 'lede-byline', 'lede-media-player'];
/** Parts each element draws once; two of one means the shadow root rendered twice. */
const SINGLE_PARTS = ['nav', 'group', 'legend', 'player', 'poster', 'start', 'skip', 'enlarge', 'dialog', 'transcript-toggle'];
/** Text a reader reads, in the story's light DOM. Skip links are left out: they show only when focused. */
const READABLE = 'h1, h2, h3, p, li, blockquote, figcaption, time, img, [slot="transcript"]';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (condition: () => boolean, timeout = 6000) => {
  const start = performance.now();
  while (!condition() && performance.now() - start < timeout) await wait(25);
  return condition();
};

async function serverRender(id: string): Promise<string> {
  const response = await fetch(`/__ssr_story__/${id}`);
  const body = await response.text();
  if (!response.ok || body.startsWith('SSR failed')) throw new Error(`server rendering of ${id} failed:\n${body}`);
  return body;
}

/** Collects what escapes while `run` executes: uncaught errors, rejections and console errors. */
async function collectErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await wait(50);
  } catch (error) {
    errors.push(String(error instanceof Error ? (error.stack ?? error) : error));
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** Waits for every Lede element below `root` to finish updating; an update that threw (a hydration mismatch) rejects. */
async function settle(root: ParentNode): Promise<void> {
  await Promise.all(LEDE.map((tag) => customElements.whenDefined(tag)));
  for (const element of root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(LEDE.join(','))) {
    await element.updateComplete;
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Light-DOM text and images of the story that a reader cannot see. With JavaScript on, an
 * authored transcript waits behind its disclosure and a failed image gives way, by design;
 * without it, both must show.
 */
function unreadable(root: ParentNode, { scripted }: { scripted: boolean }): string[] {
  const missing: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(READABLE)) {
    if (element.closest('lede-skip-links, video, audio, template, [hidden], [data-lede-generated], script')) continue;
    if (scripted && element.closest('[slot="transcript"]')) continue;
    if (scripted && element instanceof HTMLImageElement && element.complete && !element.naturalWidth) continue;
    const visible = element.getClientRects().length > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const box = element.getBoundingClientRect();
    if (!visible || box.width < 1 || box.height < 1) missing.push(describeElement(element));
  }
  return missing;
}

/** Server parts that were rendered twice (a sign that hydration threw the server's DOM away). */
function doubled(root: ParentNode): string[] {
  const found: string[] = [];
  for (const host of root.querySelectorAll(LEDE.join(','))) {
    for (const part of SINGLE_PARTS) {
      const count = host.shadowRoot?.querySelectorAll(`[part~="${part}"]`).length ?? 0;
      if (count > 1) found.push(`${describeElement(host)} has ${count} [part=${part}]`);
    }
  }
  return found;
}

/** Uses one control of each kind the story has, as a reader would, and says what did not respond. */
async function useControls(root: HTMLElement): Promise<string[]> {
  const dead: string[] = [];

  const player = root.querySelector<LedeMediaPlayer>('lede-media-player');
  if (player) {
    await player.ready;
    const start = player.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]');
    start?.click();
    await until(() => !!player.engine || !!player.shadowRoot!.querySelector('[part~="error"]'), 8000);
    await player.ready;
    if (!player.engine && !player.shadowRoot!.querySelector('[part~="error"]')) {
      dead.push(`${describeElement(player)}: pressing Play loaded nothing (start button ${start ? 'pressed' : 'missing'})`);
    }
  }

  const switcher = root.querySelector('lede-text-size');
  if (switcher) {
    const radios = [...switcher.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const other = radios.find((radio) => !radio.checked);
    let changed = false;
    switcher.addEventListener('lede-text-size-change', () => (changed = true), { once: true });
    other?.click();
    await (switcher as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (!other || !changed || !other.checked) dead.push(`${describeElement(switcher)}: picking a size did nothing`);
    document.documentElement.style.fontSize = '';
  }

  const bar = root.querySelector('lede-skip-links');
  const link = bar && [...bar.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].find((a) => findByIdAcrossShadowRoots(a.hash.slice(1)));
  if (link) {
    link.focus();
    await sendKeys({ press: 'Enter' });
    const target = findByIdAcrossShadowRoots(link.hash.slice(1));
    if (deepActiveElement() !== target) dead.push(`${describeElement(link)}: focus went to ${describeElement(deepActiveElement())}, not its target`);
    history.replaceState(null, '', location.pathname + location.search);
  }

  const figure = [...root.querySelectorAll('lede-figure')].find((f) => f.shadowRoot!.querySelector('[part~="enlarge"]'));
  if (figure) {
    const dialog = () => figure.shadowRoot!.querySelector<HTMLDialogElement>('[part~="dialog"]');
    figure.shadowRoot!.querySelector<HTMLButtonElement>('[part~="enlarge"]')!.click();
    await until(() => !!dialog()?.open, 1000);
    if (!dialog()?.open) dead.push(`${describeElement(figure)}: the enlarge button opened nothing`);
    dialog()?.close();
  }

  const readableTimes = [...root.querySelectorAll('lede-article time[data-lede-time]')].filter(
    (time) => !Number.isNaN(Date.parse(time.getAttribute('datetime') ?? '')),
  );
  if (readableTimes.length && !root.querySelector('lede-article [data-lede-generated]')) {
    dead.push('lede-article: the story was not enhanced (no "Published" label added)');
  }
  return dead;
}

/** Loads `markup` into a sandboxed frame where no script may run, and resolves with its document. */
async function loadWithoutJavaScript(container: HTMLElement, markup: string): Promise<Document> {
  const frame = document.createElement('iframe');
  // allow-same-origin lets this test read the frame; without allow-scripts nothing in it runs.
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'inline-size: 800px; block-size: 1400px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Without JavaScript</title></head><body>${markup}</body></html>`;
  container.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await Promise.all(
    [...doc.images].map((image) =>
      image.complete ? undefined : new Promise((resolve) => ['load', 'error'].forEach((e) => image.addEventListener(e, resolve, { once: true }))),
    ),
  );
  return doc;
}

/** Whether the browser's own player plays `media` (from this test's script: the frame itself runs none). */
async function nativePlays(media: HTMLMediaElement): Promise<boolean> {
  media.muted = true;
  try {
    await media.play();
  } catch {
    return false;
  }
  const played = await until(() => media.currentTime > 0, 5000);
  media.pause();
  return played;
}

function cleanUp(): void {
  for (const player of document.querySelectorAll('lede-media-player')) player.remove();
  document.documentElement.style.fontSize = '';
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
}

const stories: ComposedStory[] = allStories();

describe('three renderings of every story', () => {
  recordWarnings();
  afterEach(cleanUp);

  it('finds every story, the realistic page among them', () => {
    expect(stories.length).to.be.greaterThan(30);
    expect(stories.map((story) => story.id)).to.include.members(['page/NewsStory', 'media-player/Idle', 'article/Story']);
  });

  for (const story of stories) {
    describe(story.id, () => {
      it('client-rendered: renders, runs its play function, and reads', async function () {
        this.timeout(20000);
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        let undo: unknown;
        const errors = await collectErrors(async () => {
          undo = await story.beforeEach?.();
          render(story.template(), container);
          await settle(container);
          await story.play?.(container);
          await settle(container);
        });
        expect(errors, `errors while rendering ${story.id}`).to.deep.equal([]);
        for (const host of container.querySelectorAll(LEDE.join(','))) {
          expect(host.shadowRoot?.childNodes.length, `${describeElement(host)} rendered`).to.be.greaterThan(0);
        }
        expect(unreadable(container, { scripted: true }), 'story text a reader cannot see').to.deep.equal([]);
        if (typeof undo === 'function') undo();
      });

      it('server-rendered and hydrated: no hydration error, and its controls work', async function () {
        this.timeout(20000);
        const markup = await serverRender(story.id);
        expect(markup, 'declarative shadow DOM from the server').to.match(/<template shadowroot(mode)?="open"/);
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        let dead: string[] = [];
        const errors = await collectErrors(async () => {
          container.setHTMLUnsafe(markup);
          await settle(container);
          expect(doubled(container), 'parts rendered twice').to.deep.equal([]);
          expect(unreadable(container, { scripted: true }), 'story text a reader cannot see once hydrated').to.deep.equal([]);
          dead = await useControls(container);
        });
        expect(errors, `errors while hydrating ${story.id}`).to.deep.equal([]);
        expect(dead, 'controls that did not respond after hydration').to.deep.equal([]);
      });

      it('server-rendered with JavaScript off: readable, and the browser\'s own player plays', async function () {
        this.timeout(20000);
        const markup = await serverRender(story.id);
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        expect(markup, 'declarative shadow DOM from the server').to.match(/<template shadowroot(mode)?="open"/);
        const doc = await loadWithoutJavaScript(container, markup);
        expect(doc.querySelector(LEDE.join(',')), 'the frame holds the story').to.exist;
        expect(doc.defaultView!.customElements.get('lede-article'), 'no script ran in the frame').to.be.undefined;
        expect(unreadable(doc, { scripted: false }), 'story text a reader cannot see without JavaScript').to.deep.equal([]);
        for (const media of doc.querySelectorAll<HTMLMediaElement>('video, audio')) {
          const box = media.getBoundingClientRect();
          expect(media.hasAttribute('controls'), `${describeElement(media)} has the browser's controls`).to.be.true;
          expect(box.width > 0 && box.height > 0, `${describeElement(media)} has a box (${box.width}×${box.height})`).to.be.true;
          const missing = [...media.querySelectorAll('source')].some((source) => source.getAttribute('src')!.includes('no-such-file'));
          if (!missing) expect(await nativePlays(media), `${describeElement(media)} plays without JavaScript`).to.be.true;
        }
      });
    });
  }
});
