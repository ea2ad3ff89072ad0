/**
 * Nodes Lede adds inside an author's content carry `data-lede-generated="<kind>"`, so the author's
 * own text can be told apart (see `authoredText`) and each enhancement pass finds what the last one
 * made instead of adding another.
 */
const ATTRIBUTE = 'data-lede-generated';

/** `candidate` if it is Lede's generated node of `kind`, else null. */
export function generatedOfKind(candidate: Node | null | undefined, kind: string): HTMLElement | null {
  return candidate instanceof HTMLElement && candidate.getAttribute(ATTRIBUTE) === kind ? candidate : null;
}

/**
 * Makes sure a generated `<span>` of `kind` with `text` exists: reuses `existing`, or creates one
 * (with `attributes`) and puts it in with `place`. Text and nodes change only when they differ,
 * so a pass that changes nothing causes no mutations, and no further pass.
 */
export function ensureGenerated(
  existing: HTMLElement | null,
  kind: string,
  text: string,
  place: (node: HTMLElement) => void,
  attributes: Record<string, string> = {},
): HTMLElement {
  let node = existing;
  if (!node) {
    node = document.createElement('span');
    node.setAttribute(ATTRIBUTE, kind);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    place(node);
  }
  if (node.textContent !== text) node.textContent = text;
  return node;
}

/** Sets `name` to `value` (or removes it for `undefined`) only when that changes something. */
export function setAttributeIfChanged(node: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) {
    node.setAttribute(name, value);
  }
}
