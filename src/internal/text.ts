/** Text as a reader hears it: whitespace collapsed, ends trimmed. */
export function collapseWhitespace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Text reduced for comparison: lower case, letters and digits only (any script), single spaces. */
export function comparable(text: string | null | undefined): string {
  return collapseWhitespace((text ?? '').toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** The text of `element` without the parts Lede generated (visually hidden prefixes and the like). */
export function authoredText(element: Element, skip = '[data-lede-generated]'): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
      else if (child instanceof Element && !child.matches(skip)) walk(child);
    }
  };
  walk(element);
  return collapseWhitespace(text);
}
