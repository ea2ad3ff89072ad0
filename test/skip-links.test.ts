import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/skip-links/define.js';
import '../src/locales/ar.js';
import type { LedeSkipLinks } from '../src/skip-links/skip-links.js';
import { deepActiveElement } from '../src/internal/find-by-id.js';
import { expectAccessible } from './helpers/axe.js';
import { ariaSnapshot } from './helpers/commands.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';

/** A shadow host whose open shadow root holds a section with an id, like a Lede article would. */
class SkipTestShadowHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<section id="inside-shadow"><h2>Inside a shadow root</h2><button>First control inside</button></section>';
  }
}
customElements.define('skip-test-shadow-host', SkipTestShadowHost);

const startUrl = location.href;

async function renderPage(links = html`<a href="#main">Skip to main content</a><a href="#search">Skip to search</a>`) {
  const page = await fixture<HTMLDivElement>(html`<div>
    <input id="before" aria-label="Before the skip links" />
    <lede-skip-links>${links}</lede-skip-links>
    <header><input id="search" type="search" aria-label="Search" /></header>
    <div style="block-size: 200vh">Spacer</div>
    <main id="main"><h1>Headline</h1><p>Story text</p><button id="in-main">Share</button></main>
    <skip-test-shadow-host></skip-test-shadow-host>
    <div style="block-size: 150vh">Space below, so any target can reach the top</div>
  </div>`);
  const bar = page.querySelector('lede-skip-links')!;
  await bar.updateComplete;
  await bar.targetsChecked;
  return { page, bar };
}

async function tabToFirstLink(page: HTMLElement) {
  page.querySelector<HTMLInputElement>('#before')!.focus();
  await sendKeys({ press: 'Tab' });
}

