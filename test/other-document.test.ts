import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { expectNoUncaughtError } from './helpers/console.js';

/*
 * Constructed stylesheets belong to the document that made them, and another document refuses
 * them. Each Lede element moved into another document (a same-origin iframe here; a Document
 * Picture-in-Picture window is the same case) must keep its own styles and its content styles,
 * whether it rendered in the page first or connects in the other document first.
 */

const ELEMENTS: Array<{ tag: string; markup: string; display: string }> = [
  { tag: 'lede-skip-links', markup: '<lede-skip-links><a href="#frame-main">Skip to main content</a></lede-skip-links>', display: 'block' },
  { tag: 'lede-text-size', markup: '<lede-text-size storage-key=""></lede-text-size>', display: 'block' },
  {
    tag: 'lede-article',
    markup: '<lede-article><article lang="en"><h1>River wall holds</h1><p>The story.</p></article></lede-article>',
    display: 'block',
  },
  {
    tag: 'lede-figure',
    markup:
      '<lede-figure><figure><img src="/__image__/800x450.svg" alt="Sandbags by a door" width="800" height="450" /><figcaption>Quay Street.</figcaption></figure></lede-figure>',
    display: 'block',
  },
  {
    tag: 'lede-byline',
    markup: '<lede-byline><img src="/__image__/160x160.svg" alt="" width="160" height="160" /><p><a rel="author" href="/a">Amina Yusuf</a></p></lede-byline>',
    display: 'flow-root',
  },
  {
    tag: 'lede-media-player',
    markup:
      '<lede-media-player media-title="Ferry vote" duration="8"><video controls preload="none"><source src="/demo/media/ferry-vote.webm" type="video/webm" /></video></lede-media-player>',
    display: 'block',
  },
];

async function frameDocument(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Another document" style="inline-size: 800px; block-size: 600px; border: 0"></iframe>`,
  );
  const doc = frame.contentDocument!;
  doc.body.innerHTML = '<main id="frame-main"></main>';
  return doc;
}

describe('elements in another document', () => {
  for (const { tag, markup, display } of ELEMENTS) {
    for (const how of ['moved after rendering here', 'connected there first'] as const) {
      it(`<${tag}> keeps its styles when ${how}`, async () => {
        const doc = await frameDocument();
        const view = doc.defaultView!;
        await expectNoUncaughtError(async () => {
          const holder = document.createElement('div');
          holder.innerHTML = markup;
          const element = holder.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
          if (how === 'moved after rendering here') {
            document.body.append(holder);
            await element.updateComplete;
          }
          doc.querySelector('main')!.append(element);
          await element.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(view.getComputedStyle(element).display, 'its own :host style').to.equal(display);
          expect(element.shadowRoot!.adoptedStyleSheets.length, 'sheets adopted in that document').to.be.greaterThan(0);
          if (tag === 'lede-byline') {
            expect(view.getComputedStyle(element.querySelector('img')!).display, 'its content style').to.equal('block');
          }
          holder.remove();
          element.remove();
        });
      });
    }
  }
});
