import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController } from '../internal/localize.js';
import { renderRootInOwnDocument } from '../internal/per-document-styles.js';
import { findByIdAcrossShadowRoots } from '../internal/find-by-id.js';
import { tokens } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { skipLinksStyles } from './skip-links.styles.js';

const TAG = 'lede-skip-links';

/** Elements that take focus without a `tabindex`, so the skip link must not add one. */
const NATIVELY_FOCUSABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, [contenteditable]';

/**
 * A bar of "skip to" links, shown at the top of the viewport while one of them has focus.
 *
 * Author the links as plain same-page links in the light DOM, so they work without JavaScript.
 * The element wraps them in a navigation landmark, moves real focus to each link's target (even
 * one inside another element's open shadow root), and hides any link whose target is missing or
 * whose `href` names no target. With no usable link left there is no landmark at all.
 *
 * @summary Keyboard users' "accessibility links": skip to content, navigation, search.
 *
 * @slot - Same-page links, `<a href="#id">`, as direct children.
 *
 * @csspart nav - The navigation landmark that holds the links.
 *
 * @cssprop --lede-skip-links-background - Bar background (default: `--lede-surface-color`, white).
 * @cssprop --lede-skip-links-color - Link text colour (default: `--lede-text-color`, near black).
 * @cssprop --lede-skip-links-z-index - Stacking level of the bar (default: 10000000).
 * @cssprop --lede-focus-color - Focus outline colour of every Lede element (default: #0b0c0c).
 * @cssprop --lede-focus-halo - Background of a focused link (default: #ffdd00).
 */
export class LedeSkipLinks extends LitElement {
  static override styles = [tokens, skipLinksStyles];
  static override properties = { label: {}, usable: { state: true } };

  /** @internal */
  private readonly localize = new LocalizeController(this);

  /** Accessible name of the navigation landmark; defaults to the locale's "Accessibility links". */
  declare label?: string;

  /** @internal Whether any link is left to use; without one, there is no landmark to land on. */
  private usable = true;

  /** @internal */
  private validation?: Promise<void>;

  protected override createRenderRoot() {
    return renderRootInOwnDocument(this) ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.handleClick);
    this.validation = this.validateWhenReady();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.handleClick);
  }

  protected override firstUpdated(): void {
    this.updateUsable();
  }

  /** Resolves once every link's target has been checked (after the document has loaded). */
  get targetsChecked(): Promise<void> {
    return this.validation ?? Promise.resolve();
  }

  /**
   * Checks every same-page link again and hides those whose target does not exist. Call it after
   * adding or removing targets; it runs by itself once the document has loaded.
   */
  checkTargets(): void {
    const anchors = [...this.querySelectorAll<HTMLAnchorElement>('a')];
    if (!anchors.length) {
      warnOnce(
        TAG,
        `has no links, so it shows nothing and is no landmark. Put same-page links inside it, for ` +
          `example <a href="#main">Skip to main content</a>, or remove it.`,
      );
    }
    for (const link of anchors) {
      const problem = hrefProblem(link);
      if (problem) {
        link.hidden = true;
        warnOnce(
          TAG,
          `the link "${link.textContent?.trim()}" ${problem}. ` +
            `The link is hidden; point it at the id of what it skips to, for example href="#main".`,
        );
        continue;
      }
      if (!isSamePageLink(link)) continue;
      const id = fragmentId(link);
      const missing = id !== null && !findByIdAcrossShadowRoots(id, this.ownerDocument);
      link.hidden = missing;
      if (missing) {
        warnOnce(
          TAG,
          `the link "${link.textContent?.trim()}" points to #${id}, but no element has id="${id}". ` +
            `The link is hidden; add id="${id}" to its target or remove the link.`,
        );
      }
    }
    this.updateUsable();
  }

  /** Whether any link is left to use: one that is not hidden. */
  private updateUsable(): void {
    this.usable = [...this.querySelectorAll<HTMLAnchorElement>('a[href]')].some((link) => !link.hidden);
  }

  private async validateWhenReady(): Promise<void> {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    // Let other elements render their shadow roots first: a target may live inside one.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (this.isConnected) this.checkTargets();
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || !isSamePageLink(link)) return;
    const id = fragmentId(link);
    if (id === null) return;
    event.preventDefault();
    const target = findByIdAcrossShadowRoots(id, this.ownerDocument);
    if (!target) {
      this.checkTargets(); // the target went away since the last check: hide the link and warn
      return;
    }
    moveFocusTo(target);
    const { location, history } = this.ownerDocument.defaultView ?? window;
    if (location.hash !== link.hash) history.pushState(history.state, '', link.hash);
  };

  private readonly handleSlotChange = (): void => this.updateUsable();

  override render() {
    // The name is a hidden element rather than aria-label, so that a fallback English name can
    // carry lang="en" without claiming the author's links are English too.
    const lang = this.label === undefined ? this.localize.termLang('skipLinksLabel') : undefined;
    return html`<nav
      part="nav"
      role=${this.usable ? nothing : 'none'}
      dir=${this.localize.dir()}
      aria-labelledby=${this.usable ? 'name' : nothing}
    >
      <span id="name" hidden lang=${ifDefined(lang)}>${this.label ?? this.localize.term('skipLinksLabel')}</span>
      <slot @slotchange=${this.handleSlotChange}></slot>
    </nav>`;
  }
}

