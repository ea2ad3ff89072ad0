/**
 * Lede: registers every element. Import a single element's entry (`lede/skip-links.js`) to load
 * only what a page uses.
 */
export { LedeSkipLinks } from './skip-links/define.js';
export { LedeTextSize } from './text-size/define.js';
export { LedeArticle } from './article/define.js';
export { LedeFigure } from './figure/define.js';
export { LedeByline } from './byline/define.js';
export { LedeMediaPlayer } from './media-player/define.js';
export { LedeTextSizeChangeEvent, textSizeHeadScript } from './text-size/index.js';
export { registerTranslation } from './internal/localize.js';
export type { LedeTranslation } from './locales/en.js';
