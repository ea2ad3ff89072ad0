import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/article/define.js';
import '../src/byline/define.js';
import '../src/figure/define.js';
import '../src/locales/ar.js';
import type { LedeArticle } from '../src/article/article.js';
import { pageStyles } from '../src/page-styles.js';
import { expectAccessible } from './helpers/axe.js';
import { ariaSnapshot, chromiumAxNode } from './helpers/commands.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';
import { nextFrames } from './helpers/layout.js';

const STORY = `
  <article lang="en">
    <header>
      <p data-lede-labels><strong data-lede-label="breaking">Breaking News</strong> <a data-lede-label="section" href="/uk">UK</a></p>
      <h1>Flood defences hold as the Harne reaches a record height</h1>
      <p>Volunteers worked through the night to raise the river wall.</p>
      <p data-lede-times><time datetime="2026-11-24" data-lede-time="published">24/11/2026</time>
        · <time datetime="2026-11-24T09:30Z" data-lede-time="updated">09:30 GMT</time></p>
      <lede-byline><p><a href="/authors/amina-yusuf" rel="author">Amina Yusuf</a>, Environment correspondent</p></lede-byline>
    </header>
    <p>The river rose to 5.2 metres at dawn.</p>
    <blockquote><p>We have never seen it this high.</p><footer>— <cite>Tom Reid, lock keeper</cite></footer></blockquote>
    <h2>What happens next</h2>
    <p>Forecasters expect the water to fall by the weekend. <a href="https://example.com/forecast">See the forecast</a>.</p>
    <lede-figure><figure><img src="/__image__/800x450.svg" alt="Sandbags stacked against a shop door" width="800" height="450"><figcaption>Shops on Quay Street were sandbagged. <span data-lede-credit>Lede Courier</span></figcaption></figure></lede-figure>
    <h3>Road closures</h3>
    <p>The A61 remains closed.</p>
  </article>`;

async function articleFixture(markup = STORY, attributes = ''): Promise<LedeArticle> {
  const holder = await fixture<HTMLDivElement>(html`<div .innerHTML=${`<lede-article id="a" ${attributes}>${markup}</lede-article>`}></div>`);
  const article = holder.querySelector('lede-article')!;
  await article.updateComplete;
  await nextFrames();
  return article;
}

/**
 * Loads `body` in a same-origin frame whose page sets `csp` in a <meta> Content-Security-Policy,
 * with the article element imported there. Resolves with the frame's window once its elements
 * have enhanced; the page records its warnings and uncaught errors on `window`.
 */
async function framedPage(csp: string, body: string): Promise<Window & { warnings: string[]; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.title = 'A page with its own policy';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
    <script>
      window.warnings = []; window.errors = [];
      const warn = console.warn.bind(console);
      console.warn = (...args) => { window.warnings.push(args.map(String).join(' ')); warn(...args); };
      addEventListener('error', (event) => window.errors.push(String(event.error ?? event.message)));
      addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
    </script></head><body>${body}
    <script type="module">import '/src/article/define.ts'; window.ready = true;</script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  cleanups.push(() => frame.remove());
  await loaded;
  const win = frame.contentWindow as Window & { warnings: string[]; errors: string[]; ready?: boolean };
  for (let i = 0; i < 100 && !win.ready; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 100));
  return win;
}

const cleanups: Array<() => void> = [];

