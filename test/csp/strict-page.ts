// The strict-CSP page's only module: every Lede element, loaded the way a site loads them.
import '../../src/index.js';

declare global {
  interface Window {
    __ready?: boolean;
  }
}

await Promise.all(
  ['lede-skip-links', 'lede-text-size', 'lede-article', 'lede-figure', 'lede-byline', 'lede-media-player'].map((name) =>
    customElements.whenDefined(name),
  ),
);
for (const element of document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
  if (element.localName.startsWith('lede-')) await element.updateComplete;
}
window.__ready = true;
