const warned = new Set<string>();

/**
 * Prints one console warning per distinct problem, prefixed with the element's tag name so the
 * author knows where to look. Repeats are dropped for the page's lifetime. A problem is known by
 * its message, or by `problem` when the message carries details that vary (an error's text).
 * `subject`, when given, is logged after the message so devtools can reveal the offending node.
 */
export function warnOnce(tagName: string, message: string, problem: string = message, subject?: Element): void {
  const key = `<${tagName}>: ${problem}`;
  if (warned.has(key)) return;
  warned.add(key);
  if (subject) console.warn(`<${tagName}>: ${message}`, subject);
  else console.warn(`<${tagName}>: ${message}`);
}

/** Forgets every warning already printed (for tests). */
export function resetWarnings(): void {
  warned.clear();
}
