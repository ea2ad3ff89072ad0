import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { textSizeHeadScript } from '../src/text-size/text-size-css.js';
import { deepActiveElement } from '../src/internal/find-by-id.js';
import { axeRunOptions } from './helpers/axe-options.js';
import { checkStoryMarkup } from '../src/authoring/authoring-checks.js';

/** Loads the demo page (what `npm start` serves) in a frame and waits for its elements. */
async function openDemo(width = 1000): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Demo page" src="/demo/index.html" style="inline-size: ${width}px; block-size: 700px; border: 0"></iframe>`,
  );
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('lede-text-size');
  await win.document.querySelector('lede-skip-links')!.targetsChecked;
  return { frame, win };
}

async function reload(frame: HTMLIFrameElement) {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('lede-text-size');
  return win;
}

/** The pre-upgrade rule the README used to recommend, which gave the links room until upgrade. */
const OLD_README_RULE = 'lede-skip-links:not(:defined) { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }';

/**
 * Loads the demo in a frame as a slow network would: the page paints before Lede's script runs
 * (which starts a few frames late), and then upgrades. Returns the page's whole layout-shift score
 * from first paint through upgrade, read with `buffered: true` so nothing before the observer is
 * lost. `stylesheet` is what the page uses before upgrade: Lede's lede.css, or the old README rule.
 */
async function demoLayoutShift(options: { width: number; stylesheet: 'lede.css' | 'old README rule'; failedImage: boolean }) {
  let source = await (await fetch('/demo/index.html')).text();
  source = source.replace('<head>', '<head><base href="/demo/" />');
  if (options.stylesheet === 'old README rule') {
    source = source.replace(/<link rel="stylesheet" href="\.\/lede\.css"[^>]*>/, `<style>${OLD_README_RULE}</style>`);
  }
  if (options.failedImage) source = source.replace('./images/harbour-committee.svg', '/__image__/missing.svg');
  source = source.replace(
    '<script type="module" src="./main.ts"></script>',
    `<script type="module">
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200))));
      await import('./main.ts');
    </script>`,
  );
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Demo page" srcdoc=${source} style="inline-size: ${options.width}px; block-size: 800px; border: 0"></iframe>`,
  );
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('lede-skip-links');
  await win.customElements.whenDefined('lede-figure');
  await win.document.querySelector('lede-skip-links')!.targetsChecked;
  await new Promise((resolve) => setTimeout(resolve, 500));
  const shifts = await new Promise<Array<{ value: number; hadRecentInput: boolean }>>((resolve) => {
    const observer = new win.PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>);
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve([]), 1000); // no entry at all: nothing shifted
  });
  const painted = win.performance.getEntriesByName('first-paint').length;
  return { cls: shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0), painted };
}

