export { LedeFigure } from './figure.js';
