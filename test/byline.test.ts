import { expect, fixture, html } from '@open-wc/testing';
import '../src/byline/define.js';
import type { LedeByline } from '../src/byline/byline.js';
import { expectAccessible } from './helpers/axe.js';
import { ariaSnapshot } from './helpers/commands.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';
import { imageSettled, nextFrames } from './helpers/layout.js';

async function bylineFixture(markup: string): Promise<LedeByline> {
  const holder = await fixture<HTMLDivElement>(html`<div lang="en"><lede-byline id="b" .innerHTML=${markup}></lede-byline></div>`);
  const byline = holder.querySelector('lede-byline')!;
  const portrait = byline.querySelector('img');
  if (portrait) await imageSettled(portrait);
  await nextFrames();
  return byline;
}

const card = (portrait: string) =>
  `${portrait}<p><a href="/authors/amina-yusuf" rel="author">Amina Yusuf</a></p><p>Environment correspondent</p><p>Amina has reported on rivers and flooding across the north for twelve years.</p>`;

describe('lede-byline', () => {
  const warnings = recordWarnings();

  it('makes a portrait that only repeats the name decorative, so the name is heard once', async () => {
    const byline = await bylineFixture(card('<img src="/__image__/200x200.svg" alt="Amina Yusuf" width="200" height="200">'));
    const tree = await ariaSnapshot('#b');
    expect(tree).not.to.contain('img');
    expect(tree).to.contain('link "Amina Yusuf"');
    expect(byline.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(byline.querySelector('img')!.getBoundingClientRect().width, 'the portrait still shows').to.be.greaterThan(0);
    await expectAccessible(byline);
  });

  it('keeps a portrait alt that says more than the name', async () => {
    const byline = await bylineFixture(card('<img src="/__image__/200x200.svg" alt="Standing in flood water up to her knees" width="200" height="200">'));
    expect(await ariaSnapshot('#b')).to.contain('img "Standing in flood water up to her knees"');
    expect(byline.authorNames).to.deep.equal(['Amina Yusuf']);
  });

  it('never shows placeholder text such as "16x9 Image" when the portrait is missing', async () => {
    await expectNoUncaughtError(async () => {
      const byline = await bylineFixture(card('<img src="/__image__/missing.svg" alt="16x9 Image" width="200" height="200">'));
      const portrait = byline.querySelector('img')!;
      expect(portrait.getBoundingClientRect().width, 'the failed portrait takes no space').to.equal(0);
      expect(byline.innerText).not.to.contain('16x9');
      expect(await ariaSnapshot('#b')).not.to.contain('16x9');
      expect(warnings.messages.filter((m) => m.includes('could not load the portrait') && m.includes('/__image__/missing.svg'))).to.have.length(1);
      expect(warnings.messages.some((m) => m.includes('placeholder alt="16x9 Image"'))).to.be.true;
      await expectAccessible(byline);
    });
  });

  for (const placeholder of ['16x9 Image', 'headshot', 'DSC_0042.jpg']) {
    it(`never reads the placeholder alt "${placeholder}" of a portrait that loads`, async () => {
      const byline = await bylineFixture(card(`<img src="/__image__/200x200.svg" alt="${placeholder}" width="200" height="200">`));
      const tree = await ariaSnapshot('#b');
      expect(tree, tree).not.to.contain(placeholder);
      expect(tree).to.contain('link "Amina Yusuf"');
      expect(byline.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(byline.querySelector('img')!.getBoundingClientRect().width, 'the portrait still shows').to.be.greaterThan(0);
    });
  }

  it('hides a portrait with no src and says so', async () => {
    const byline = await bylineFixture(card('<img alt="" width="200" height="200">'));
    expect(byline.querySelector('img')!.getBoundingClientRect().width).to.equal(0);
    expect(warnings.messages.some((m) => m.includes('portrait <img> with no src'))).to.be.true;
  });

  it('puts the bio beside the portrait and the text starts after it, right to left too', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl" style="inline-size: 400px"><lede-byline .innerHTML=${card('<img src="/__image__/200x200.svg" alt="" width="200" height="200">')}></lede-byline></div>`,
    );
    const byline = holder.querySelector('lede-byline')!;
    await imageSettled(byline.querySelector('img')!);
    await nextFrames();
    const portrait = byline.querySelector('img')!.getBoundingClientRect();
    const name = byline.querySelector('a')!.getBoundingClientRect();
    expect(portrait.right, 'the portrait sits at the inline start, which is the right').to.be.closeTo(holder.getBoundingClientRect().right, 1);
    expect(name.right).to.be.lessThan(portrait.left);
  });

  it('warns when no author name is marked', async () => {
    await bylineFixture('<p>By Amina Yusuf</p>');
    expect(warnings.messages.some((m) => m.startsWith('<lede-byline>: has no author name marked'))).to.be.true;
  });
});
