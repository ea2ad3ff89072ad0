import { LedeByline } from './byline.js';

if (!customElements.get('lede-byline')) customElements.define('lede-byline', LedeByline);

declare global {
  interface HTMLElementTagNameMap {
    'lede-byline': LedeByline;
  }
}

export { LedeByline };
