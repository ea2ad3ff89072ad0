import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/figure/define.js';
import '../src/locales/ar.js';
import type { LedeFigure } from '../src/figure/figure.js';
import { pageStyles } from '../src/page-styles.js';
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

/**
 * A Persian, right-to-left page in a frame whose image fails before Lede's script arrives; the
 * script is imported only then, as on a slow page. Gives the layout shift the page saw from first
 * paint through the upgrade, and the failed picture's block size before and after.
 */
async function upgradeAfterFailure(pageStyles: string): Promise<{ shift: number; before: number; after: number }> {
  const frame = document.createElement('iframe');
  frame.title = 'A Persian story';
  frame.style.cssText = 'inline-size: 480px; block-size: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
    <style>${pageStyles}</style><style>body { margin: 0 } img { max-inline-size: 100%; block-size: auto }</style>
    <script>
      window.shift = 0;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value; })
        .observe({ type: 'layout-shift', buffered: true });
    </script></head><body>
    <p>شورای شهر به ادامهٔ سرویس کشتی شبانه رأی داد.</p>
    <lede-figure><figure><img src="/__image__/missing.svg?fa=${++slowImages}" alt="قایقی با پنجره‌های روشن از آب تاریک می‌گذرد" width="800" height="450">
      <figcaption>قایق ساعت ۲۳:۴۰ بندر را ترک می‌کند. <span data-lede-credit>رویترز</span></figcaption></figure></lede-figure>
    <p>ساکنان جزیره از این تصمیم استقبال کردند.</p>
    <script type="module">
      const image = document.querySelector('img');
      if (!image.complete) await new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      window.before = image.getBoundingClientRect().height;
      await import('/src/figure/define.ts');
      await new Promise((resolve) => setTimeout(resolve, 300));
      window.after = document.querySelector('[data-lede-generated="image-fallback"]').getBoundingClientRect().height;
      window.done = true;
    </script></body></html>`;
  document.body.append(frame);
  try {
    const win = () => frame.contentWindow as Window & { done?: boolean; shift: number; before: number; after: number };
    for (let i = 0; i < 200 && !win()?.done; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    const { shift, before, after } = win();
    return { shift, before, after };
  } finally {
    frame.remove();
  }
}

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

    for (const placeholder of ['16x9 Image', 'image', 'IMG_2041.JPG']) {
      it(`never lets the placeholder alt "${placeholder}" reach a reader, loaded or failed`, async () => {
        for (const src of ['/__image__/800x450.svg', '/__image__/missing.svg']) {
          const figure = await standard(src, placeholder);
          const tree = await ariaSnapshot('#f');
          expect(tree, tree).not.to.contain(placeholder);
          expect(tree).to.contain(`figure "${CAPTION} Image source: Reuters"`);
          expect(figure.image!.getAttribute('alt'), 'the picture is decorative; the caption tells').to.equal('');
          expect((figure as HTMLElement).innerText, 'nor is it shown in the failure box').not.to.contain(placeholder);
          figure.parentElement!.remove();
        }
      });
    }

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

    it('keeps the failed picture\'s reserved box through the upgrade on a right-to-left page with lede.css (CLS 0)', async () => {
      const { shift, before, after } = await upgradeAfterFailure(pageStyles.cssText);
      expect(before, 'before the upgrade the failed picture fills its 16:9 box').to.be.closeTo((480 * 450) / 800, 1);
      expect(after, 'and so does the failure box after it').to.be.closeTo(before, 1);
      expect(shift).to.equal(0);
    });

    it('measures the shift of a page without lede.css (the measurement can fail)', async () => {
      const { shift, before } = await upgradeAfterFailure('');
      expect(before, 'the browser shrinks a failed image to its alt text').to.be.below(100);
      expect(shift).to.be.greaterThan(0);
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

    it('says once that a ratio it cannot read reserves nothing', async () => {
      await expectNoUncaughtError(async () => {
        const figure = await figureFixture(
          html`<lede-figure ratio="banana" .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${ALT}"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
        );
        expect(figure.textContent).to.contain(CAPTION);
        const said = warnings.messages.filter((m) => m.includes('ratio="banana"'));
        expect(said).to.have.length(1);
        expect(warnings.messages.filter((m) => m.startsWith('<lede-figure>')), 'one warning, not two for one mistake').to.have.length(1);
        expect(said[0]).to.match(/^<lede-figure>: ratio="banana" is not an aspect ratio.*ratio="16\/9"/);
      });
    });

    it('says once that a second image in one figure is left as it is', async () => {
      await expectNoUncaughtError(async () => {
        const figure = await figureFixture(
          html`<lede-figure .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${ALT}" width="800" height="450"><img src="/__image__/200x200.svg" alt="A second picture" width="200" height="200"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
        );
        figure.querySelector('figcaption')!.append(' More.');
        await nextFrames();
        const said = warnings.messages.filter((m) => m.startsWith('<lede-figure>: has 2 images'));
        expect(said).to.have.length(1);
        expect(said[0]).to.contain('its own <lede-figure>');
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
      expect(await ariaSnapshot('lede-figure')).to.contain('- button "Enlarge image"');
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

    it('reads the picture\'s description once: not in the button, once in the dialog', async () => {
      const figure = await figureFixture(
        html`<lede-figure id="f" enlarge-src="/__image__/1600x900.svg" .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${ALT}" width="800" height="450"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
      );
      const times = (text: string, phrase: string) => text.split(phrase).length - 1;
      const page = await ariaSnapshot('#f');
      expect(page).to.contain('- button "Enlarge image"');
      expect(times(page, ALT), page).to.equal(1);
      figure.shadowRoot!.querySelector<HTMLButtonElement>('button[part="enlarge"]')!.click();
      await figure.updateComplete;
      await imageSettled(figure.shadowRoot!.querySelector('img')!);
      const dialog = await ariaSnapshot('#f >> internal:role=dialog');
      expect(dialog).to.match(new RegExp(`^- dialog "${ALT}"`));
      expect(times(dialog, ALT), dialog).to.equal(1);
      expect(times(dialog, CAPTION), dialog).to.equal(1);
      await expectAccessible(figure);
    });

    it('names the dialog by the caption, once, when the alt only repeated it', async () => {
      const figure = await figureFixture(
        html`<lede-figure id="f" enlarge-src="/__image__/1600x900.svg" .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${CAPTION}" width="800" height="450"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
      );
      figure.shadowRoot!.querySelector<HTMLButtonElement>('button[part="enlarge"]')!.click();
      await figure.updateComplete;
      const dialog = await ariaSnapshot('#f >> internal:role=dialog');
      expect(dialog).to.match(new RegExp(`^- dialog "${CAPTION}"`));
      expect(dialog).not.to.contain('- img');
    });

    for (const hostile of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
      it(`refuses enlarge-src="${hostile.replace('\t', '\\t')}": no button, one warning`, async () => {
        await expectNoUncaughtError(async () => {
          const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
          const element = document.createElement('lede-figure');
          element.setAttribute('enlarge-src', hostile);
          element.innerHTML = `<figure><img src="/__image__/800x450.svg" alt="${ALT}" width="800" height="450"><figcaption>${CAPTION}</figcaption></figure>`;
          holder.append(element);
          await element.updateComplete;
          await nextFrames();
          expect(element.shadowRoot!.querySelectorAll('button, dialog, img'), 'no control to open it').to.have.length(0);
          expect(warnings.messages.filter((m) => m.startsWith('<lede-figure>: enlarge-src=') && m.includes('refused'))).to.have.length(1);
        });
      });
    }

    it('shows the normal picture when the larger one fails, and names its URL once', async () => {
      await expectNoUncaughtError(async () => {
        const figure = await figureFixture(
          html`<lede-figure id="f" enlarge-src="/__image__/missing-large.svg" .innerHTML=${`<figure><img src="/__image__/800x450.svg" alt="${ALT}" width="800" height="450"><figcaption>${CAPTION}</figcaption></figure>`}></lede-figure>`,
        );
        figure.shadowRoot!.querySelector<HTMLButtonElement>('button[part="enlarge"]')!.click();
        await figure.updateComplete;
        await imageSettled(figure.shadowRoot!.querySelector('img')!);
        await figure.updateComplete;
        const shown = figure.shadowRoot!.querySelector<HTMLImageElement>('[part="enlarged-image"]')!;
        await imageSettled(shown);
        expect(shown.src).to.contain('/__image__/800x450.svg');
        expect(shown.naturalWidth, 'a picture, not a broken-image icon').to.be.greaterThan(0);
        const failures = warnings.messages.filter((m) => m.includes('could not load the larger image'));
        expect(failures).to.have.length(1);
        expect(failures[0]).to.contain('/__image__/missing-large.svg');
        expect(figure.shadowRoot!.querySelector('dialog')!.open).to.be.true;
      });
    });

    it('marks its English words in a story whose language it lacks', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div lang="fa" dir="rtl"><lede-figure enlarge-src="/__image__/1600x900.svg" .innerHTML=${'<figure><img src="/__image__/800x450.svg" alt="قایقی در شب" width="800" height="450"><figcaption>قایق شبانه. <span data-lede-credit>رویترز</span></figcaption></figure>'}></lede-figure></div>`,
      );
      const figure = holder.querySelector('lede-figure')!;
      await nextFrames();
      await figure.updateComplete;
      const credit = figure.querySelector('[data-lede-generated="credit-label"]')!;
      expect([credit.textContent, credit.getAttribute('lang')]).to.deep.equal(['Image source: ', 'en']);
      const enlarge = figure.shadowRoot!.querySelector('button[part="enlarge"]')!;
      const close = figure.shadowRoot!.querySelector('button[part="close"]')!;
      expect([enlarge.textContent!.trim(), enlarge.getAttribute('lang')]).to.deep.equal(['Enlarge image', 'en']);
      expect([close.textContent!.trim(), close.getAttribute('lang')]).to.deep.equal(['Close', 'en']);
      await expectAccessible(holder);
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
