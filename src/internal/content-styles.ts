import type { CSSResult } from 'lit';
import { sheetInDocument } from './per-document-styles.js';

/**
 * Story elements style the content the author wrote in their light DOM, which their own shadow
 * styles cannot reach below the first level. Each such element keeps those rules in one sheet,
 * inside `@layer lede` and behind `:where()`, so they weigh nothing against a site's own rules.
 * This adopts the sheet (Lit builds it once per CSSResult) into the element's root — the document,
 * or the shadow root it sits in — once per root. Called on connect, never on the server.
 */
export function adoptContentStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.getRootNode() as Node & Partial<DocumentOrShadowRoot>;
  // A sheet made in the document of the root (an iframe's, a Picture-in-Picture window's), which
  // is the only document that accepts it; `instanceof` would miss another window's classes.
  const sheet = sheetInDocument(styles, host.ownerDocument);
  if (!sheet || !root.adoptedStyleSheets) return;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
