import { LedeSkipLinks } from './skip-links.js';

if (!customElements.get('lede-skip-links')) customElements.define('lede-skip-links', LedeSkipLinks);

declare global {
  interface HTMLElementTagNameMap {
    'lede-skip-links': LedeSkipLinks;
  }
}

export { LedeSkipLinks };
