import { expect, fixture, html } from '@open-wc/testing';
import { checkStoryMarkup, type AuthoringCheck } from '../src/authoring/authoring-checks.js';

/** A document that loads nothing, so fixture images make no requests. */
const inert = document.implementation.createHTMLDocument('fixtures');

/** Builds a detached story from markup and returns the names of the checks it trips. */
function tripped(markup: string, lang: string | null = 'en'): AuthoringCheck[] {
  const story = inert.createElement('article');
  if (lang !== null) story.setAttribute('lang', lang);
  story.innerHTML = markup;
  return checkStoryMarkup(story).map((finding) => finding.check);
}

const HEADLINE = '<h1>Flood defences hold in Harnford</h1>';
const IMAGE = (alt: string, caption = 'Volunteers on the river wall.') =>
  `<figure><img src="/river.jpg" alt="${alt}" width="800" height="450"><figcaption>${caption} <span data-lede-credit>Reuters</span></figcaption></figure>`;

// Each check, with markup that trips it and the nearest markup that does not.
const cases: Array<{ check: AuthoringCheck; trips: string; passes: string; lang?: null }> = [
  { check: 'missing-h1', trips: '<h2>Section</h2>', passes: HEADLINE },
  { check: 'multiple-h1', trips: `${HEADLINE}<h1>Another headline</h1>`, passes: `${HEADLINE}<h2>A section</h2>` },
  { check: 'skipped-heading-level', trips: `${HEADLINE}<h3>Too deep</h3>`, passes: `${HEADLINE}<h2>Section</h2><h3>Sub</h3><h2>Next</h2>` },
  { check: 'image-missing-alt', trips: `${HEADLINE}<img src="/a.jpg" width="1" height="1">`, passes: `${HEADLINE}<img src="/a.jpg" alt="" width="1" height="1">` },
  { check: 'placeholder-alt', trips: `${HEADLINE}${IMAGE('16x9 Image')}`, passes: `${HEADLINE}${IMAGE('A crowd on a flooded bridge')}` },
  { check: 'placeholder-alt', trips: `${HEADLINE}${IMAGE('IMG_2041.JPG')}`, passes: `${HEADLINE}${IMAGE('Sandbags piled by a door')}` },
  { check: 'placeholder-alt', trips: `${HEADLINE}${IMAGE('photo')}`, passes: `${HEADLINE}${IMAGE('A photographer on a roof')}` },
  {
    check: 'alt-repeats-caption',
    trips: `${HEADLINE}${IMAGE('Volunteers on the river wall', 'Volunteers on the river wall.')}`,
    passes: `${HEADLINE}${IMAGE('Six people passing sandbags', 'Volunteers on the river wall.')}`,
  },
  {
    check: 'image-without-size',
    trips: `${HEADLINE}<img src="/a.jpg" alt="A bridge">`,
    passes: `${HEADLINE}<img src="/a.jpg" alt="A bridge" width="800" height="450">`,
  },
  {
    check: 'vague-link-text',
    trips: `${HEADLINE}<p>The full report is out. <a href="/report">Click here</a>.</p>`,
    passes: `${HEADLINE}<p><a href="/report">Read the full flood report</a>.</p>`,
  },
  {
    check: 'vague-link-text',
    trips: `${HEADLINE}<p><a href="/more">Read more</a></p>`,
    passes: `${HEADLINE}<p><a href="/more" aria-describedby="h">Read more</a></p>`,
  },
  {
    check: 'malformed-datetime',
    trips: `${HEADLINE}<time datetime="24/11/2026" data-lede-time="published">24 Nov</time>`,
    passes: `${HEADLINE}<time datetime="2026-11-24T09:30Z" data-lede-time="published">24 Nov</time>`,
  },
  {
    check: 'malformed-datetime',
    trips: `${HEADLINE}<time datetime="2026-02-30" data-lede-time="updated">30 Feb</time>`,
    passes: `${HEADLINE}<p>Open since <time datetime="1998">1998</time>.</p>`,
  },
];

