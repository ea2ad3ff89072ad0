export {
  checkStoryMarkup,
  isPlaceholderAlt,
  VAGUE_LINK_TEXTS,
  type AuthoringCheck,
  type AuthoringCheckOptions,
  type AuthoringFinding,
} from './authoring-checks.js';
