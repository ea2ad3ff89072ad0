/**
 * Finds the element with `id`, first in the document, then inside every open shadow root, depth
 * first. A URL fragment cannot reach into a shadow root, so skip links need this lookup.
 */
export function findByIdAcrossShadowRoots(id: string, root: Document | ShadowRoot = document): HTMLElement | null {
  const direct = root.getElementById(id);
  // Not `instanceof HTMLElement`: an element of another document (an iframe) has that window's class.
  if (direct && 'focus' in direct) return direct as HTMLElement;
  for (const element of root.querySelectorAll('*')) {
    const shadow = element.shadowRoot;
    if (!shadow) continue;
    const found = findByIdAcrossShadowRoots(id, shadow);
    if (found) return found;
  }
  return null;
}

/** The element that really holds focus, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot ? (deepActiveElement(active.shadowRoot) ?? active) : active;
}
