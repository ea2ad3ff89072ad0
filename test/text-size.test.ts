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
import { ariaSnapshot, raceTextSizeInOtherTab, setStorageInOtherTab } from './helpers/commands.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';
// @ts-expect-error: a plain .mjs module of the test server, with no types; only its string is used.
import { STRICT_CSP } from './csp/csp-middleware.mjs';

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

    it('marks its English fallback words lang="en" in a language Lede has no strings for', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="fa" dir="rtl">
        <lede-text-size storage-key=""></lede-text-size>
        <lede-text-size storage-key="" label="اندازهٔ متن" labels="معمولی, بزرگ, بزرگ‌تر, بزرگ‌ترین"></lede-text-size>
      </div>`);
      const [fallback, authored] = [...page.querySelectorAll('lede-text-size')];
      await fallback!.updateComplete;
      await authored!.updateComplete;
      const legend = fallback!.shadowRoot!.querySelector('legend')!;
      expect(legend.textContent).to.equal('Text size');
      expect(legend.closest('[lang]')!.getAttribute('lang'), 'the legend').to.equal('en');
      for (const word of fallback!.shadowRoot!.querySelectorAll('[part="label"]')) {
        expect(word.closest('[lang]')?.getAttribute('lang'), word.textContent!).to.equal('en');
      }
      for (const percent of fallback!.shadowRoot!.querySelectorAll('[part="percent"]')) {
        expect(percent.closest('[lang]'), 'a percentage is written in Persian').to.equal(null);
      }
      expect(authored!.shadowRoot!.querySelectorAll('[lang]'), 'the author\'s own words are Persian').to.have.length(0);
      await expectAccessible(page);
    });

    it('adds no lang in English or in a language it has strings for', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <lede-text-size storage-key="" lang="en-GB"></lede-text-size>
        <lede-text-size storage-key="" lang="ar"></lede-text-size>
      </div>`);
      for (const el of page.querySelectorAll('lede-text-size')) {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('[lang]'), el.lang).to.have.length(0);
      }
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

    it('scales a for container once after a reload with the head script, and puts the root back', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        localStorage.setItem(KEY, '150');
        new Function(textSizeHeadScript(KEY))(); // as the page's <head> would, before the switcher exists
        expect(rootFontPx()).to.equal(browserDefaultPx * 1.5);
        const page = await fixture<HTMLDivElement>(html`<div>
          <lede-text-size storage-key=${KEY} for="reloaded-story"></lede-text-size>
          <article id="reloaded-story"><p style="font-size: 1em">Story</p></article>
        </div>`);
        const el = page.querySelector('lede-text-size')!;
        await el.updateComplete;
        expect(checkedValue(el)).to.equal('150');
        expect(parseFloat(getComputedStyle(page.querySelector('p')!).fontSize), 'scaled once').to.equal(browserDefaultPx * 1.5);
        expect(rootFontPx(), 'the rest of the page as designed').to.equal(browserDefaultPx);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((m) => m.includes('for="reloaded-story"'))).to.have.length(1);
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

    it('documents the head script\'s CSP hash in the README, inside the policy the strict-CSP page is served with', async () => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(textSizeHeadScript()));
      const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
      const readme = await (await fetch('/README.md')).text();
      const documented = STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
      expect(documented).to.contain(`'sha256-${hash}'`);
      expect(readme).to.contain(`Content-Security-Policy: ${documented}`);
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

      // Another tab removed the key: storage no longer holds it, and the event says so.
      localStorage.removeItem(KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null, storageArea: localStorage }));
      await el.updateComplete;
      expect(checkedValue(el)).to.equal('100');
    });

    it('agrees with another tab when both pick a size at the same moment', async function () {
      this.timeout(30000);
      const { el } = await renderSwitcher(`storage-key="${DEFAULT_STORAGE_KEY}"`);
      const rounds: Array<[number, number]> = [
        [125, 200],
        [200, 125],
        [150, 100],
        [100, 150],
        [125, 200],
        [200, 150],
      ];
      const seen = await raceTextSizeInOtherTab({ url: '/demo/index.html', key: DEFAULT_STORAGE_KEY, rounds, settleMs: 300 });
      await el.updateComplete;
      // Each round, once both tabs have settled, both show what storage holds.
      for (const [index, round] of seen.entries()) {
        expect(round.shown, `round ${index + 1}: the other tab shows what it stored`).to.equal(round.stored);
      }
      expect(checkedValue(el), 'this tab shows what storage holds').to.equal(localStorage.getItem(DEFAULT_STORAGE_KEY));
      expect(checkedValue(el), 'and the same as the other tab').to.equal(seen.at(-1)!.shown);
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

  describe('in another document', () => {
    async function frameDocument() {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="Another document" style="inline-size: 600px; block-size: 300px; border: 0"></iframe>`,
      );
      return frame.contentDocument!;
    }

    for (const how of ['moved after rendering here', 'connected there first'] as const) {
      it(`keeps its styles and scales that document's root when ${how}`, async () => {
        const doc = await frameDocument();
        await expectNoUncaughtError(async () => {
          const el = document.createElement('lede-text-size');
          el.storageKey = '';
          if (how === 'moved after rendering here') {
            document.body.append(el);
            await el.updateComplete;
          }
          doc.body.append(el);
          await el.updateComplete;
          const view = doc.defaultView!;
          const legend = el.shadowRoot!.querySelector('legend')!;
          expect(view.getComputedStyle(legend).fontWeight, 'Lede\'s legend style').to.equal('700');
          expect(view.getComputedStyle(el.shadowRoot!.querySelector('.options')!).display).to.equal('flex');
          const label = el.shadowRoot!.querySelector('label')!;
          expect(view.getComputedStyle(label).borderTopStyle, 'options are bordered').to.equal('solid');

          await choose(el, 200);
          expect(parseFloat(view.getComputedStyle(doc.documentElement).fontSize), 'the frame\'s root').to.equal(browserDefaultPx * 2);
          expect(rootFontPx(), 'not the parent page').to.equal(browserDefaultPx);
          el.remove();
        });
      });
    }
  });

  describe('bad input', () => {
    const warnings = recordWarnings();

    it('falls back to the default steps and warns when steps are unusable', async () => {
      const { el } = await renderSwitcher('storage-key="" steps="100 big 9000"');
      expect(radios(el).map((r) => r.value)).to.deep.equal(['100', '125', '150', '200']);
      expect(warnings.messages.join()).to.contain('steps="100 big 9000"');
    });

    it('quotes the author\'s own steps in the warning, not what parsing made of them', async () => {
      await renderSwitcher('storage-key="" steps="abc"');
      const about = warnings.messages.filter((m) => m.includes('steps='));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('steps="abc"');
      expect(about[0]).not.to.contain('NaN');
    });

    it('offers a size listed twice only once, and warns once', async () => {
      const { el } = await renderSwitcher('storage-key="" steps="100 100 150 100"');
      expect(radios(el).map((r) => r.value)).to.deep.equal(['100', '150']);
      const tree = await ariaSnapshot('lede-text-size');
      expect(tree.match(/radio "100%"/g)).to.have.length(1);
      const about = warnings.messages.filter((m) => m.includes('steps='));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('<lede-text-size>');
      expect(about[0]).to.contain('steps="100 100 150 100"');
      expect(about[0]).to.contain('more than once');
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
