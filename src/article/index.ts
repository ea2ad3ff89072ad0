export { LedeArticle } from './article.js';
export { newsArticleData, type NewsArticleData } from './news-article-json-ld.js';
