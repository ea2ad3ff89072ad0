// Must load before any Lede element is defined, so the elements hydrate server-rendered markup.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/locales/ar.js';
import { deepActiveElement } from '../src/internal/find-by-id.js';
import { expectAccessible } from './helpers/axe.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';

/** Fetches markup rendered by @lit-labs/ssr in Node (test/ssr/fixtures.ts). */
async function serverRender(name: string): Promise<string> {
  const response = await fetch(`/__ssr__/${name}`);
  const body = await response.text();
  if (!response.ok) throw new Error(body);
  return body;
}

/**
 * Parses server markup into detached nodes, keeping the declarative shadow roots and Lit's comment
 * markers; the elements upgrade and hydrate when the nodes are connected.
 */
function parse(markup: string): Node[] {
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(markup);
  return [...holder.childNodes];
}

/** Waits until a hydrated player has taken over from the native player (the render after hydration). */
async function takenOver(player: LedeMediaPlayer): Promise<void> {
  await player.updateComplete;
  const started = performance.now();
  while (player.shadowRoot!.querySelector('[part~="poster"]')?.hasAttribute('hidden') && performance.now() - started < 2000) {
    await player.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('server-side rendering', () => {
  const warnings = recordWarnings();
  beforeEach(() => localStorage.clear());

  it('renders every element on the server to declarative shadow DOM', async () => {
    for (const name of ['skip-links', 'text-size', 'text-size-ar', 'article', 'media-player']) {
      const markup = await serverRender(name);
      expect(markup, name).to.match(/<template shadowroot(mode)?="open"/);
    }
    expect(await serverRender('skip-links')).to.match(/aria-labelledby="name"[^]*<span id="name" hidden\s*><!--lit-part-->Accessibility links/);
    expect(await serverRender('text-size')).to.match(/<legend part="legend"\s*><!--lit-part-->Text size/);
    expect(await serverRender('text-size-ar')).to.contain('حجم النص');
    expect(await serverRender('text-size-ar')).to.contain('<fieldset part="group" dir="rtl"');
    expect(await serverRender('text-size'), 'no checked="false", which HTML reads as checked').not.to.contain('checked="');
  });

  it('hydrates lede-text-size in place, and it then behaves like a client-rendered one', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const nodes = parse(await serverRender('text-size'));
    const serverRadio = (nodes.find((n) => n.nodeName === 'LEDE-TEXT-SIZE') as Element).shadowRoot!.querySelector(
      'input[value="125"]',
    );
    expect(serverRadio, 'server markup has the radios').to.exist;

    container.append(...nodes);
    const el = container.querySelector('lede-text-size')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[value="125"]'), 'same node after hydration').to.equal(serverRadio);
    expect(el.shadowRoot!.querySelectorAll('fieldset')).to.have.length(1);

    (el.shadowRoot!.querySelector('input[value="100"]') as HTMLInputElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const story = container.querySelector<HTMLElement>('#ssr-story')!;
    expect(parseFloat(getComputedStyle(story).fontSize)).to.equal(20);
    await expectAccessible(el);
  });

  it('hydrates lede-text-size with the remembered size checked and marked, scaling its container once', async () => {
    localStorage.setItem('lede-ssr-remembered', '150');
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(...parse(await serverRender('text-size-remembered')));
    const el = container.querySelector('lede-text-size')!;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const option = (size: number) => el.shadowRoot!.querySelector(`input[value="${size}"]`)!;
    const checkedPart = [...el.shadowRoot!.querySelectorAll('[part~="option-checked"]')];
    expect(checkedPart, 'one option marked').to.have.length(1);
    expect(checkedPart[0]!.contains(option(150)), 'the remembered one').to.be.true;
    expect(option(100).hasAttribute('checked'), '100 no longer checked').to.be.false;
    expect(option(150).hasAttribute('checked')).to.be.true;
    expect((option(150) as HTMLInputElement).checked).to.be.true;
    const story = container.querySelector<HTMLElement>('#ssr-remembered-story')!;
    expect(parseFloat(getComputedStyle(story).fontSize)).to.equal(24);
    expect(document.documentElement.hasAttribute('style'), 'the root is left alone').to.be.false;
    localStorage.removeItem('lede-ssr-remembered');
  });

  it('hydrates the Arabic switcher with Arabic text', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(...parse(await serverRender('text-size-ar')));
    const el = container.querySelector('lede-text-size')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('حجم النص');
  });

  it('hydrates lede-skip-links, which then moves focus to its target', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(...parse(await serverRender('skip-links')));
    const bar = container.querySelector('lede-skip-links')!;
    await bar.updateComplete;
    await bar.targetsChecked;
    expect(bar.shadowRoot!.querySelectorAll('nav')).to.have.length(1);
    bar.querySelector('a')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(container.querySelector('#ssr-main'));
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('renders the story elements with their content in the light DOM, and enhances it once hydrated', async () => {
    const markup = await serverRender('article');
    for (const tag of ['lede-article', 'lede-byline', 'lede-figure']) {
      expect(markup, tag).to.match(new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(mode)?="open"`));
    }
    expect(markup, 'the story is light DOM, readable before any script').to.contain('<h1>River wall holds</h1>');
    expect(markup, 'no enhancement runs on the server').not.to.contain('data-lede-generated');

    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(...parse(markup));
    const article = container.querySelector('lede-article')!;
    await article.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(container.querySelector('time')!.textContent).to.equal('November 24, 2026');
    expect(container.querySelector('[data-lede-generated="credit-label"]')!.textContent).to.equal('Image source: ');
    // The JSON-LD is written after the story's first paint: one more frame and a task.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const data = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data.headline).to.equal('River wall holds');
    expect(data.description, 'the times under the headline are not a standfirst').to.be.undefined;
    expect(warnings.messages, 'well-formed markup, hydrated: nothing to warn about').to.deep.equal([]);
    const figure = container.querySelector('lede-figure')!;
    await figure.updateComplete;
    expect(figure.shadowRoot!.querySelectorAll('button[part="enlarge"]')).to.have.length(1);
    // Named by its text alone: the picture's alt is read once, from the picture.
    expect(figure.shadowRoot!.querySelector('button[part="enlarge"]')!.textContent!.trim()).to.equal('Enlarge image');
    await expectAccessible(container);
  });

  it('renders the media player on the server with its play button, and plays once hydrated', async () => {
    const markup = await serverRender('media-player');
    expect(markup).to.contain('aria-label="Play video: Ferry vote, 8 seconds"');
    expect(markup, 'no engine markup on the server').not.to.contain('vjs');
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    container.append(...parse(markup));
    const player = container.querySelector('lede-media-player')!;
    await takenOver(player);
    const start = player.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!;
    start.focus();
    await sendKeys({ press: 'Enter' });
    await player.ready;
    expect(player.engine).to.exist;
    expect(player.shadowRoot!.querySelectorAll('[part~="start"]')).to.have.length(0);
    player.remove();
  });
  describe('the media player with the README\'s full markup (poster, tracks, transcript)', () => {
    it('renders a slot for the native player and the transcript, so both show without JavaScript', async () => {
      const markup = await serverRender('media-player-full');
      const shadow = /<lede-media-player[^>]*>\s*<template shadowroot(?:mode)?="open"[^>]*>([^]*?)<\/template>/.exec(markup)![1]!;
      expect(shadow, 'a default slot for the native <video controls>').to.match(/<slot><\/slot>/);
      expect(shadow, 'a slot for the authored transcript').to.contain('<slot name="transcript"></slot>');

      // JavaScript off: the same markup in a frame with no script, where no element is defined.
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="The page without JavaScript" style="inline-size: 800px; block-size: 900px"></iframe>`);
      await new Promise((resolve) => {
        frame.addEventListener('load', resolve, { once: true });
        frame.srcdoc = `<!doctype html><html lang="en"><body>${markup}</body></html>`;
      });
      const page = frame.contentDocument!;
      const player = page.querySelector('lede-media-player')!;
      expect(page.defaultView!.customElements.get('lede-media-player'), 'no script ran').to.be.undefined;
      const native = player.querySelector('video')!;
      expect(native.checkVisibility(), 'the native player shows').to.be.true;
      expect(native.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(native.controls).to.be.true;
      const transcript = player.querySelector('[slot="transcript"]')!;
      expect(transcript.checkVisibility() && transcript.getBoundingClientRect().height > 0, 'the transcript reads as text').to.be.true;
      for (const name of ['start', 'skip']) {
        const control = player.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
        expect(control.checkVisibility(), `no ${name} control that needs JavaScript`).to.be.false;
      }
      // and the native player plays.
      native.muted = true;
      await native.play();
      const started = performance.now();
      while (native.currentTime === 0 && performance.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(native.currentTime, 'the native player played').to.be.greaterThan(0);
      native.pause();
    });

    it('hydrates without a mismatch, takes over from the native player, and plays', async () => {
      const markup = await serverRender('media-player-full');
      const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      let player!: LedeMediaPlayer;
      await expectNoUncaughtError(async () => {
        container.append(...parse(markup));
        player = container.querySelector('lede-media-player')!;
        await takenOver(player);
      });
      const root = player.shadowRoot!;
      expect(root.querySelector<HTMLImageElement>('.poster-image')!.getAttribute('src')).to.equal('/demo/media/ferry-vote-poster.jpg');
      expect(player.querySelector('video')!.checkVisibility(), 'the native player gives way').to.be.false;
      expect(root.querySelector('[part~="transcript-toggle"]'), 'the authored transcript behind its button').to.exist;
      expect(root.querySelectorAll('[part~="start"]')).to.have.length(1);
      const start = root.querySelector<HTMLButtonElement>('[part~="start"]')!;
      start.focus();
      await sendKeys({ press: 'Enter' });
      await player.ready;
      expect(player.engine).to.exist;
      expect(deepActiveElement()).to.equal(root.querySelector('[part~="play-pause"]'));
      const started = performance.now();
      while (player.engine!.paused && performance.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(player.engine!.paused, 'it plays').to.be.false;
      await expectAccessible(player);
      player.remove();
    });
  });
});
