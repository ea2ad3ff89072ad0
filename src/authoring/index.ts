export { isPlaceholderAlt } from '../internal/alt-text.js';
export {
  checkStoryMarkup,
  VAGUE_LINK_TEXTS,
  type AuthoringCheck,
  type AuthoringCheckOptions,
  type AuthoringFinding,
} from './authoring-checks.js';
