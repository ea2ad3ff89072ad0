import { warnOnce } from '../internal/warn.js';
import { checkStoryMarkup, type AuthoringCheckOptions } from './authoring-checks.js';

/** A number for each story root, so a finding about the whole story is printed once per story. */
const roots = new WeakMap<Element, number>();
let counted = 0;

/**
 * Runs the authoring checks on an element's content and prints each finding once, under the
 * element's tag name, with the offending node after the message. A finding about the story as a
 * whole (no `<h1>`, no language) is printed once for each story that has it; every other finding
 * names its node in its words. Lede calls this only behind `DEV_MODE`, so production builds
 * carry none of it.
 */
export function reportFindings(tagName: string, root: Element, options: AuthoringCheckOptions = {}): void {
  for (const finding of checkStoryMarkup(root, options)) {
    let problem = finding.message;
    if (finding.element === root) {
      if (!roots.has(root)) roots.set(root, ++counted);
      problem = `${problem} (story ${roots.get(root)})`;
    }
    warnOnce(tagName, finding.message, problem, finding.element);
  }
}
