import { LedeFigure } from './figure.js';

if (!customElements.get('lede-figure')) customElements.define('lede-figure', LedeFigure);

declare global {
  interface HTMLElementTagNameMap {
    'lede-figure': LedeFigure;
  }
}

export { LedeFigure };
