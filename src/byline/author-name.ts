/** Where a byline marks the author's name: a `rel="author"` link, or any element with `data-lede-author`. */
export const AUTHOR_NAME_SELECTOR = '[rel~="author"], [data-lede-author]';
