import { type CSSResultOrNative, type LitElement, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * Constructed stylesheets belong to the document they were made in, and another document refuses
 * them ("Sharing constructed stylesheets in multiple documents is not allowed"). Lit makes each
 * element's sheets once, in the document its classes were defined in. An element moved into
 * another document (a same-origin iframe, a Document Picture-in-Picture window) would lose its
 * styles, or throw on its first connection there. These helpers make the same rules again in the
 * element's own document, once per document, and adopt those instead.
 */

/** Sheets made in documents other than the defining one, by document, then by the rules' text. */
const sheetsByDocument = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * The sheet for `style` that `doc` accepts: Lit's own sheet in the defining document, a copy made
 * in `doc` otherwise (cached per document). `undefined` when `doc` has no window to make one in.
 */
export function sheetInDocument(style: CSSResultOrNative, doc: Document): CSSStyleSheet | undefined {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
  if (doc === document) return own;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return undefined;
  let sheets = sheetsByDocument.get(doc);
  if (!sheets) sheetsByDocument.set(doc, (sheets = new Map()));
  const text = style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}

/** Gives `root` the element's styles as its own document accepts them, keeping sheets added later. */
function adoptInOwnDocument(host: ReactiveElement, root: ShadowRoot): void {
  const styles = (host.constructor as typeof ReactiveElement).elementStyles;
  const wanted = styles.map((style) => sheetInDocument(style, host.ownerDocument)).filter((sheet) => sheet !== undefined);
  const current = root.adoptedStyleSheets;
  if (wanted.every((sheet, index) => current[index] === sheet)) return;
  root.adoptedStyleSheets = [...wanted, ...current.filter((sheet) => !wanted.includes(sheet))];
}

/** Re-adopts the styles each time the host connects, in case it has moved to another document. */
class OwnDocumentStyles implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {}

  hostConnected(): void {
    const root = this.host.renderRoot;
    if (root instanceof ShadowRoot) adoptInOwnDocument(this.host, root);
  }
}

/**
 * For an element's `createRenderRoot()`:
 * `return renderRootInOwnDocument(this) ?? super.createRenderRoot();`
 * In the defining document (or with a server-rendered shadow root) it returns `undefined`, so Lit
 * creates the root as usual; elsewhere it creates it with sheets made in the element's document.
 * Either way the element re-adopts its styles whenever it connects in another document later.
 */
export function renderRootInOwnDocument(host: LitElement): ShadowRoot | undefined {
  host.addController(new OwnDocumentStyles(host));
  if (host.ownerDocument === document || host.shadowRoot) return undefined;
  const root = host.attachShadow((host.constructor as typeof LitElement).shadowRootOptions);
  adoptInOwnDocument(host, root);
  host.renderOptions.renderBefore ??= root.firstChild;
  return root;
}
