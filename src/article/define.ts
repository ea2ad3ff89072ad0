import { LedeArticle } from './article.js';

if (!customElements.get('lede-article')) customElements.define('lede-article', LedeArticle);

declare global {
  interface HTMLElementTagNameMap {
    'lede-article': LedeArticle;
  }
}

export { LedeArticle };