/** The layout shift a page sees when the story elements upgrade after it has painted, with `stylesheet` in its head. */
async function upgradeShift(stylesheet: string): Promise<number> {
  const frame = document.createElement('iframe');
  frame.title = 'A story that upgrades late';
  frame.style.cssText = 'inline-size: 800px; block-size: 900px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${stylesheet}</style>
    <script>
      window.shift = 0;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value; })
        .observe({ type: 'layout-shift', buffered: true });
    </script></head><body><lede-article>${STORY}</lede-article>
    <script type="module">
      await Promise.all([...document.images].map((image) => image.complete || new Promise((resolve) => { image.onload = image.onerror = resolve; })));
      // Whatever the browser itself still moves before Lede arrives (a late font) is not Lede's:
      // let it paint and be reported, and count from there.
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      window.before = window.shift;
      // Each element's script arrives on its own, as on a real page, and the page paints between.
      for (const name of ['article', 'byline', 'figure']) {
        await import('/src/' + name + '/define.ts');
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      window.done = true;
    </script></body></html>`;
  document.body.append(frame);
  try {
    const win = () => frame.contentWindow as Window & { done?: boolean; shift: number; before: number };
    for (let i = 0; i < 200 && !win()?.done; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(win().done, 'the framed page finished').to.be.true;
    return win().shift - win().before;
  } finally {
    frame.remove();
  }
}

const px = (element: Element, property: string, pseudo?: string) =>
  parseFloat(getComputedStyle(element, pseudo).getPropertyValue(property));

describe('lede-article', () => {
  const warnings = recordWarnings();
  afterEach(async () => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    document.documentElement.style.fontSize = '';
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light', media: 'screen', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('accessibility', () => {
    it('has no axe violations and reads as one article with the expected heading outline', async () => {
      const article = await articleFixture();
      await expectAccessible(article);
      const tree = await ariaSnapshot('#a');
      expect(tree).to.match(/^- article:/);
      const headings = [...tree.matchAll(/heading "([^"]+)" \[level=(\d)\]/g)].map(([, name, level]) => `${level} ${name}`);
      expect(headings).to.deep.equal([
        '1 Flood defences hold as the Harne reaches a record height',
        '2 What happens next',
        '3 Road closures',
      ]);
    });

    it('shows times in the reader\'s language, after "Published" and "Updated"', async () => {
      const article = await articleFixture();
      const [published, updated] = article.querySelectorAll('time');
      expect(published!.textContent).to.equal('November 24, 2026');
      expect(published!.getAttribute('datetime'), 'the machine-readable value is kept').to.equal('2026-11-24');
      expect(updated!.textContent).to.match(/^November 2[345], 2026 at \d{1,2}:30\s?[AP]M \S+/);
      const times = article.querySelector('[data-lede-times]') as HTMLElement;
      expect(times.innerText).to.match(/^Published November 24, 2026 · Updated November/);
      expect(await ariaSnapshot('[data-lede-times]')).to.contain('- text: Published\n  - time: November 24, 2026');
    });

    it('does not repeat a word the author already wrote before the time', async () => {
      const article = await articleFixture(
        '<article lang="en"><h1>Headline</h1><p>Updated <time datetime="2026-11-24" data-lede-time="updated">today</time></p></article>',
      );
      expect((article.querySelector('p') as HTMLElement).innerText).to.equal('Updated November 24, 2026');
    });

    it('marks the words it falls back to as English in a story whose language it lacks', async () => {
      const article = await articleFixture(
        '<article lang="fa" dir="rtl"><h1>کشتی شبانه می‌ماند</h1><p data-lede-times><time datetime="2026-11-24" data-lede-time="published">۳ آذر</time></p></article>',
      );
      const label = article.querySelector('[data-lede-generated="time-label"]')!;
      expect(label.textContent).to.equal('Published ');
      expect(label.getAttribute('lang'), 'spoken with an English voice').to.equal('en');
      expect(article.querySelector('time')!.hasAttribute('lang'), 'the date itself is Persian').to.be.false;
      // Right to left, the date follows the label on its left: its first digit is not pulled into
      // the English word's left-to-right run.
      const first = document.createRange();
      first.setStart(article.querySelector('time')!.firstChild!, 0);
      first.setEnd(article.querySelector('time')!.firstChild!, 1);
      expect(first.getBoundingClientRect().right).to.be.at.most(label.getBoundingClientRect().left + 1);
    });

    it('leaves no lang on a word the story\'s language has, or one the author wrote', async () => {
      const arabic = await articleFixture(
        '<article lang="ar" dir="rtl"><h1>عنوان</h1><p><time datetime="2026-11-24" data-lede-time="published">اليوم</time></p></article>',
      );
      expect(arabic.querySelector('[data-lede-generated="time-label"]')!.hasAttribute('lang')).to.be.false;
      const authored = await articleFixture(
        '<article lang="fa"><h1>عنوان</h1><p><time datetime="2026-11-24" data-lede-time="published">امروز</time></p></article>',
        'published-label="انتشار"',
      );
      const label = authored.querySelector('[data-lede-generated="time-label"]')!;
      expect(label.textContent).to.equal('انتشار ');
      expect(label.hasAttribute('lang')).to.be.false;
    });

    it('adds no word of its own when the author already labelled the time, in any language', async () => {
      const article = await articleFixture(
        '<article lang="fa" dir="rtl"><h1>عنوان</h1><p data-lede-times>منتشرشده: <time datetime="2026-11-24" data-lede-time="published">۳ آذر</time>' +
          ' · <strong>به‌روزرسانی:</strong> <time datetime="2026-11-25" data-lede-time="updated">۴ آذر</time></p>' +
          '<p>公開：<time datetime="2026-11-24" data-lede-time="published">今日</time></p></article>',
      );
      expect(article.querySelectorAll('[data-lede-generated="time-label"]')).to.have.length(0);
      expect((article.querySelector('[data-lede-times]') as HTMLElement).innerText).not.to.contain('Published');
      expect((article.querySelector('[data-lede-times]') as HTMLElement).innerText).not.to.contain('Updated');
    });

    it('reads right to left in Arabic, with Arabic words and dates', async () => {
      const article = await articleFixture(
        '<article lang="ar" dir="rtl"><h1>صمود السدود أمام الفيضان</h1><p data-lede-times><time datetime="2026-11-24" data-lede-time="published">24/11/2026</time></p><blockquote><p>لم نره بهذا الارتفاع من قبل.</p></blockquote></article>',
      );
      const time = article.querySelector('time')!;
      expect(time.textContent).to.contain('نوفمبر');
      expect(time.previousElementSibling!.textContent).to.equal('نُشر ');
      const quote = article.querySelector('blockquote')!;
      expect(px(quote, 'border-right-width'), 'the quote rule is at the inline start: the right').to.be.greaterThan(0);
      expect(px(quote, 'border-left-width')).to.equal(0);
      await expectAccessible(article);
    });

    it('is an article even when the CMS gave no <article>', async () => {
      await articleFixture('<h1 lang="en">Headline</h1><p>Body.</p>');
      expect((await chromiumAxNode('#a'))!.role).to.equal('article');
    });

    it('does not make two articles when the CMS gave one', async () => {
      await articleFixture('<article lang="en"><h1>Headline</h1></article>');
      expect((await chromiumAxNode('#a'))!.role).not.to.equal('article');
      expect((await chromiumAxNode('#a > article'))!.role).to.equal('article');
    });

    it('keeps labels as text in a bordered badge, still bordered in forced colours', async () => {
      const article = await articleFixture();
      const breaking = article.querySelector('[data-lede-label="breaking"]')!;
      expect(await ariaSnapshot('[data-lede-labels]')).to.contain('Breaking News');
      expect(px(breaking, 'border-top-width')).to.be.greaterThan(0);
      await emulateMedia({ forcedColors: 'active' });
      expect(px(breaking, 'border-top-width')).to.be.greaterThan(0);
      expect(px(breaking, 'border-top-width', '::before'), 'the marker is drawn with a border, which forced colours keep').to.be.greaterThan(0);
    });

    it('fades the live marker slowly, and not at all under reduced motion', async () => {
      const article = await articleFixture(
        '<article lang="en"><p data-lede-labels><span data-lede-label="live">Live</span></p><h1>Live: the flood</h1></article>',
      );
      const live = article.querySelector('[data-lede-label="live"]')!;
      const style = getComputedStyle(live, '::before');
      expect(style.animationName).to.equal('lede-live-marker');
      expect(parseFloat(style.animationDuration), 'one change every 2 s, far from a flash').to.be.at.least(1);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(live, '::before').animationName).to.equal('none');
    });

    it('passes axe in a dark colour scheme', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText" .innerHTML=${`<lede-article>${STORY}</lede-article>`}></div>`,
      );
      await emulateMedia({ colorScheme: 'dark' });
      await nextFrames();
      const article = holder.querySelector('lede-article')!;
      expect(getComputedStyle(article).color).to.equal('rgb(237, 237, 237)');
      await expectAccessible(holder);
    });
  });

  describe('layout', () => {
    it('scales every size with the root text size (rem), as the text-size switcher sets it', async () => {
      const article = await articleFixture();
      const body = article.querySelector('article > p')!;
      const headline = article.querySelector('h1')!;
      const [bodySize, headlineSize] = [px(body, 'font-size'), px(headline, 'font-size')];
      document.documentElement.style.fontSize = '200%';
      expect(px(body, 'font-size')).to.equal(bodySize * 2);
      expect(px(headline, 'font-size')).to.equal(headlineSize * 2);
      expect(px(body, 'line-height') / px(body, 'font-size'), 'unitless line height').to.be.closeTo(1.6, 0.01);
    });

    it('does not move when it upgrades on a page that links lede.css (CLS 0)', async () => {
      expect(await upgradeShift(pageStyles.cssText)).to.equal(0);
    });

    it('measures the shift of a page without lede.css (the measurement can fail)', async () => {
      expect(await upgradeShift('')).to.be.greaterThan(0);
    });

    it('keeps a line readable: the story is at most 40rem wide', async () => {
      const article = await articleFixture();
      expect(article.getBoundingClientRect().width).to.be.at.most(40 * 16);
    });

    it('fits a 300-character headline at 320 px and 200% text without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      const headline = `${'Residents of Harnford told to leave as '.repeat(8)}Supercalifragilisticexpialidociouslylongriverbankname`.slice(0, 300);
      const article = await articleFixture(`<article lang="en"><h1>${headline}</h1><p>Body.</p></article>`);
      const h1 = article.querySelector('h1')!;
      expect(h1.textContent!.length).to.equal(300);
      expect(h1.scrollWidth).to.be.at.most(h1.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('prints with the full width and each external link\'s address', async () => {
      const article = await articleFixture();
      await emulateMedia({ media: 'print' });
      const link = article.querySelector('a[href^="https"]')!;
      expect(getComputedStyle(link, '::after').content).to.contain('https://example.com/forecast');
      expect(getComputedStyle(article).maxInlineSize).to.equal('none');
    });

    it('loses to any site rule, however plain: its own rules weigh nothing', async () => {
      const holder = await fixture<HTMLDivElement>(
        html`<div .innerHTML=${`<style>p { font-size: 11px } h1 { color: rgb(1, 2, 3) }</style><lede-article>${STORY}</lede-article>`}></div>`,
      );
      await nextFrames();
      expect(px(holder.querySelector('article > p')!, 'font-size')).to.equal(11);
      expect(getComputedStyle(holder.querySelector('h1')!).color).to.equal('rgb(1, 2, 3)');
    });

    it('brings its styles into a shadow root it is rendered in', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<lede-article>${STORY}</lede-article>`;
      await nextFrames();
      expect(px(root.querySelector('h1')!, 'line-height') / px(root.querySelector('h1')!, 'font-size')).to.be.closeTo(1.2, 0.01);
    });
  });

  describe('structured data', () => {
    it('adds NewsArticle JSON-LD built from what the story shows', async () => {
      const article = await articleFixture(STORY, 'json-ld');
      const scripts = article.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Flood defences hold as the Harne reaches a record height',
        description: 'Volunteers worked through the night to raise the river wall.',
        inLanguage: 'en',
        datePublished: '2026-11-24',
        dateModified: '2026-11-24T09:30Z',
        author: [{ '@type': 'Person', name: 'Amina Yusuf', url: new URL('/authors/amina-yusuf', location.href).href }],
        image: [new URL('/__image__/800x450.svg', location.href).href],
      });
    });

    it('keeps hostile text inside the script, and follows edits to the story', async () => {
      const article = await articleFixture(
        '<article lang="en"><h1>Flood &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h1></article>',
        'json-ld',
      );
      const script = article.querySelector('script[data-lede-generated]')!;
      expect(script.textContent).not.to.contain('</script');
      expect(JSON.parse(script.textContent!).headline).to.equal('Flood </script><img src=x onerror=alert(1)>');
      expect(article.querySelectorAll('img')).to.have.length(0);
      article.querySelector('h1')!.textContent = 'New headline';
      await nextFrames();
      expect(JSON.parse(script.textContent!).headline).to.equal('New headline');
    });

    it('writes its JSON-LD on a page that requires Trusted Types, through the lede-json-ld policy', async () => {
      const page = await framedPage(
        "require-trusted-types-for 'script'",
        '<lede-article json-ld><article lang="en"><h1>Flood defences hold</h1></article></lede-article>',
      );
      expect(page.errors, 'nothing thrown').to.deep.equal([]);
      const script = page.document.querySelector('script[type="application/ld+json"]');
      expect(script, 'the JSON-LD is there').to.exist;
      expect(JSON.parse(script!.textContent!).headline).to.equal('Flood defences hold');
      expect(page.warnings.filter((m) => m.startsWith('<lede-'))).to.deep.equal([]);
    });

    it('leaves JSON-LD out, with one warning naming the policy, when the page does not allow it', async () => {
      const page = await framedPage(
        "require-trusted-types-for 'script'; trusted-types lit-html",
        '<lede-article json-ld><article lang="en"><h1>Flood defences hold</h1><p>Body.</p></article></lede-article>',
      );
      expect(page.errors, 'nothing thrown').to.deep.equal([]);
      expect(page.document.querySelector('script[type="application/ld+json"]')).to.be.null;
      expect(page.document.querySelector('h1')!.textContent, 'the story still reads').to.equal('Flood defences hold');
      const warned = page.warnings.filter((m) => m.includes('lede-json-ld'));
      expect(warned).to.have.length(1);
      expect(warned[0]).to.match(/^<lede-article>: .*trusted-types/);
    });

    it('publishes a usable language for a lang it has to correct', async () => {
      const article = await articleFixture('<article lang="en_GB"><h1>Headline</h1></article>', 'json-ld');
      const data = JSON.parse(article.querySelector('script[data-lede-generated]')!.textContent!);
      expect(data.inLanguage).to.equal('en-GB');
    });

    it('describes only its own story when another story element is nested in it', async () => {
      const article = await articleFixture(
        '<article lang="en"><h1>Outer story</h1><lede-article><article lang="fr"><h1>Histoire intérieure</h1>' +
          '<p><time datetime="2026-11-25" data-lede-time="published">hier</time></p></article></lede-article></article>',
        'json-ld',
      );
      const outer = JSON.parse(article.querySelector(':scope > script[data-lede-generated]')!.textContent!);
      expect(outer.headline).to.equal('Outer story');
      expect(outer.inLanguage).to.equal('en');
      expect(outer).not.to.have.property('datePublished');
    });

    it('never puts a script URL into the JSON-LD, and says which one it left out', async () => {
      const article = await articleFixture(
        '<article lang="en"><h1>Headline</h1><lede-byline><p><a href="javascript:alert(1)" rel="author">Amina Yusuf</a></p></lede-byline></article>',
        'json-ld',
      );
      const data = JSON.parse(article.querySelector('script[data-lede-generated]')!.textContent!);
      expect(data.author).to.deep.equal([{ '@type': 'Person', name: 'Amina Yusuf' }]);
      expect(warnings.messages.filter((m) => m.startsWith('<lede-article>') && m.includes('href="javascript:alert(1)" was refused'))).to.have.length(1);
    });

    it('adds nothing without the attribute', async () => {
      const article = await articleFixture();
      expect(article.querySelector('script')).to.be.null;
    });
  });

  describe('authoring checks and bad input', () => {
    it('warns once per problem, naming the element and the fix, and leaves figures to report their own', async () => {
      await articleFixture(
        '<article lang="en"><h1>One</h1><h1>Two</h1><h4>Deep</h4><p><a href="/x">click here</a></p>' +
          '<lede-figure><figure><img src="/__image__/800x450.svg" alt="image" width="800" height="450"><figcaption>Caption</figcaption></figure></lede-figure></article>',
      );
      const article = warnings.messages.filter((m) => m.startsWith('<lede-article>:'));
      expect(article.some((m) => m.includes('2 <h1> elements'))).to.be.true;
      expect(article.some((m) => m.includes('<h4> "Deep" comes after an <h1>'))).to.be.true;
      expect(article.some((m) => m.includes('The link "click here"'))).to.be.true;
      expect(article.some((m) => m.includes('placeholder')), 'the figure reports its own image').to.be.false;
      expect(warnings.messages.filter((m) => m.startsWith('<lede-figure>:') && m.includes('placeholder alt="image"'))).to.have.length(1);
      const count = warnings.messages.length;
      document.querySelector('lede-article')!.querySelector('p')!.append(' More text.');
      await nextFrames();
      expect(warnings.messages.length, 'no repeats after an edit').to.equal(count);
    });

    it('settles when one story element is nested in another, and each labels only its own time', async () => {
      const holder = document.createElement('div');
      cleanups.push(() => holder.remove());
      let records = 0;
      let looped = false;
      // A guard inside the same microtask loop: a page that never settles is cut off, and fails.
      const guard = new MutationObserver((list) => {
        records += list.length;
        if (records > 2000 && !looped) {
          looped = true;
          holder.replaceChildren();
        }
      });
      guard.observe(holder, { subtree: true, childList: true, characterData: true, attributes: true });
      holder.innerHTML =
        '<lede-article published-label="First published"><article lang="en"><h1>Outer</h1>' +
        '<p id="outer-time"><time datetime="2026-11-24" data-lede-time="published">24/11</time></p>' +
        '<lede-article><article lang="en"><h1>Inner</h1><p id="inner-time"><time datetime="2026-11-25" data-lede-time="published">25/11</time></p></article></lede-article>' +
        '</article></lede-article>';
      document.body.append(holder);
      await nextFrames();
      await new Promise((resolve) => setTimeout(resolve, 100));
      guard.disconnect();
      expect(looped, 'the page settled').to.be.false;
      expect(records, 'a handful of writes, not a loop').to.be.below(50);
      const labels = (id: string) => [...holder.querySelectorAll(`#${id} [data-lede-generated="time-label"]`)].map((l) => l.textContent);
      expect(labels('outer-time')).to.deep.equal(['First published ']);
      expect(labels('inner-time')).to.deep.equal(['Published ']);
    });

    it('writes nothing when a pass has nothing to change', async () => {
      const article = await articleFixture(STORY, 'json-ld');
      let records = 0;
      const observer = new MutationObserver((list) => (records += list.length));
      observer.observe(article, { subtree: true, childList: true, characterData: true, attributes: true });
      article.jsonLd = false;
      article.jsonLd = true;
      await article.updateComplete;
      article.requestUpdate();
      await nextFrames();
      observer.disconnect();
      expect(records).to.equal(0);
    });

    for (const [where, markup, outer] of [
      ['en_GB on the <article>', '<article lang="en_GB"><h1>Headline</h1><p><time datetime="2026-11-24" data-lede-time="published">x</time></p></article>', ''],
      ['français on the <article>', '<article lang="français"><h1>Headline</h1><p><time datetime="2026-11-24" data-lede-time="published">x</time></p></article>', ''],
      ['en_GB on the page', '<h1>Headline</h1><p><time datetime="2026-11-24" data-lede-time="published">x</time></p>', 'en_GB'],
    ]) {
      it(`reads an invalid lang (${where}) as far as it can, and warns once with the value`, async () => {
        const previous = document.documentElement.getAttribute('lang');
        if (outer) document.documentElement.setAttribute('lang', outer);
        try {
          await expectNoUncaughtError(async () => {
            const article = await articleFixture(markup, 'json-ld');
            expect(article.querySelector('time')!.textContent).to.match(/2026/);
            expect(article.querySelector('[data-lede-generated="time-label"]')!.textContent).to.equal('Published ');
            const data = JSON.parse(article.querySelector('script[data-lede-generated]')!.textContent!);
            expect(data.inLanguage, 'a valid tag: the corrected one, or the page\'s').to.match(/^en(-[A-Z]{2})?$/);
            const value = outer || /lang="([^"]+)"/.exec(markup)![1]!;
            const warned = warnings.messages.filter((m) => m.startsWith('<lede-article>') && m.includes(`lang="${value}"`));
            expect(warned, warnings.messages.join('\n')).to.have.length(1);
            expect(warned[0]).to.match(/Write lang="en-GB"|Use a BCP 47 language tag/);
          });
        } finally {
          if (previous === null) document.documentElement.removeAttribute('lang');
          else document.documentElement.setAttribute('lang', previous);
        }
      });
    }

    it('says once that an empty article has no story, and nothing more', async () => {
      await articleFixture('');
      const said = warnings.messages.filter((m) => m.startsWith('<lede-article>'));
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^<lede-article>: is empty.*Put the story's HTML inside it/);
    });

    it('reports a missing <h1> for each story that lacks one', async () => {
      await fixture(
        html`<div lang="en" .innerHTML=${'<lede-article><article><p>First story.</p></article></lede-article><lede-article><article><p>Second story.</p></article></lede-article>'}></div>`,
      );
      await nextFrames();
      expect(warnings.messages.filter((m) => m.startsWith('<lede-article>: The story has no <h1>'))).to.have.length(2);
    });

    it('says once that a kind of time it does not know gets no label', async () => {
      const article = await articleFixture(
        '<article lang="en"><h1>Headline</h1><p><time datetime="2026-11-24" data-lede-time="posted">Monday</time></p></article>',
      );
      expect(article.querySelector('time')!.textContent).to.equal('November 24, 2026');
      const said = warnings.messages.filter((m) => m.includes('data-lede-time="posted"'));
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^<lede-article>: .*Use data-lede-time="published" or "updated"/);
    });

    it('leaves a malformed datetime as written, with a warning that shows the value', async () => {
      const article = await articleFixture(
        '<article lang="en"><h1>Headline</h1><p><time datetime="yesterday-ish" data-lede-time="published">Yesterday</time></p></article>',
      );
      expect(article.querySelector('time')!.textContent).to.equal('Yesterday');
      expect(warnings.messages.filter((m) => m.includes('<time datetime="yesterday-ish">'))).to.have.length(1);
    });

    it('warns when the story has no language', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div lang=""><lede-article><h1>Headline</h1></lede-article></div>`);
      await nextFrames();
      expect(holder).to.exist;
      expect(warnings.messages.some((m) => m.startsWith('<lede-article>: The story has no language'))).to.be.true;
    });

    for (const [name, markup] of [
      ['an empty article', ''],
      ['no header', '<article lang="en"><p>Just a paragraph.</p></article>'],
      ['unknown child elements', '<article lang="en"><cms-embed data-id="9"><p>Embedded</p></cms-embed><h1>Headline</h1><x-y></x-y></article>'],
      ['text with no elements', 'Plain text from a CMS'],
    ]) {
      it(`renders ${name} without throwing`, async () => {
        await expectNoUncaughtError(async () => {
          const article = await articleFixture(markup);
          expect(article.textContent!.trim()).to.equal(
            document.createRange().createContextualFragment(markup).textContent!.trim(),
          );
        });
      });
    }
  });
});
