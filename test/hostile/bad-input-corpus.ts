/**
 * Broken input an editor or a CMS produces. For each case the reader must still get the story
 * (`readable` is text that stays on screen: the story's, or the player's button or message), and
 * the author exactly `warnings` console warnings
 * (one unless said) from the element `tag`, one of which names the problem: every entry of
 * `mentions` appears in it (the offending value where there is one, else a key word). Cases that
 * must fail the player to show its alternatives expect the failure's own warning too.
 *
 * `{{vtt}}` in markup stands for the URL of `vtt`, served by the test server with its type.
 */
export interface BadInputCase {
  name: string;
  tag: `lede-${string}`;
  mentions: Array<string | RegExp>;
  markup: string;
  readable: string | RegExp;
  warnings?: number;
  /** What a reader does before the check. */
  act?: 'pick-size' | 'click-links' | 'open-enlarge' | 'transcript' | 'play' | 'play-offline';
  /** The page around the element. */
  setup?: 'block-storage' | 'page-lang-en_GB';
  vtt?: { type: string; body: string };
}

const STORY = (attributes = '', body = '<h1>Ferry saved</h1><p>The night ferry keeps running.</p>') =>
  `<lede-article${attributes}><article lang="en">${body}</article></lede-article>`;
const TIMED = (time: string, lang = 'en') =>
  `<lede-article><article lang="${lang}"><h1>Ferry saved</h1><p>${time}</p><p>The night ferry keeps running.</p></article></lede-article>`;
const FIGURE = (attributes = '', image = '<img src="/__image__/800x450.svg" alt="A ferry crosses dark water" width="800" height="450">') =>
  `<lede-figure${attributes}><figure>${image}<figcaption>The 23:40 sailing leaves Eastquay. <span data-lede-credit>Reuters</span></figcaption></figure></lede-figure>`;
const BYLINE = (portrait: string, name = '<a href="/authors/morwenna-tallis" rel="author">Morwenna Tallis</a>') =>
  `<lede-byline>${portrait}<p>${name}</p><p>Transport reporter.</p></lede-byline>`;
const PLAYER = (attributes = 'media-title="Ferry vote" duration="8"', inner?: string) =>
  `<lede-media-player ${attributes}>${
    inner ??
    '<video controls preload="none"><source src="/demo/media/ferry-vote.webm" type="video/webm"><track kind="captions" src="/demo/media/ferry-vote.en.vtt" srclang="en" label="English"></video>'
  }</lede-media-player>`;
const VIDEO_WITH_TRACK = (src: string) =>
  `<video controls preload="none"><source src="/demo/media/ferry-vote.webm" type="video/webm"><track kind="captions" src="${src}" srclang="en" label="English"></video>`;
const SKIP = (links: string) => `<lede-skip-links>${links}</lede-skip-links><main id="main"><p>The story.</p></main>`;
const SIZE = (attributes: string) => `<lede-text-size ${attributes}></lede-text-size><p>The story.</p>`;

