// The benchmark's story: about 5,000 words, N figures, P players, a byline, skip links and a
// text-size switcher, written four ways (see VARIANTS). Every variant carries the same words,
// the same images and the same site stylesheet; only Lede's markup, stylesheet and script differ.

export const VARIANTS = {
  A: { name: 'plain HTML, no JS', lede: false, css: false, js: false },
  B: { name: 'Lede + lede.css', lede: true, css: true, js: true },
  C: { name: 'Lede, no lede.css', lede: true, css: false, js: true },
  D: { name: 'Lede markup, JS off', lede: true, css: true, js: false },
};

const WORDS = (
  'the harbour committee voted on monday evening to keep the late crossing running through winter ' +
  'after shift workers students and nurses said the last boat is the only way home for many of them ' +
  'officers had proposed a saving from the reserves but councillors asked for options on a smaller ' +
  'vessel fuel costs timetable season tickets public meeting january island quay mainland hospital'
).split(' ');

/** Deterministic pseudo-random numbers, so every run and variant reads the same words. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraph(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** An SVG picture of our own making; `n` changes its colours so each figure is its own image. */
export function figureSvg(n) {
  const hue = (n * 47) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675">
<rect width="1200" height="675" fill="hsl(${hue} 45% 22%)"/>
<circle cx="${200 + ((n * 97) % 800)}" cy="160" r="70" fill="hsl(${(hue + 40) % 360} 80% 85%)"/>
<path d="M0 480 Q300 420 600 480 T1200 480 V675 H0Z" fill="hsl(${(hue + 180) % 360} 40% 35%)"/>
<rect x="380" y="360" width="440" height="90" rx="12" fill="hsl(${hue} 20% 90%)"/>
<text x="600" y="420" font-size="48" text-anchor="middle" font-family="sans-serif">Figure ${n}</text>
</svg>`;
}

const SITE_CSS = `body{margin:0;font-family:system-ui,sans-serif;line-height:1.5}
main{max-inline-size:44rem;margin-inline:auto;padding-inline:1rem}
img,video{max-inline-size:100%;block-size:auto}`;

/**
 * One page of the story.
 * @param {{ variant: keyof typeof VARIANTS, figures: number, players: number, words?: number }} options
 */
export function storyHtml({ variant, figures, players, words = 5000 }) {
  const v = VARIANTS[variant];
  const next = random(10);
  // Paragraphs of 50 words; figures and players spread evenly between them.
  const paragraphs = Math.ceil(words / 50);
  const body = [];
  const figureAt = new Map();
  for (let f = 1; f < figures; f++) figureAt.set(Math.floor((f * paragraphs) / figures), f);
  const playerAt = new Set();
  for (let p = 0; p < players; p++) playerAt.add(Math.floor(((p + 0.5) * paragraphs) / players));

  const figure = (n, lead) => {
    const img = `<img src="/img/${n}.svg" alt="Illustration ${n}: a ferry crossing at night." width="1200" height="675"${
      lead ? ' fetchpriority="high"' : ' loading="lazy"'
    } />`;
    const inner = `<figure>${img}<figcaption>Caption for figure ${n}, describing the scene. <span${
      v.lede ? ' data-lede-credit' : ''
    }>Illustration</span></figcaption></figure>`;
    return v.lede ? `<lede-figure${lead ? ' lead' : ''}>${inner}</lede-figure>` : inner;
  };
  const player = (n) => {
    const video = `<video controls preload="none" poster="/media/ferry-vote-poster.jpg" width="640" height="360">
<source src="/media/ferry-vote.webm" type="video/webm" />
<track kind="captions" src="/media/ferry-vote.en.vtt" srclang="en" label="English" />
<a href="/media/ferry-vote.webm">Download video ${n} (WebM)</a></video>`;
    return v.lede ? `<lede-media-player media-title="Video ${n}" duration="8">${video}</lede-media-player>` : video;
  };

  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 12 === 0) body.push(`<h2>${paragraph(next, 6).slice(0, -1)}</h2>`);
    body.push(`<p>${paragraph(next, 50)}</p>`);
    if (figureAt.has(i)) body.push(figure(figureAt.get(i) + 1, false));
    if (playerAt.has(i)) body.push(player(i));
  }

  const skip = `<a href="#main">Skip to main content</a> <a href="#site-nav">Skip to navigation</a>`;
  const byline = `<p>By <a href="#author" rel="author">Morwenna Tallis</a>, transport reporter</p>`;
  const times = `<p${v.lede ? ' data-lede-times' : ''}><time datetime="2026-11-24T07:45:00Z"${
    v.lede ? ' data-lede-time="published"' : ''
  }>24 November 2026, 07:45 GMT</time></p>`;
  const header = `<header>
<h1>Harbour town votes to keep its night ferry running through the winter</h1>
<p${v.lede ? ' data-lede-standfirst' : ''}>Councillors reversed a plan to suspend the late crossing.</p>
${times}
${v.lede ? `<lede-byline>${byline}</lede-byline>` : byline}
${v.lede ? '<lede-text-size></lede-text-size>' : ''}
${figure(1, true)}
</header>`;
  const article = `<article lang="en-GB">${header}\n${body.join('\n')}\n<footer id="author"><p>Morwenna Tallis covers transport.</p></footer></article>`;

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Benchmark story (${figures} figures, ${players} players)</title>
<link rel="icon" href="data:," />
${v.css ? '<link rel="stylesheet" href="/lede.css" />' : ''}
<style>${SITE_CSS}</style>
${v.js ? '<script type="module" src="/lede/index.js"></script>' : ''}
</head>
<body>
${v.lede ? `<lede-skip-links>${skip}</lede-skip-links>` : `<nav aria-label="Skip links">${skip}</nav>`}
<nav id="site-nav" aria-label="Sections"><a href="/">Home</a> <a href="/#local">Local</a></nav>
<main id="main">
${v.lede ? `<lede-article>${article}</lede-article>` : article}
</main>
</body>
</html>`;
}
