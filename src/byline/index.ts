export { LedeByline } from './byline.js';
export { AUTHOR_NAME_SELECTOR } from './author-name.js';
