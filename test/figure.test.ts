import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/figure/define.js';
import '../src/locales/ar.js';
import type { LedeFigure } from '../src/figure/figure.js';
import { deepActiveElement } from '../src/internal/find-by-id.js';
import { expectAccessible } from './helpers/axe.js';
import { ariaSnapshot } from './helpers/commands.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';
import { imageSettled, measureLayoutShift, nextFrames } from './helpers/layout.js';

const CAPTION = 'Volunteers stack sandbags along the river wall in Harnford on Tuesday.';
const ALT = 'Six people in high-visibility jackets pass sandbags hand to hand beside a swollen brown river.';

async function figureFixture(template: ReturnType<typeof html>): Promise<LedeFigure> {
  const holder = await fixture<HTMLDivElement>(html`<div lang="en" style="inline-size: 480px">${template}</div>`);
  const figure = holder.querySelector('lede-figure')!;
  await figure.updateComplete;
  const image = figure.querySelector('img');
  if (image) await imageSettled(image);
  await nextFrames();
  await figure.updateComplete;
  return figure;
}

const standard = (src = '/__image__/800x450.svg', alt = ALT, attrs = '') =>
  figureFixture(
    html`<lede-figure id="f" .innerHTML=${`<figure><img src="${src}" alt="${alt}" width="800" height="450" ${attrs}><figcaption>${CAPTION} <span data-lede-credit>Reuters</span></figcaption></figure>`}></lede-figure>`,
  );

/** A fresh URL each time: Chromium's in-memory image cache would otherwise skip the delay. */
let slowImages = 0;
const slowImage = () => `/__image__/800x450.svg?delay=400&n=${++slowImages}`;

const visible = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
};