describe('authoring checks', () => {
  for (const { check, trips, passes } of cases) {
    it(`${check}: trips on ${trips.replace(HEADLINE, '').slice(0, 60)}…`, () => {
      expect(tripped(trips)).to.include(check);
      expect(tripped(passes)).not.to.include(check);
    });
  }

  it('missing-lang: trips when nothing around the story declares a language', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang=""></div>`);
    const story = document.createElement('article');
    story.innerHTML = HEADLINE;
    holder.append(story);
    expect(checkStoryMarkup(story).map((f) => f.check)).to.include('missing-lang');
    holder.setAttribute('lang', 'en-GB');
    expect(checkStoryMarkup(story).map((f) => f.check)).not.to.include('missing-lang');
    // A lede-article with the language on the <article> the CMS sent.
    const wrapper = document.createElement('lede-story-wrapper');
    holder.setAttribute('lang', '');
    holder.append(wrapper);
    wrapper.append(story);
    expect(checkStoryMarkup(wrapper).map((f) => f.check)).to.include('missing-lang');
    story.setAttribute('lang', 'cy');
    expect(checkStoryMarkup(wrapper).map((f) => f.check)).not.to.include('missing-lang');
  });

  it('checks the root story even when it matches `exclude`, and leaves nested stories to themselves', () => {
    const story = inert.createElement('lede-article');
    story.innerHTML = `<article lang="en">${HEADLINE}<lede-article><article lang="fr"><h1>Une autre histoire</h1><h4>Trop profond</h4></article></lede-article></article>`;
    const checks = checkStoryMarkup(story, { exclude: 'lede-article' }).map((f) => f.check);
    expect(checks, 'the nested headline and heading are its own story\'s').to.deep.equal([]);
    story.querySelector('h1')!.remove();
    expect(checkStoryMarkup(story, { exclude: 'lede-article' }).map((f) => f.check)).to.deep.equal(['missing-h1']);
  });

  it('image-without-size: a ratio that is not a ratio reserves nothing', () => {
    const figure = (ratio: string) =>
      `${HEADLINE}<lede-figure ratio="${ratio}"><figure><img src="/a.jpg" alt="A bridge"><figcaption>The bridge.</figcaption></figure></lede-figure>`;
    expect(tripped(figure('banana'))).to.include('image-without-size');
    expect(tripped(figure('16/9'))).not.to.include('image-without-size');
  });

  it('finds nothing in a well-made story', () => {
    expect(
      tripped(
        `<header>${HEADLINE}<p>Standfirst.</p><time datetime="2026-11-24" data-lede-time="published">24 November</time></header>` +
          `<p>Body with a <a href="/report">link to the flood report</a>.</p><h2>Section</h2>${IMAGE('A crowd on a flooded bridge')}`,
      ),
    ).to.deep.equal([]);
  });

  it('returns each finding with its element and a message that names the fix', () => {
    const story = document.createElement('article');
    story.lang = 'en';
    story.innerHTML = `${HEADLINE}<h3>Too deep</h3>`;
    const [finding] = checkStoryMarkup(story);
    expect(finding!.element).to.equal(story.querySelector('h3'));
    expect(finding!.message).to.contain('Use <h2>');
  });

  it('lets a site add its own languages\' vague link texts and skip checks', () => {
    const story = document.createElement('article');
    story.lang = 'fr';
    story.innerHTML = `${HEADLINE}<p><a href="/suite">Cliquez ici</a></p><h3>Trop profond</h3>`;
    expect(checkStoryMarkup(story).map((f) => f.check)).to.deep.equal(['skipped-heading-level']);
    expect(
      checkStoryMarkup(story, { vagueLinkTexts: ['cliquez ici'], skip: ['skipped-heading-level'] }).map((f) => f.check),
    ).to.deep.equal(['vague-link-text']);
  });
});