/**
 * What is wrong with a link's `href` when it cannot skip anywhere, or `undefined`: no `href` is
 * no link, an empty one only reloads the page, a bare `#` only jumps to the top, a scheme other
 * than http(s) (`javascript:`, `mailto:`) goes to no place on a page, and an id has no spaces.
 */
function hrefProblem(link: HTMLAnchorElement): string | undefined {
  const written = link.getAttribute('href');
  if (written === null) return 'has no href, so it is not a link and cannot take focus';
  const href = written.trim();
  const quoted = `has href="${written}"`;
  if (href === '') return `${quoted}, which only reloads the page`;
  if (href === '#') return `${quoted}, which names no target and only jumps to the top of the page`;
  if (!/^https?:$/.test(link.protocol)) return `${quoted}, which is not a place on a page`;
  if (isSamePageLink(link) && /\s/.test(fragmentId(link) ?? '')) return `${quoted}, but an id cannot contain spaces`;
  return undefined;
}

/**
 * Whether the link goes to a place in its own document: a bare `#fragment`, or a URL that differs
 * from the document's only in its fragment. A bare fragment counts even in a document whose URL
 * is `about:blank` (a Document Picture-in-Picture window, a script-made frame).
 */
function isSamePageLink(link: HTMLAnchorElement): boolean {
  if (link.hash.length <= 1) return false;
  if (link.getAttribute('href')?.trim().startsWith('#')) return true;
  const page = link.ownerDocument.location;
  return link.origin === page.origin && link.pathname === page.pathname && link.search === page.search;
}

function fragmentId(link: HTMLAnchorElement): string | null {
  try {
    return decodeURIComponent(link.hash.slice(1)) || null;
  } catch {
    return link.hash.slice(1) || null;
  }
}

/**
 * Moves real focus to `target` the GOV.UK way: a non-interactive target gets `tabindex="-1"` and
 * no outline only while it holds focus; both are undone on blur, so the page is left as authored.
 * The next Tab continues from inside the target.
 */
function moveFocusTo(target: HTMLElement): void {
  const needsTabindex = !target.hasAttribute('tabindex') && !target.matches(NATIVELY_FOCUSABLE);
  if (needsTabindex) {
    const authoredOutline = target.style.outline;
    target.setAttribute('tabindex', '-1');
    target.style.outline = 'none';
    target.addEventListener(
      'blur',
      () => {
        target.removeAttribute('tabindex');
        target.style.outline = authoredOutline;
        if (!target.getAttribute('style')) target.removeAttribute('style');
      },
      { once: true },
    );
  }
  target.focus({ preventScroll: true });
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduceMotion ? 'instant' : 'smooth', block: 'start' });
}
