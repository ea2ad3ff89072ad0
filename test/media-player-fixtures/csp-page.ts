// The strict-CSP player page: a player built with DOM methods only (no HTML strings, which
// Trusted Types refuses), with captions, ready to be played by the test that framed it.
import './record-violations.js';
import '../../src/media-player/define.js';

const MEDIA = '/demo/media';
const element = (name: string, attributes: Record<string, string>, ...children: Node[]) => {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
};

document.body.append(
  element(
    'lede-media-player',
    { 'media-title': 'Ferry vote', duration: 'PT8S' },
    element(
      'video',
      { controls: '', preload: 'none', poster: `${MEDIA}/ferry-vote-poster.jpg` },
      element('source', { src: `${MEDIA}/ferry-vote.webm`, type: 'video/webm' }),
      element('track', { kind: 'captions', src: `${MEDIA}/ferry-vote.en.vtt`, srclang: 'en', label: 'English' }),
    ),
  ),
);
