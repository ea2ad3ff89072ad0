import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/locales/ar.js';
import { ariaSnapshot } from './helpers/commands.js';

describe('localisation', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('gives two elements on one page the languages of their own ancestors', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <section lang="en"><lede-text-size id="english" storage-key=""></lede-text-size></section>
      <section lang="ar" dir="rtl"><lede-text-size id="arabic" storage-key=""></lede-text-size></section>
    </div>`);
    await Promise.all([...page.querySelectorAll('lede-text-size')].map((el) => el.updateComplete));
    expect(await ariaSnapshot('#english')).to.contain('group "Text size"');
    expect(await ariaSnapshot('#arabic')).to.contain('group "حجم النص"');
  });

  it('lays an element out in its language\'s direction when no dir is set, and obeys a dir that is', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div lang="ar"><lede-text-size id="ar-no-dir" storage-key=""></lede-text-size></div>
      <div lang="ar" dir="ltr"><lede-text-size id="ar-ltr" storage-key=""></lede-text-size></div>
      <div dir="rtl"><lede-text-size id="en-rtl" lang="en" storage-key=""></lede-text-size></div>
    </div>`);
    const direction = async (id: string) => {
      const el = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`#${id}`)!;
      await el.updateComplete;
      return getComputedStyle(el.shadowRoot!.querySelector('fieldset')!).direction;
    };
    expect(await direction('ar-no-dir')).to.equal('rtl');
    expect(await direction('ar-ltr')).to.equal('ltr');
    expect(await direction('en-rtl')).to.equal('rtl');
  });

  it('takes the language of the section an element is moved into', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <section lang="en"><lede-text-size storage-key=""></lede-text-size></section>
      <section lang="ar" id="arabic-section"></section>
    </div>`);
    const el = page.querySelector('lede-text-size')!;
    await el.updateComplete;
    page.querySelector('#arabic-section')!.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('حجم النص');
  });

  it('falls back from a regional language to its base language, with that region\'s digits', async () => {
    await fixture(html`<div lang="ar-EG"><lede-text-size storage-key=""></lede-text-size></div>`);
    const tree = await ariaSnapshot('lede-text-size');
    expect(tree).to.contain('group "حجم النص"');
    expect(tree).to.contain('١٢٥');
  });

  it('falls back to English for a language Lede has no strings for, with that language\'s numbers', async () => {
    await fixture(html`<div lang="fr"><lede-text-size storage-key=""></lede-text-size></div>`);
    const tree = await ariaSnapshot('lede-text-size');
    expect(tree).to.contain('group "Text size"');
    expect(tree).to.match(/125[\u00a0\u202f ]%/);
  });

  it('follows the language found through a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<lede-skip-links><a href="#x">x</a></lede-skip-links>';
    const bar = shadow.querySelector('lede-skip-links')!;
    await bar.updateComplete;
    // The landmark's name is the element its aria-labelledby points to.
    const name = bar.shadowRoot!.getElementById(bar.shadowRoot!.querySelector('nav')!.getAttribute('aria-labelledby')!);
    expect(name!.textContent).to.equal('روابط تسهيل الوصول');
  });

  it('updates when the document language changes', async () => {
    const el = await fixture(html`<lede-text-size storage-key=""></lede-text-size>`);
    expect(await ariaSnapshot('lede-text-size')).to.contain('group "Text size"');
    document.documentElement.lang = 'ar';
    await new Promise((resolve) => setTimeout(resolve));
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(await ariaSnapshot('lede-text-size')).to.contain('group "حجم النص"');
  });

  it('treats a malformed lang as English instead of throwing', async () => {
    await fixture(html`<div lang="not a language!"><lede-text-size storage-key=""></lede-text-size></div>`);
    expect(await ariaSnapshot('lede-text-size')).to.contain('group "Text size"');
  });
});
