import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/text-size/define.js';
import '../src/locales/ar.js';
import type { LedeTextSize } from '../src/text-size/text-size.js';
import { LedeTextSizeChangeEvent } from '../src/text-size/text-size-change-event.js';
import { resetPageMemory } from '../src/text-size/text-size-preference.js';
import { DEFAULT_STORAGE_KEY, textSizeHeadScript } from '../src/text-size/text-size-css.js';
import { deepActiveElement } from '../src/internal/find-by-id.js';
import { expectAccessible } from './helpers/axe.js';
import { ariaSnapshot, setStorageInOtherTab } from './helpers/commands.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';

const KEY = 'lede-text-size-test';
const browserDefaultPx = 16;

const rootFontPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize);
const radios = (el: LedeTextSize) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const checkedValue = (el: LedeTextSize) => radios(el).find((r) => r.checked)?.value;

async function renderSwitcher(attributes = `storage-key="${KEY}"`) {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  page.innerHTML = `<input id="before" aria-label="Before" />
    <lede-text-size ${attributes}></lede-text-size>
    <input id="after" aria-label="After" />`;
  const el = page.querySelector('lede-text-size')!;
  await el.updateComplete;
  return { page, el };
}

/** Clicks the radio for `size`, as a reader would. */
async function choose(el: LedeTextSize, size: number) {
  radios(el).find((r) => r.value === String(size))!.click();
  await el.updateComplete;
}