describe('demo page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  it('tells a complete story that passes every authoring check, with times in British English', async () => {
    const { win } = await openDemo();
    await win.customElements.whenDefined('lede-article');
    const article = win.document.querySelector('lede-article')!;
    await article.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(checkStoryMarkup(article).map((finding) => finding.message)).to.deep.equal([]);
    for (const part of ['[data-lede-label="breaking"]', 'h1', '[data-lede-standfirst]', 'lede-figure[lead]', 'blockquote', 'h2', 'footer lede-byline img']) {
      expect(article.querySelector(part), part).to.exist;
    }
    expect(article.querySelector('time[data-lede-time="published"]')!.textContent).to.match(/^24 November 2026 at 07:45/);
    expect(article.querySelector('footer lede-byline img')!.getAttribute('alt'), 'the portrait only repeated the name').to.equal('');
    expect(JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!).author[0].name).to.equal(
      'Morwenna Tallis',
    );
  });

  it('loads no player code until the reader presses play, then plays the video in the story', async () => {
    const { frame, win } = await openDemo();
    await win.customElements.whenDefined('lede-media-player');
    const engineRequests = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /video-js-engine|video\.js/.test(name));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(engineRequests()).to.deep.equal([]);
    const player = win.document.querySelector('lede-media-player')!;
    const start = player.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!;
    expect(start.getAttribute('aria-label')).to.equal('Play video: Councillors vote to keep the night ferry, 8 seconds');
    frame.focus();
    start.focus();
    await sendKeys({ press: 'Enter' });
    await player.ready;
    expect(engineRequests().length).to.be.greaterThan(0);
    expect(player.engine, 'the engine loaded').to.exist;
    player.engine!.pause();
  });

  it('inlines the documented head script', async () => {
    const source = await (await fetch('/demo/index.html')).text();
    expect(source).to.contain(`<script>${textSizeHeadScript()}</script>`);
  });

  it('lets a keyboard user skip to main content with the first Tab and Enter', async () => {
    const { frame, win } = await openDemo();
    frame.focus();
    win.document.body.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(win.document)?.textContent).to.equal('Skip to main content');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement(win.document)).to.equal(win.document.querySelector('main'));
    await sendKeys({ press: 'Tab' });
    expect(win.document.querySelector('main')!.contains(deepActiveElement(win.document))).to.be.true;
  });

  it('keeps the reader\'s text size across a reload', async () => {
    const { frame, win } = await openDemo();
    const switcher = win.document.querySelector('lede-text-size')!;
    switcher.shadowRoot!.querySelector<HTMLInputElement>('input[value="150"]')!.click();
    await switcher.updateComplete;
    expect(parseFloat(win.getComputedStyle(win.document.documentElement).fontSize)).to.equal(24);

    const reloaded = await reload(frame);
    expect(parseFloat(reloaded.getComputedStyle(reloaded.document.documentElement).fontSize)).to.equal(24);
    const checked = reloaded.document.querySelector('lede-text-size')!.shadowRoot!.querySelector<HTMLInputElement>(':checked');
    expect(checked?.value).to.equal('150');
  });

  it('has no axe violations as a whole page, landmarks included, at every text size', async function () {
    this.timeout(40000); // four full-page axe runs; slow when the machine is busy
    const { win } = await openDemo();
    const frameWindow = win as unknown as { axe?: Window['axe'] };
    const script = win.document.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    win.document.head.append(script);
    const switcher = win.document.querySelector('lede-text-size')!;
    for (const size of ['100', '125', '150', '200']) {
      switcher.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${size}"]`)!.click();
      await switcher.updateComplete;
      const results = await frameWindow.axe!.run(win.document, {
        ...axeRunOptions,
        rules: { ...axeRunOptions.rules, region: { enabled: true } },
      });
      expect(results.violations.map((v) => `${size}%: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).to.deep.equal([]);
    }
  });

  it('reads without JavaScript: skip links that take no room until focused, then easy targets, and the story', async () => {
    // A sandboxed frame without allow-scripts runs no script at all, as a reader with JS off.
    // (This test used to expect the links to take room at the top of the page; with lede.css they
    // take none, and show as a bar while one has focus, as the upgraded element does.)
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Demo without scripts" sandbox="allow-same-origin" src="/demo/index.html" style="inline-size: 800px; block-size: 600px"></iframe>`,
    );
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const bar = doc.querySelector('lede-skip-links')!;
    expect(bar.matches(':defined'), 'no script ran').to.be.false;
    const header = doc.querySelector('.site-header')!;
    expect(header.getBoundingClientRect().top, 'the links take no room: the site header is at the top').to.equal(0);
    expect(bar.getBoundingClientRect().width, 'out of sight').to.be.at.most(1);

    const anchors = [...doc.querySelectorAll<HTMLAnchorElement>('lede-skip-links a')];
    expect(anchors).to.have.length(3);
    anchors[0]!.focus();
    const shown = bar.getBoundingClientRect();
    expect(shown.top, 'shown at the top').to.equal(0);
    expect(shown.width, 'across the viewport').to.equal(doc.documentElement.clientWidth);
    const links = anchors.map((a) => a.getBoundingClientRect());
    for (const [index, box] of links.entries()) {
      expect(box.height, `link ${index} at least 24 px tall (WCAG 2.5.8)`).to.be.at.least(24);
      const next = links[index + 1];
      if (next && next.top === box.top) expect(next.left - box.right, `gap after link ${index}`).to.be.greaterThan(0);
    }
    expect(frame.contentWindow!.getComputedStyle(anchors[0]!).outlineStyle, 'a focus ring').to.equal('solid');
    anchors[0]!.blur();
    expect(doc.querySelector('h1')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  describe('layout shift from first paint through upgrade', () => {
    for (const width of [320, 1280]) {
      for (const failedImage of [false, true]) {
        it(`is 0 at ${width} px${failedImage ? ', with a failed image' : ''}, with lede.css`, async function () {
          this.timeout(20000);
          const { cls, painted } = await demoLayoutShift({ width, stylesheet: 'lede.css', failedImage });
          expect(painted, 'the page painted before it upgraded').to.equal(1);
          expect(cls).to.equal(0);
        });
      }
      it(`is above 0 at ${width} px with the old README rule, so the measure can fail`, async function () {
        this.timeout(20000);
        const { cls } = await demoLayoutShift({ width, stylesheet: 'old README rule', failedImage: false });
        expect(cls).to.be.greaterThan(0.01);
      });
    }
  });

  it('does not scroll sideways at 320 px wide and 200% text', async () => {
    await setViewport({ width: 400, height: 700 });
    const { win } = await openDemo(320);
    const switcher = win.document.querySelector('lede-text-size')!;
    switcher.shadowRoot!.querySelector<HTMLInputElement>('input[value="200"]')!.click();
    await switcher.updateComplete;
    expect(parseFloat(win.getComputedStyle(win.document.documentElement).fontSize)).to.equal(32);
    expect(win.innerWidth).to.equal(320);
    expect(win.document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