export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  // <lede-text-size>
  { name: 'steps="abc"', tag: 'lede-text-size', mentions: ['abc'], markup: SIZE('steps="abc"'), readable: 'Text size' },
  { name: 'steps="100 100 100"', tag: 'lede-text-size', mentions: ['100 100 100'], markup: SIZE('steps="100 100 100"'), readable: 'Text size' },
  { name: 'steps="100 125 abc"', tag: 'lede-text-size', mentions: ['abc'], markup: SIZE('steps="100 125 abc"'), readable: 'Text size' },
  { name: 'steps="0 50 900"', tag: 'lede-text-size', mentions: ['900'], markup: SIZE('steps="0 50 900"'), readable: 'Text size' },
  { name: 'steps="-100 100"', tag: 'lede-text-size', mentions: ['-100'], markup: SIZE('steps="-100 100"'), readable: 'Text size' },
  { name: 'steps="Infinity 100"', tag: 'lede-text-size', mentions: ['Infinity'], markup: SIZE('steps="Infinity 100"'), readable: 'Text size' },
  { name: 'steps="100;150"', tag: 'lede-text-size', mentions: ['100;150'], markup: SIZE('steps="100;150"'), readable: 'Text size' },
  { name: 'steps up to 450%', tag: 'lede-text-size', mentions: ['450'], markup: SIZE('steps="100 200 450"'), readable: 'Text size' },
  { name: 'two labels for four steps', tag: 'lede-text-size', mentions: ['labels'], markup: SIZE('labels="Small, Large"'), readable: 'Text size' },
  { name: 'five labels for four steps', tag: 'lede-text-size', mentions: ['labels'], markup: SIZE('labels="A, B, C, D, E"'), readable: 'Text size' },
  { name: 'for names no element', tag: 'lede-text-size', mentions: ['no-such-container'], markup: SIZE('for="no-such-container"'), readable: 'Text size' },
  { name: 'blocked storage, then a size is picked', tag: 'lede-text-size', mentions: [/storage/i], markup: SIZE(''), readable: 'Text size', act: 'pick-size', setup: 'block-storage' },

  // <lede-skip-links>
  { name: 'a link to a missing target', tag: 'lede-skip-links', mentions: ['nowhere'], markup: SKIP('<a href="#main">Skip to content</a><a href="#nowhere">Skip to search</a>'), readable: 'Skip to content', act: 'click-links' },
  { name: 'href="#"', tag: 'lede-skip-links', mentions: ['href'], markup: SKIP('<a href="#main">Skip to content</a><a href="#">Skip to search</a>'), readable: 'Skip to content' },
  { name: 'href=""', tag: 'lede-skip-links', mentions: ['href'], markup: SKIP('<a href="#main">Skip to content</a><a href="">Skip to search</a>'), readable: 'Skip to content' },
  { name: 'href="javascript:void(0)"', tag: 'lede-skip-links', mentions: ['javascript:'], markup: SKIP('<a href="#main">Skip to content</a><a href="javascript:void(0)">Skip to search</a>'), readable: 'Skip to content' },
  { name: 'a malformed fragment', tag: 'lede-skip-links', mentions: ['%zz'], markup: SKIP('<a href="#main">Skip to content</a><a href="#%zz">Skip to search</a>'), readable: 'Skip to content', act: 'click-links' },
  { name: 'a link without href', tag: 'lede-skip-links', mentions: ['href'], markup: SKIP('<a href="#main">Skip to content</a><a>Skip to search</a>'), readable: 'Skip to content' },
  { name: 'no links at all', tag: 'lede-skip-links', mentions: [/link/i], markup: SKIP(''), readable: 'The story.' },

  // <lede-figure>
  { name: 'ratio="banana"', tag: 'lede-figure', mentions: ['banana'], markup: FIGURE(' ratio="banana"', '<img src="/__image__/800x450.svg" alt="A ferry crosses dark water">'), readable: 'The 23:40 sailing' },
  { name: 'ratio="16:9"', tag: 'lede-figure', mentions: ['16:9'], markup: FIGURE(' ratio="16:9"', '<img src="/__image__/800x450.svg" alt="A ferry crosses dark water">'), readable: 'The 23:40 sailing' },
  { name: 'ratio="0/9"', tag: 'lede-figure', mentions: ['0/9'], markup: FIGURE(' ratio="0/9"', '<img src="/__image__/800x450.svg" alt="A ferry crosses dark water">'), readable: 'The 23:40 sailing' },
  { name: 'ratio="-16/9"', tag: 'lede-figure', mentions: ['-16/9'], markup: FIGURE(' ratio="-16/9"', '<img src="/__image__/800x450.svg" alt="A ferry crosses dark water">'), readable: 'The 23:40 sailing' },
  {
    name: 'a second <img>',
    tag: 'lede-figure',
    mentions: [/img|image/i],
    markup: FIGURE('', '<img src="/__image__/800x450.svg" alt="A ferry crosses dark water" width="800" height="450"><img src="/__image__/400x300.svg" alt="The quay at dawn" width="400" height="300">'),
    readable: 'The 23:40 sailing',
  },
  { name: 'no <img>', tag: 'lede-figure', mentions: [/img|image/i], markup: FIGURE('', ''), readable: 'The 23:40 sailing' },
  { name: 'a missing image (404)', tag: 'lede-figure', mentions: ['missing.svg'], markup: FIGURE('', '<img src="/__image__/missing.svg" alt="A ferry crosses dark water" width="800" height="450">'), readable: 'A ferry crosses dark water' },
  { name: 'an <img> with no src', tag: 'lede-figure', mentions: ['src'], markup: FIGURE('', '<img alt="A ferry crosses dark water" width="800" height="450">'), readable: 'The 23:40 sailing' },
  { name: 'enlarge-src="javascript:alert(1)"', tag: 'lede-figure', mentions: ['enlarge-src'], markup: FIGURE(' enlarge-src="javascript:alert(1)"'), readable: 'The 23:40 sailing', act: 'open-enlarge' },
  { name: 'enlarge-src=" JaVaScRiPt:alert(1)"', tag: 'lede-figure', mentions: ['enlarge-src'], markup: FIGURE(' enlarge-src=" JaVaScRiPt:alert(1)"'), readable: 'The 23:40 sailing', act: 'open-enlarge' },
  { name: 'enlarge-src="data:text/html,…"', tag: 'lede-figure', mentions: ['enlarge-src'], markup: FIGURE(' enlarge-src="data:text/html,<b>x</b>"'), readable: 'The 23:40 sailing', act: 'open-enlarge' },
  { name: 'enlarge-src with a tab in vbscript:', tag: 'lede-figure', mentions: ['enlarge-src'], markup: FIGURE(' enlarge-src="vb&#9;script:msgbox(1)"'), readable: 'The 23:40 sailing', act: 'open-enlarge' },
  { name: 'a dead enlarge-src', tag: 'lede-figure', mentions: ['/__image__/gone.svg'], markup: FIGURE(' enlarge-src="/__image__/gone.svg"'), readable: 'The 23:40 sailing', act: 'open-enlarge' },

  // <lede-byline>
  { name: 'no author name marked', tag: 'lede-byline', mentions: [/author/i], markup: BYLINE('', 'By Morwenna Tallis'), readable: 'Morwenna Tallis' },
  { name: 'a missing portrait (404)', tag: 'lede-byline', mentions: ['missing.svg'], markup: BYLINE('<img src="/__image__/missing.svg" alt="" width="160" height="160">'), readable: 'Morwenna Tallis' },
  { name: 'a portrait with no src', tag: 'lede-byline', mentions: ['src'], markup: BYLINE('<img alt="" width="160" height="160">'), readable: 'Morwenna Tallis' },

  // <lede-article>
  { name: 'an empty article', tag: 'lede-article', mentions: [/empty|no story/i], markup: '<lede-article></lede-article><p>After the story.</p>', readable: 'After the story.' },
  { name: 'a story without <h1>', tag: 'lede-article', mentions: [/h1|headline/i], markup: STORY('', '<p>The night ferry keeps running.</p>'), readable: 'The night ferry keeps running.' },
  {
    name: 'two stories without <h1>',
    tag: 'lede-article',
    mentions: [/h1|headline/i],
    warnings: 2,
    markup: STORY('', '<p>The night ferry keeps running.</p>') + STORY('', '<p>The bridge reopens.</p>'),
    readable: 'The bridge reopens.',
  },
  { name: 'datetime="yesterday"', tag: 'lede-article', mentions: ['yesterday'], markup: TIMED('<time datetime="yesterday" data-lede-time="published">Yesterday</time>'), readable: 'Yesterday' },
  { name: 'datetime="2026-02-30"', tag: 'lede-article', mentions: ['2026-02-30'], markup: TIMED('<time datetime="2026-02-30" data-lede-time="published">30 February</time>'), readable: '30 February' },
  { name: 'datetime="2026-11-24T25:00Z"', tag: 'lede-article', mentions: ['2026-11-24T25:00Z'], markup: TIMED('<time datetime="2026-11-24T25:00Z" data-lede-time="published">Late</time>'), readable: 'Late' },
  { name: 'datetime="24/11/2026"', tag: 'lede-article', mentions: ['24/11/2026'], markup: TIMED('<time datetime="24/11/2026" data-lede-time="published">24/11/2026</time>'), readable: '24/11/2026' },
  { name: 'a marked time with no datetime', tag: 'lede-article', mentions: ['datetime'], markup: TIMED('<time data-lede-time="published">This morning</time>'), readable: 'This morning' },
  { name: 'data-lede-time="posted"', tag: 'lede-article', mentions: ['posted'], markup: TIMED('<time datetime="2026-11-24" data-lede-time="posted">24 November</time>'), readable: 'November' },
  { name: 'lang="en_GB"', tag: 'lede-article', mentions: ['en_GB'], markup: TIMED('<time datetime="2026-11-24" data-lede-time="published">24/11/2026</time>', 'en_GB'), readable: 'Ferry saved' },
  { name: 'lang="français"', tag: 'lede-article', mentions: ['français'], markup: TIMED('<time datetime="2026-11-24" data-lede-time="published">24/11/2026</time>', 'français'), readable: 'Ferry saved' },
  { name: 'lang="12345"', tag: 'lede-article', mentions: ['12345'], markup: TIMED('<time datetime="2026-11-24" data-lede-time="published">24/11/2026</time>', '12345'), readable: 'Ferry saved' },
  {
    name: '<html lang="en_GB">',
    tag: 'lede-article',
    mentions: ['en_GB'],
    markup: '<lede-article><article><h1>Ferry saved</h1><p><time datetime="2026-11-24" data-lede-time="published">24/11/2026</time></p></article></lede-article>',
    readable: 'Ferry saved',
    setup: 'page-lang-en_GB',
  },

  // <lede-media-player>
  { name: 'duration="abc"', tag: 'lede-media-player', mentions: ['abc'], markup: PLAYER('media-title="Ferry vote" duration="abc"'), readable: 'Play video' },
  { name: 'duration="PT"', tag: 'lede-media-player', mentions: ['"PT"'], markup: PLAYER('media-title="Ferry vote" duration="PT"'), readable: 'Play video' },
  { name: 'duration="-5"', tag: 'lede-media-player', mentions: ['-5'], markup: PLAYER('media-title="Ferry vote" duration="-5"'), readable: 'Play video' },
  { name: 'duration="1:30"', tag: 'lede-media-player', mentions: ['1:30'], markup: PLAYER('media-title="Ferry vote" duration="1:30"'), readable: 'Play video' },
  { name: 'no <video> or <audio>', tag: 'lede-media-player', mentions: [/video|audio/], markup: PLAYER('media-title="Ferry vote"', '<p>A video.</p>'), readable: /Play video|Sorry/ },
  { name: 'a <video> with no source', tag: 'lede-media-player', mentions: ['source'], markup: PLAYER('media-title="Ferry vote"', '<video controls></video>'), readable: /Play video|Sorry/ },
  { name: 'a dead media URL', tag: 'lede-media-player', mentions: ['no-such-file.webm'], markup: PLAYER('media-title="Ferry vote"', '<video controls preload="none"><source src="/demo/media/no-such-file.webm" type="video/webm"></video>'), readable: 'Sorry', act: 'play' },
  { name: 'captions that are missing (404)', tag: 'lede-media-player', mentions: ['missing.vtt'], markup: PLAYER('media-title="Ferry vote"', VIDEO_WITH_TRACK('/demo/media/missing.vtt')), readable: 'Transcript', act: 'transcript' },
  {
    name: 'a VTT without its WEBVTT header',
    tag: 'lede-media-player',
    mentions: ['{{vtt}}'],
    markup: PLAYER('media-title="Ferry vote"', VIDEO_WITH_TRACK('{{vtt}}')),
    readable: 'Transcript',
    act: 'transcript',
    vtt: { type: 'text/vtt', body: '00:00.000 --> 00:02.000\nThe committee voted.\n' },
  },
  {
    name: 'an HTML page served as VTT',
    tag: 'lede-media-player',
    mentions: ['{{vtt}}'],
    markup: PLAYER('media-title="Ferry vote"', VIDEO_WITH_TRACK('{{vtt}}')),
    readable: 'Transcript',
    act: 'transcript',
    vtt: { type: 'text/html', body: '<!doctype html><html><head><title>Not found</title></head><body><h1>Page not found</h1></body></html>' },
  },
  { name: 'download-src="javascript:alert(1)"', tag: 'lede-media-player', mentions: ['download-src'], markup: PLAYER('media-title="Ferry vote" download-src="javascript:alert(1)"'), readable: 'Sorry', act: 'play-offline', warnings: 2 },
  { name: 'audio-src=" vbscript:msgbox(1)"', tag: 'lede-media-player', mentions: ['audio-src'], markup: PLAYER('media-title="Ferry vote" audio-src=" vbscript:msgbox(1)"'), readable: 'Sorry', act: 'play-offline', warnings: 2 },
  { name: 'download-src="data:text/html,…"', tag: 'lede-media-player', mentions: ['download-src'], markup: PLAYER('media-title="Ferry vote" download-src="data:text/html,<b>x</b>"'), readable: 'Sorry', act: 'play-offline', warnings: 2 },
  { name: 'download-src with \\x01 before javascript:', tag: 'lede-media-player', mentions: ['download-src'], markup: PLAYER('media-title="Ferry vote" download-src="&#1;javascript:alert(1)"'), readable: 'Sorry', act: 'play-offline', warnings: 2 },
  { name: 'blocked storage for the caption style', tag: 'lede-media-player', mentions: [/storage/i], markup: PLAYER(), readable: 'Play video', setup: 'block-storage' },
];

/** Stories inside stories: the outer element must leave the inner one's story alone, and not hang. */
export const NESTED_ARTICLES = `<lede-article published-label="First published"><article lang="en"><h1>Outer story</h1>
  <p><time datetime="2026-11-24T07:45Z" data-lede-time="published">07:45</time></p>
  <lede-article><article lang="en"><h1>Inner story</h1><p><time datetime="2026-11-24T09:30Z" data-lede-time="published">09:30</time></p>
  <p>The inner story's text.</p></article></lede-article>
</article></lede-article>`;