describe('lede-text-size', () => {
  beforeEach(() => {
    localStorage.clear();
    resetPageMemory();
    document.documentElement.removeAttribute('style');
  });
  afterEach(async () => {
    localStorage.clear();
    document.documentElement.removeAttribute('style');
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
  });

  describe('accessibility', () => {
    it('is a group named "Text size" of radio buttons whose names hold their visible labels', async () => {
      const { el } = await renderSwitcher();
      const tree = await ariaSnapshot('lede-text-size');
      expect(tree).to.contain('group "Text size"');
      expect(tree).to.match(/radio "Standard 100%" \[checked\]/);
      expect(tree).to.contain('radio "Large 125%"');
      expect(tree).to.contain('radio "Larger 150%"');
      expect(tree).to.contain('radio "Largest 200%"');
      for (const radio of radios(el)) {
        const visible = radio.closest('label')!.innerText.replace(/\s+/g, ' ').trim();
        expect(tree).to.contain(`radio "${visible}"`);
      }
    });

    it('has no axe violations at any size', async () => {
      const { el } = await renderSwitcher();
      for (const size of [100, 125, 150, 200]) {
        await choose(el, size);
        await expectAccessible(el);
      }
    });

    it('marks the chosen size by border and weight, not colour alone, also in forced colours', async () => {
      const { el } = await renderSwitcher();
      for (const forcedColors of ['none', 'active'] as const) {
        await emulateMedia({ forcedColors });
        const [chosen, other] = radios(el).map((r) => getComputedStyle(r.closest('label')!));
        expect(parseFloat(chosen!.borderTopWidth), forcedColors).to.be.greaterThan(parseFloat(other!.borderTopWidth));
        expect(Number(chosen!.fontWeight), forcedColors).to.be.greaterThan(Number(other!.fontWeight));
      }
    });

    it('shows a focus ring around the focused option', async () => {
      const { page, el } = await renderSwitcher();
      page.querySelector<HTMLInputElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const label = radios(el)[0]!.closest('label')!;
      expect(getComputedStyle(label).outlineStyle).to.equal('solid');
    });

    it('speaks Arabic inside an Arabic page, laid out right to left, and stays axe-clean', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
        <lede-text-size storage-key=""></lede-text-size>
      </div>`);
      const el = page.querySelector('lede-text-size')!;
      await el.updateComplete;
      const tree = await ariaSnapshot('lede-text-size');
      expect(tree).to.contain('group "حجم النص"');
      // Chromium's CLDR data writes "ar" percentages with Latin digits and direction marks.
      expect(tree).to.match(/radio "كبير \u200e?125\u200e?%\u200e?"/);
      const first = radios(el)[0]!.getBoundingClientRect();
      const last = radios(el)[3]!.getBoundingClientRect();
      expect(first.left, 'first option on the right').to.be.greaterThan(last.left);
      await expectAccessible(page);
    });

    it('takes its group name from the label attribute', async () => {
      await renderSwitcher('storage-key="" label="Font size"');
      expect(await ariaSnapshot('lede-text-size')).to.contain('group "Font size"');
    });
  });

  describe('keyboard', () => {
    it('is one tab stop; arrow keys choose a size and scale the page', async () => {
      const { page, el } = await renderSwitcher();
      page.querySelector<HTMLInputElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(radios(el)[0]);

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(radios(el)[1]);
      expect(checkedValue(el)).to.equal('125');
      expect(rootFontPx()).to.equal(browserDefaultPx * 1.25);

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(rootFontPx()).to.equal(browserDefaultPx * 1.5);

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(page.querySelector('#after'));
      await sendKeys({ press: 'Shift+Tab' });
      expect(deepActiveElement(), 'returns to the chosen option').to.equal(radios(el)[2]);
    });
  });

  describe('sizes', () => {
    it('sets the measured root font size at every step', async () => {
      const { el } = await renderSwitcher();
      for (const size of [125, 150, 200, 100]) {
        await choose(el, size);
        expect(rootFontPx(), `${size}%`).to.equal((browserDefaultPx * size) / 100);
      }
      expect(document.documentElement.hasAttribute('style'), 'back to as authored').to.be.false;
    });

    it('multiplies a site base size set with --lede-text-size-base', async () => {
      document.documentElement.style.setProperty('--lede-text-size-base', '62.5%');
      const { el } = await renderSwitcher();
      await choose(el, 200);
      expect(rootFontPx()).to.equal(browserDefaultPx * 0.625 * 2);
    });

    it('scales only the container named by for, leaving the page alone', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <lede-text-size storage-key="" for="story"></lede-text-size>
        <article id="story"><p style="font-size: 1em">Story</p></article>
      </div>`);
      const el = page.querySelector('lede-text-size')!;
      await el.updateComplete;
      await choose(el, 150);
      expect(parseFloat(getComputedStyle(page.querySelector('p')!).fontSize)).to.equal(browserDefaultPx * 1.5);
      expect(rootFontPx()).to.equal(browserDefaultPx);
    });

    it('offers the steps and labels given by attribute', async () => {
      const { el } = await renderSwitcher('storage-key="" steps="100 150 200" labels="Normal, Big, Huge"');
      expect(radios(el).map((r) => r.value)).to.deep.equal(['100', '150', '200']);
      const tree = await ariaSnapshot('lede-text-size');
      expect(tree).to.contain('radio "Big 150%"');
    });

    it('shows percentages alone for custom steps without labels', async () => {
      await renderSwitcher('storage-key="" steps="100 110 120"');
      const tree = await ariaSnapshot('lede-text-size');
      expect(tree).to.contain('radio "110%"');
    });

    it('fires lede-text-size-change with the new and previous size', async () => {
      const { el } = await renderSwitcher();
      const fired = oneEvent(el, LedeTextSizeChangeEvent.eventName);
      await choose(el, 150);
      const event: Event = await fired;
      if (!(event instanceof LedeTextSizeChangeEvent)) throw new Error('not a LedeTextSizeChangeEvent');
      expect(event.size).to.equal(150);
      expect(event.previousSize).to.equal(100);
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.false;
    });

    it('does not scroll sideways at 320 px wide and 200%, and no option clips its text', async () => {
      await setViewport({ width: 320, height: 640 });
      const page = await fixture<HTMLDivElement>(html`<div>
        <lede-text-size storage-key="" lang="en"></lede-text-size>
        <article>
          <h1 style="font-size: 2rem; line-height: 1.2">A headline long enough to wrap across several lines</h1>
          <p style="font-size: 1rem; line-height: 1.5">Body text set in rem, so it grows with the reader's choice.</p>
        </article>
      </div>`);
      const el = page.querySelector('lede-text-size')!;
      await el.updateComplete;
      await choose(el, 200);
      expect(rootFontPx()).to.equal(browserDefaultPx * 2);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const radio of radios(el)) {
        const label = radio.closest('label')!;
        expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
        expect(label.getBoundingClientRect().right).to.be.at.most(320);
      }
      await expectAccessible(el);
    });
  });

  describe('memory', () => {
    const warnings = recordWarnings();

    it('remembers the choice and restores it in a new switcher', async () => {
      const first = await renderSwitcher();
      await choose(first.el, 150);
      expect(localStorage.getItem(KEY)).to.equal('150');

      first.el.remove();
      document.documentElement.removeAttribute('style');
      resetPageMemory();
      const second = await renderSwitcher();
      expect(checkedValue(second.el)).to.equal('150');
      expect(rootFontPx()).to.equal(browserDefaultPx * 1.5);
    });

    it('reads a size another tab stored while no switcher was listening', async () => {
      const first = await renderSwitcher();
      await choose(first.el, 150);
      first.el.remove();
      localStorage.setItem(KEY, '125');
      const second = await renderSwitcher();
      expect(checkedValue(second.el)).to.equal('125');
    });

    it('uses the default key when none is given', async () => {
      const { el } = await renderSwitcher('');
      await choose(el, 125);
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal('125');
    });

    it('applies the remembered size before first paint with the head script', async () => {
      localStorage.setItem(KEY, '200');
      new Function(textSizeHeadScript(KEY))();
      expect(rootFontPx()).to.equal(browserDefaultPx * 2);

      localStorage.setItem(KEY, 'not a size');
      document.documentElement.removeAttribute('style');
      new Function(textSizeHeadScript(KEY))();
      expect(rootFontPx()).to.equal(browserDefaultPx);
    });

    it('documents the exact head script in the README', async () => {
      const readme = await (await fetch('/README.md')).text();
      expect(readme).to.contain(textSizeHeadScript());
    });

    it('keeps several switchers on the page in sync', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <lede-text-size storage-key=${KEY}></lede-text-size>
        <lede-text-size storage-key=${KEY}></lede-text-size>
      </div>`);
      const [a, b] = [...page.querySelectorAll('lede-text-size')];
      await a!.updateComplete;
      await choose(a!, 200);
      await b!.updateComplete;
      expect(checkedValue(b!)).to.equal('200');
    });

    it('follows a change made in another tab', async () => {
      const { el } = await renderSwitcher();
      const heard = new Promise((resolve) => window.addEventListener('storage', resolve, { once: true }));
      await setStorageInOtherTab(KEY, '125');
      await heard;
      await el.updateComplete;
      expect(checkedValue(el)).to.equal('125');
      expect(rootFontPx()).to.equal(browserDefaultPx * 1.25);

      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null, storageArea: localStorage }));
      await el.updateComplete;
      expect(checkedValue(el)).to.equal('100');
    });

    it('still works for the page\'s lifetime when storage throws, with one warning', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        await expectNoUncaughtError(async () => {
          const { el } = await renderSwitcher();
          await choose(el, 150);
          await choose(el, 200);
          expect(rootFontPx()).to.equal(browserDefaultPx * 2);
          el.remove();
          const again = await renderSwitcher();
          expect(checkedValue(again.el), 'kept in memory').to.equal('200');
        });
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
      }
      const aboutStorage = warnings.messages.filter((m) => m.includes('localStorage'));
      expect(aboutStorage).to.have.length(1);
      expect(aboutStorage[0]).to.contain('<lede-text-size>');
    });
  });

  describe('bad input', () => {
    const warnings = recordWarnings();

    it('falls back to the default steps and warns when steps are unusable', async () => {
      const { el } = await renderSwitcher('storage-key="" steps="100 big 9000"');
      expect(radios(el).map((r) => r.value)).to.deep.equal(['100', '125', '150', '200']);
      expect(warnings.messages.join()).to.contain('steps="100 NaN 9000"');
    });

    it('shows percentages and warns when labels do not match the steps', async () => {
      await renderSwitcher('storage-key="" steps="100 200" labels="Only one"');
      expect(await ariaSnapshot('lede-text-size')).to.contain('radio "200%"');
      expect(warnings.messages.join()).to.contain('labels has 1 entries for 2 steps');
    });

    it('scales the whole page and warns when for names no element', async () => {
      const { el } = await renderSwitcher('storage-key="" for="no-such-container"');
      await choose(el, 125);
      expect(rootFontPx()).to.equal(browserDefaultPx * 1.25);
      expect(warnings.messages.join()).to.contain('for="no-such-container"');
    });

    it('ignores a stored value that is not a size, and shows the nearest step for an odd one', async () => {
      localStorage.setItem(KEY, 'huge');
      const { el } = await renderSwitcher();
      expect(checkedValue(el)).to.equal('100');
      el.remove();
      localStorage.setItem(KEY, '140');
      const again = await renderSwitcher();
      expect(checkedValue(again.el)).to.equal('150');
      expect(rootFontPx(), 'the page matches the checked option').to.equal(browserDefaultPx * 1.5);
    });
  });
});