describe('lede-figure', () => {
  const warnings = recordWarnings();

  describe('accessibility', () => {
    it('is named by its caption, its image by its alt, and the credit is heard as a credit', async () => {
      const figure = await standard();
      const tree = await ariaSnapshot('#f');
      expect(tree).to.contain(`figure "${CAPTION} Image source: Reuters"`);
      expect(tree).to.contain(`- img "${ALT}"`);
      const label = figure.querySelector('[data-lede-generated="credit-label"]')!;
      expect(visible(label), 'the credit label is for screen readers only').to.be.false;
      expect(visible(figure.querySelector('[data-lede-credit]')!), 'the credit itself shows').to.be.true;
      await expectAccessible(figure);
    });

    it('reads a caption once when the alt repeats it, and warns', async () => {
      const figure = await standard('/__image__/800x450.svg', CAPTION);
      const tree = await ariaSnapshot('#f');
      expect(tree).to.contain(`figure "${CAPTION} Image source: Reuters"`);
      expect(tree, 'the image is presentational').not.to.contain('- img');
      expect(figure.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(warnings.messages.some((m) => m.startsWith('<lede-figure>') && m.includes('repeats its caption'))).to.be.true;
      await expectAccessible(figure);
    });

    it('labels the credit in the reader\'s language and lays it out right to left', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div lang="ar" dir="rtl">
          <lede-figure
            .innerHTML=${'<figure><img src="/__image__/800x450.svg" alt="متطوعون يرصّون أكياس الرمل" width="800" height="450"><figcaption>متطوعون على ضفة النهر. <span data-lede-credit>رويترز</span></figcaption></figure>'}
          ></lede-figure>
        </div>`,
      );
      const figure = holder.querySelector('lede-figure')!;
      await nextFrames();
      expect(figure.querySelector('[data-lede-generated="credit-label"]')!.textContent).to.equal('مصدر الصورة: ');
      await expectAccessible(holder);
    });
  });

  describe('language', () => {
    it('relabels the credit when the page\'s language changes', async () => {
      const previous = document.documentElement.lang;
      const holder = await fixture<HTMLDivElement>(
        html`<div><lede-figure .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${ALT}" width="800" height="450"><figcaption>${CAPTION} <span data-lede-credit>Reuters</span></figcaption></figure>`}></lede-figure></div>`,
      );
      try {
        document.documentElement.lang = 'en';
        await nextFrames();
        const label = () => holder.querySelector('[data-lede-generated="credit-label"]')!.textContent;
        expect(label()).to.equal('Image source: ');
        document.documentElement.lang = 'ar';
        await nextFrames();
        expect(label()).to.equal('مصدر الصورة: ');
      } finally {
        document.documentElement.lang = previous;
      }
    });
  });

  describe('loading', () => {
    it('lets the lead image load first and every other image lazily', async () => {
      const lead = await figureFixture(
        html`<lede-figure lead .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${ALT}" width="800" height="450"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
      );
      expect(lead.image!.getAttribute('fetchpriority')).to.equal('high');
      expect(lead.image!.loading).to.equal('eager');
      const inline = await standard();
      expect(inline.image!.loading).to.equal('lazy');
      expect(inline.image!.hasAttribute('fetchpriority')).to.be.false;
    });

    it('reserves the image\'s box while it downloads, so nothing shifts (CLS 0)', async () => {
      const shift = await measureLayoutShift(async () => {
        await standard(slowImage());
      });
      expect(shift).to.equal(0);
    });

    it('reserves the box from ratio when the image has no width and height', async () => {
      const shift = await measureLayoutShift(async () => {
        await figureFixture(
          html`<lede-figure ratio="16/9" .innerHTML=${`<figure><img src="${slowImage()}" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
        );
      });
      expect(shift).to.equal(0);
    });

    it('measures a shift when no size is given at all (the measurement can fail)', async () => {
      const shift = await measureLayoutShift(async () => {
        await figureFixture(
          html`<lede-figure .innerHTML=${`<figure><img src="${slowImage()}" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
        );
      });
      expect(shift).to.be.greaterThan(0);
      expect(warnings.messages.some((m) => m.includes('has no width and height'))).to.be.true;
    });
  });

  describe('when the image fails', () => {
    it('shows a calm box with the alt text, keeps the caption, and names the URL once', async () => {
      await expectNoUncaughtError(async () => {
        const figure = await standard('/__image__/missing.svg');
        const box = figure.querySelector('[data-lede-generated="image-fallback"]') as HTMLElement;
        expect(box.textContent).to.equal(ALT);
        expect(visible(box)).to.be.true;
        expect(box.getBoundingClientRect().height, 'keeps the 16:9 box').to.be.closeTo((480 * 450) / 800, 1);
        expect(visible(figure.image!), 'no broken-image icon').to.be.false;
        expect(visible(figure.querySelector('figcaption')!)).to.be.true;
        const tree = await ariaSnapshot('#f');
        expect(tree, 'read once, from the image').to.contain(`- img "${ALT}"`);
        expect(tree).not.to.contain(`- text: ${ALT}`);
        const failures = warnings.messages.filter((m) => m.includes('could not load the image'));
        expect(failures).to.have.length(1);
        expect(failures[0]).to.contain('/__image__/missing.svg');
        await expectAccessible(figure);
      });
    });

    it('treats an image with no src as failed, with a warning that says so', async () => {
      await expectNoUncaughtError(async () => {
        const figure = await figureFixture(
          html`<lede-figure .innerHTML=${`<figure><img alt="${ALT}" width="800" height="450"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
        );
        expect(figure.querySelector('[data-lede-generated="image-fallback"]')!.textContent).to.equal(ALT);
        expect(warnings.messages.some((m) => m.includes('<img> with no src'))).to.be.true;
      });
    });

    it('keeps a figure with no image readable, and says what is missing', async () => {
      await expectNoUncaughtError(async () => {
        const figure = await figureFixture(html`<lede-figure .innerHTML=${`<figure><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`);
        expect(figure.textContent).to.contain(CAPTION);
        expect(warnings.messages.some((m) => m.startsWith('<lede-figure>: has no <img>'))).to.be.true;
      });
    });

    it('lays out a huge caption without overflowing a 320 px column', async () => {
      const huge = `${'A very long caption that keeps going. '.repeat(60)}https://example.com/${'x'.repeat(200)}`;
      const holder = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px"><lede-figure .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${ALT}" width="800" height="450"><figcaption>${huge}</figcaption></figure>`}></lede-figure></div>`,
      );
      await nextFrames();
      const caption = holder.querySelector('figcaption')!;
      expect(caption.scrollWidth).to.be.at.most(caption.clientWidth);
    });
  });

  describe('enlarge', () => {
    it('offers no button without a larger source', async () => {
      const figure = await standard();
      expect(figure.shadowRoot!.querySelector('button')).to.be.null;
    });

    it('opens the larger picture in a modal dialog, keeps focus in it, and returns focus on Escape', async () => {
      const figure = await figureFixture(
        html`<lede-figure enlarge-src="/__image__/1600x900.svg" .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${ALT}" width="800" height="450"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>
          <a href="#after">After the figure</a>`,
      );
      const button = figure.shadowRoot!.querySelector<HTMLButtonElement>('button[part="enlarge"]')!;
      expect(button.getAttribute('aria-label')).to.equal(`Enlarge image: ${ALT}`);
      expect(figure.shadowRoot!.querySelector('img'), 'the large picture is not fetched before it is asked for').to.be.null;

      button.focus();
      await sendKeys({ press: 'Enter' });
      await figure.updateComplete;
      const dialog = figure.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      expect(dialog.contains(deepActiveElement()), 'focus moved into the dialog').to.be.true;
      expect(figure.shadowRoot!.querySelector<HTMLImageElement>('[part="enlarged-image"]')!.src).to.contain('1600x900');
      await expectAccessible(figure);

      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(deepActiveElement()), 'Tab stays in the dialog').to.be.true;
      await sendKeys({ press: 'Escape' });
      await figure.updateComplete;
      expect(dialog.open).to.be.false;
      expect(deepActiveElement()).to.equal(button);
    });

    it('closes from its close button, named in the reader\'s language', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div lang="ar"><lede-figure enlarge-src="/__image__/1600x900.svg" .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="صورة النهر" width="800" height="450"><figcaption>النهر</figcaption></figure>`}></lede-figure></div>`,
      );
      const figure = holder.querySelector('lede-figure')!;
      await nextFrames();
      const button = figure.shadowRoot!.querySelector<HTMLButtonElement>('button[part="enlarge"]')!;
      expect(button.textContent!.trim()).to.equal('تكبير الصورة');
      button.click();
      await figure.updateComplete;
      const close = figure.shadowRoot!.querySelector<HTMLButtonElement>('button[part="close"]')!;
      expect(close.textContent!.trim()).to.equal('إغلاق');
      close.focus();
      await sendKeys({ press: 'Enter' });
      expect(figure.shadowRoot!.querySelector('dialog')!.open).to.be.false;
      expect(deepActiveElement()).to.equal(button);
    });
  });
});
