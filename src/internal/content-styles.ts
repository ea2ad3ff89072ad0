import type { CSSResult } from 'lit';

const sheets = new WeakMap<CSSResult, CSSStyleSheet>();

/**
 * Story elements style the content the author wrote in their light DOM, which their own shadow
 * styles cannot reach below the first level. Each such element keeps those rules in one sheet,
 * inside `@layer lede` and behind `:where()`, so they weigh nothing against a site's own rules.
 * This adopts the sheet into the element's root (the document, or the shadow root it sits in),
 * once per root. Call it from `connectedCallback`, never on the server.
 */
export function adoptContentStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  let sheet = sheets.get(styles);
  if (!sheet) {
    sheet = styles.styleSheet ?? new CSSStyleSheet();
    if (!styles.styleSheet) sheet.replaceSync(styles.cssText);
    sheets.set(styles, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
