const warned = new Set<string>();

/**
 * Prints one console warning per distinct problem, prefixed with the element's tag name so the
 * author knows where to look. Repeats of the same message are dropped for the page's lifetime.
 */
export function warnOnce(tagName: string, message: string): void {
  const text = `<${tagName}>: ${message}`;
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}

/** Forgets every warning already printed (for tests). */
export function resetWarnings(): void {
  warned.clear();
}
