/** One constructed sheet per document and text: a sheet can only be adopted in the document that made it. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * Adopts `cssText` into `root` as a constructed stylesheet made by the document the root is in
 * now (its window's `CSSStyleSheet`), so a player moved into an iframe or a Document
 * Picture-in-Picture window can still style what it adds. Constructed sheets need no
 * `'unsafe-inline'` under a strict `style-src`. Adopting the same text twice does nothing.
 */
export function adoptStyles(root: ShadowRoot, cssText: string): void {
  const document = root.ownerDocument;
  const view = document.defaultView;
  if (!view) return;
  let byText = sheets.get(document);
  if (!byText) sheets.set(document, (byText = new Map()));
  let sheet = byText.get(cssText);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssText);
    byText.set(cssText, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
