import { warnOnce } from '../internal/warn.js';
import { checkStoryMarkup, type AuthoringCheckOptions } from './authoring-checks.js';

/**
 * Runs the authoring checks on an element's content and prints each finding once, under the
 * element's tag name, with the offending node after the message. Lede calls this only behind
 * `DEV_MODE`, so production builds carry none of it.
 */
export function reportFindings(tagName: string, root: Element, options: AuthoringCheckOptions = {}): void {
  for (const finding of checkStoryMarkup(root, options)) {
    warnOnce(tagName, finding.message, finding.message, finding.element);
  }
}
