import { LedeTextSize } from './text-size.js';

if (!customElements.get('lede-text-size')) customElements.define('lede-text-size', LedeTextSize);

declare global {
  interface HTMLElementTagNameMap {
    'lede-text-size': LedeTextSize;
  }
}

export { LedeTextSize };
