export { LedeTextSize, DEFAULT_STEPS } from './text-size.js';
export { LedeTextSizeChangeEvent } from './text-size-change-event.js';
export { TextSizePreference } from './text-size-preference.js';
export {
  textSizeHeadScript,
  fontSizeFor,
  DEFAULT_STORAGE_KEY,
  BASE_SIZE_PROPERTY,
} from './text-size-css.js';