describe('lede-skip-links', () => {
  afterEach(async () => {
    history.replaceState(null, '', startUrl);
    window.scrollTo(0, 0);
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('accessibility', () => {
    it('is a navigation landmark named "Accessibility links" holding the authored links', async () => {
      await renderPage();
      const tree = await ariaSnapshot('lede-skip-links');
      expect(tree).to.contain('navigation "Accessibility links"');
      expect(tree).to.contain('link "Skip to main content"');
      expect(tree).to.contain('link "Skip to search"');
    });

    it('takes its landmark name from the label attribute', async () => {
      // (This link used href="#", which now counts as a link that cannot skip anywhere.)
      await fixture(html`<div>
        <lede-skip-links label="Jump to"><a href="#label-target">Top</a></lede-skip-links>
        <main id="label-target">Story</main>
      </div>`);
      expect(await ariaSnapshot('lede-skip-links')).to.contain('navigation "Jump to"');
    });

    it('names the landmark in Arabic inside an Arabic page', async () => {
      await fixture(html`<div lang="ar" dir="rtl">
        <lede-skip-links><a href="#ar-main">تخطى إلى المحتوى</a></lede-skip-links>
        <main id="ar-main">محتوى</main>
      </div>`);
      expect(await ariaSnapshot('lede-skip-links')).to.contain('navigation "روابط تسهيل الوصول"');
    });

    it('marks its English fallback name lang="en" in a language Lede has no strings for, not the author\'s links', async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang="fa" dir="rtl">
        <lede-skip-links><a href="#fa-main">پرش به محتوا</a></lede-skip-links>
        <main id="fa-main">محتوا</main>
      </div>`);
      const bar = page.querySelector('lede-skip-links')!;
      await bar.updateComplete;
      await bar.targetsChecked;
      expect(await ariaSnapshot('lede-skip-links')).to.contain('navigation "Accessibility links"');
      const name = [...bar.shadowRoot!.querySelectorAll('*')].find((node) => node.textContent === 'Accessibility links')!;
      expect(name.closest('[lang]')?.getAttribute('lang'), 'the English name').to.equal('en');
      expect(bar.shadowRoot!.querySelector('nav')!.hasAttribute('lang'), 'the landmark around the Persian links').to.be.false;
      expect(bar.querySelector('a')!.closest('[lang]')!.getAttribute('lang')).to.equal('fa');
    });

    it('adds no lang to its name in English, in Arabic, or when the author names it', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <lede-skip-links lang="en-GB"><a href="#lang-main">Skip</a></lede-skip-links>
        <lede-skip-links lang="ar"><a href="#lang-main">تخطى</a></lede-skip-links>
        <lede-skip-links lang="fa" label="پیوندهای دسترسی"><a href="#lang-main">پرش</a></lede-skip-links>
        <main id="lang-main">Story</main>
      </div>`);
      for (const bar of page.querySelectorAll('lede-skip-links')) {
        await bar.updateComplete;
        expect(bar.shadowRoot!.querySelectorAll('[lang]'), bar.lang).to.have.length(0);
      }
    });

    it('is no landmark at all when it has no links, or none whose target exists', async () => {
      const page = await fixture<HTMLDivElement>(html`<div id="landmarks">
        <lede-skip-links></lede-skip-links>
        <lede-skip-links><a href="#gone-1">Skip to nothing</a><a href="#gone-2">Skip to less</a></lede-skip-links>
        <main>Story</main>
      </div>`);
      for (const bar of page.querySelectorAll('lede-skip-links')) {
        await bar.updateComplete;
        await bar.targetsChecked;
      }
      const tree = await ariaSnapshot('#landmarks');
      expect(tree).not.to.contain('navigation');
      expect(tree).not.to.contain('Accessibility links');
      await expectAccessible(page);
    });

    it('becomes a landmark once a usable link is added, and stops when the last goes', async () => {
      const page = await fixture<HTMLDivElement>(html`<div id="growing">
        <lede-skip-links></lede-skip-links>
        <main id="grown-main">Story</main>
      </div>`);
      const bar = page.querySelector('lede-skip-links')!;
      await bar.targetsChecked;
      expect(await ariaSnapshot('#growing')).not.to.contain('navigation');
      bar.insertAdjacentHTML('beforeend', '<a href="#grown-main">Skip to main content</a>');
      await new Promise((resolve) => setTimeout(resolve));
      await bar.updateComplete;
      expect(await ariaSnapshot('#growing')).to.contain('navigation "Accessibility links"');
      page.querySelector('#grown-main')!.remove();
      bar.checkTargets();
      await bar.updateComplete;
      expect(await ariaSnapshot('#growing')).not.to.contain('navigation');
    });

    it('has no axe violations, hidden or shown', async () => {
      const { page, bar } = await renderPage();
      await expectAccessible(bar);
      await tabToFirstLink(page);
      await expectAccessible(bar);
    });
  });

  describe('visibility', () => {
    it('stays out of sight until a link has focus, then spans the top of the viewport', async () => {
      const { page, bar } = await renderPage();
      expect(bar.getBoundingClientRect().width).to.be.at.most(1);

      await tabToFirstLink(page);
      expect(deepActiveElement()).to.equal(bar.querySelector('a'));
      const shown = bar.getBoundingClientRect();
      expect(shown.top).to.equal(0);
      expect(shown.width).to.equal(document.documentElement.clientWidth);

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(bar.contains(document.activeElement)).to.be.false;
      expect(bar.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('shows a solid focus ring, also in forced-colours mode', async () => {
      const { page, bar } = await renderPage();
      for (const forcedColors of ['none', 'active'] as const) {
        await emulateMedia({ forcedColors });
        await tabToFirstLink(page);
        const style = getComputedStyle(bar.querySelector('a')!);
        expect(style.outlineStyle, forcedColors).to.equal('solid');
        expect(parseFloat(style.outlineWidth), forcedColors).to.be.at.least(2);
      }
    });

    it('starts from the right edge in a right-to-left page', async () => {
      await setViewport({ width: 600, height: 400 });
      const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
        <input id="before" aria-label="قبل" />
        <lede-skip-links><a href="#rtl-main">تخطى إلى المحتوى</a></lede-skip-links>
        <main id="rtl-main">محتوى</main>
      </div>`);
      await tabToFirstLink(page);
      const link = page.querySelector('lede-skip-links a')!.getBoundingClientRect();
      const viewport = document.documentElement.clientWidth;
      expect(viewport - link.right).to.be.lessThan(40);
      expect(link.left).to.be.greaterThan(viewport / 2);
    });

    it('keeps every link inside a 320 px viewport at 200% text', async () => {
      // The bar is position: fixed, so overflow would not scroll the page: it would be cut off.
      // Check the links themselves.
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      try {
        const { page, bar } = await renderPage();
        await tabToFirstLink(page);
        for (const link of bar.querySelectorAll('a')) {
          const box = link.getBoundingClientRect();
          expect(box.left, link.textContent!).to.be.at.least(0);
          expect(box.right, link.textContent!).to.be.at.most(320);
          expect(link.scrollWidth, link.textContent!).to.be.at.most(link.clientWidth);
        }
      } finally {
        document.documentElement.removeAttribute('style');
      }
    });
  });

  describe('keyboard', () => {
    it('Enter moves real focus into the target; the next Tab continues from inside it', async () => {
      const { page } = await renderPage();
      const main = page.querySelector<HTMLElement>('#main')!;
      await tabToFirstLink(page);
      await sendKeys({ press: 'Enter' });

      expect(deepActiveElement()).to.equal(main);
      expect(main.getAttribute('tabindex')).to.equal('-1');
      expect(getComputedStyle(main).outlineStyle).to.equal('none');
      expect(location.hash).to.equal('#main');

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(page.querySelector('#in-main'));
    });

    it('removes the temporary tabindex and outline when the target loses focus', async () => {
      const { page } = await renderPage();
      const main = page.querySelector<HTMLElement>('#main')!;
      await tabToFirstLink(page);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });

      expect(main.hasAttribute('tabindex')).to.be.false;
      expect(main.hasAttribute('style')).to.be.false;
    });

    it('keeps an authored inline style on the target after the blur', async () => {
      const { page } = await renderPage();
      const main = page.querySelector<HTMLElement>('#main')!;
      main.style.color = 'rgb(0, 0, 0)';
      await tabToFirstLink(page);
      await sendKeys({ press: 'Enter' });
      main.blur();
      expect(main.getAttribute('style')).to.equal('color: rgb(0, 0, 0);');
    });

    it('focuses a natively focusable target without adding a tabindex', async () => {
      const { page, bar } = await renderPage();
      await tabToFirstLink(page);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(bar.querySelectorAll('a')[1]);
      await sendKeys({ press: 'Enter' });

      const search = page.querySelector('#search')!;
      expect(deepActiveElement()).to.equal(search);
      expect(search.hasAttribute('tabindex')).to.be.false;
    });

    it('reaches a target inside another element\'s open shadow root', async () => {
      const { page } = await renderPage(html`<a href="#inside-shadow">Skip to the shadow section</a>`);
      const host = page.querySelector('skip-test-shadow-host')!;
      const section = host.shadowRoot!.querySelector('section')!;
      await tabToFirstLink(page);
      await sendKeys({ press: 'Enter' });

      expect(deepActiveElement()).to.equal(section);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(host.shadowRoot!.querySelector('button'));
      expect(section.hasAttribute('tabindex')).to.be.false;
    });

    it('scrolls the target into view at once under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { page } = await renderPage();
      await tabToFirstLink(page);
      await sendKeys({ press: 'Enter' });
      expect(window.scrollY).to.be.greaterThan(0);
      expect(Math.abs(page.querySelector('#main')!.getBoundingClientRect().top)).to.be.lessThan(2);
    });

    it('scrolls smoothly when motion is welcome', async () => {
      const { page } = await renderPage();
      const main = page.querySelector('#main')!;
      await tabToFirstLink(page);
      await sendKeys({ press: 'Enter' });
      expect(main.getBoundingClientRect().top, 'not there at once').to.be.greaterThan(2);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(Math.abs(main.getBoundingClientRect().top), 'arrives').to.be.lessThan(2);
    });
  });

  describe('in another document', () => {
    for (const how of ['moved after rendering here', 'connected there first'] as const) {
      it(`keeps its styles and reaches targets in that document when ${how}`, async () => {
        const frame = await fixture<HTMLIFrameElement>(
          html`<iframe title="Another document" style="inline-size: 600px; block-size: 300px; border: 0"></iframe>`,
        );
        const doc = frame.contentDocument!;
        const view = doc.defaultView!;
        doc.body.innerHTML = '<main id="frame-main">Story in the frame</main>';
        await expectNoUncaughtError(async () => {
          const bar = document.createElement('lede-skip-links');
          bar.innerHTML = '<a href="#frame-main">Skip to main content</a>';
          if (how === 'moved after rendering here') {
            document.body.append(bar);
            await bar.updateComplete;
          }
          doc.body.prepend(bar);
          await bar.updateComplete;
          bar.checkTargets();
          expect(bar.querySelector('a')!.hidden, 'the target is found in the frame').to.be.false;
          expect(view.getComputedStyle(bar).position, 'Lede\'s styles').to.equal('fixed');
          expect(view.getComputedStyle(bar.shadowRoot!.querySelector('nav')!).display).to.equal('flex');
          expect(bar.getBoundingClientRect().width, 'out of sight').to.be.at.most(1);
          bar.remove();
        });
      });
    }
  });

  describe('bad input', () => {
    const warnings = recordWarnings();

    it('hides a link whose target does not exist from everyone and warns once, naming the id', async () => {
      await expectNoUncaughtError(async () => {
        const { bar } = await renderPage(html`<a href="#main">Skip to main content</a><a href="#nowhere">Skip to nowhere</a>`);
        const broken = bar.querySelectorAll('a')[1]!;
        expect(broken.hidden).to.be.true;
        expect(broken.checkVisibility()).to.be.false;
        expect(await ariaSnapshot('lede-skip-links')).not.to.contain('Skip to nowhere');
        bar.checkTargets();
      });
      const about = warnings.messages.filter((m) => m.includes('#nowhere'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('<lede-skip-links>');
      expect(about[0]).to.contain('id="nowhere"');
    });

    it('shows a hidden link again once its target appears', async () => {
      const { page, bar } = await renderPage(html`<a href="#later">Skip to later</a>`);
      const link = bar.querySelector('a')!;
      expect(link.hidden).to.be.true;
      page.insertAdjacentHTML('beforeend', '<section id="later">Later</section>');
      bar.checkTargets();
      expect(link.hidden).to.be.false;
    });

    for (const href of ['#', '', '#bad id', 'javascript:void(0)']) {
      it(`hides a link with href="${href}", which cannot skip anywhere, and warns once naming it`, async () => {
        await expectNoUncaughtError(async () => {
          const { bar } = await renderPage(html`<a href="#main">Skip to main content</a><a href=${href}>Skip to the story</a>`);
          const bad = bar.querySelectorAll('a')[1]!;
          expect(bad.hidden).to.be.true;
          expect(await ariaSnapshot('lede-skip-links')).not.to.contain('Skip to the story');
          bar.checkTargets();
        });
        const about = warnings.messages.filter((m) => m.includes('Skip to the story'));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain('<lede-skip-links>');
        expect(about[0]).to.contain(`href="${href}"`);
        expect(about[0]).to.contain('href="#main"');
      });
    }

    it('warns once when it has no links at all, naming the fix', async () => {
      await expectNoUncaughtError(async () => {
        const page = await fixture<HTMLDivElement>(html`<div><lede-skip-links></lede-skip-links><main id="main">Story</main></div>`);
        const bar = page.querySelector('lede-skip-links')!;
        await bar.targetsChecked;
        bar.checkTargets();
      });
      const about = warnings.messages.filter((m) => m.includes('has no links'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('<lede-skip-links>');
      expect(about[0]).to.contain('<a href="#main">');
    });

    it('leaves links to other pages alone', async () => {
      const { bar } = await renderPage(html`<a href="/elsewhere.html#main">Other page</a>`);
      const link = bar.querySelector('a')!;
      expect(link.hidden).to.be.false;
      let preventedByElement: boolean | undefined;
      const spy = (event: Event) => {
        preventedByElement = event.defaultPrevented;
        event.preventDefault(); // keep the test page where it is
      };
      document.addEventListener('click', spy);
      link.click();
      document.removeEventListener('click', spy);
      expect(preventedByElement).to.be.false;
    });

    it('does nothing when a target vanishes after the check, and hides its link', async () => {
      const { page, bar } = await renderPage();
      page.querySelector('#main')!.remove();
      await expectNoUncaughtError(() => bar.querySelector('a')!.click());
      expect(bar.querySelector('a')!.hidden).to.be.true;
      expect(location.hash).to.equal('');
      expect(warnings.messages.join()).to.contain('id="main"');
    });
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'skip-test-shadow-host': SkipTestShadowHost;
    'lede-skip-links': LedeSkipLinks;
  }
}
