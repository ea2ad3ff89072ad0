export { LedeSkipLinks } from './skip-links.js';
