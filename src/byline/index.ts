export { LedeByline, AUTHOR_NAME_SELECTOR } from './byline.js';
