import { LitElement, html } from 'lit';
import { LocalizeController } from '../internal/localize.js';
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
 * one inside another element's open shadow root), and hides any link whose target is missing.
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
  static override properties = { label: {} };

  /** @internal */
  private readonly localize = new LocalizeController(this);

  /** Accessible name of the navigation landmark; defaults to the locale's "Accessibility links". */
  declare label?: string;

  /** @internal */
  private validation?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.handleClick);
    this.validation = this.validateWhenReady();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.handleClick);
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
    for (const link of this.samePageLinks()) {
      const id = fragmentId(link);
      const missing = id !== null && !findByIdAcrossShadowRoots(id);
      link.hidden = missing;
      if (missing) {
        warnOnce(
          TAG,
          `the link "${link.textContent?.trim()}" points to #${id}, but no element has id="${id}". ` +
            `The link is hidden; add id="${id}" to its target or remove the link.`,
        );
      }
    }
  }

  private async validateWhenReady(): Promise<void> {
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    // Let other elements render their shadow roots first: a target may live inside one.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (this.isConnected) this.checkTargets();
  }

  private samePageLinks(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(isSamePageLink);
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || !isSamePageLink(link)) return;
    const id = fragmentId(link);
    if (id === null) return;
    event.preventDefault();
    const target = findByIdAcrossShadowRoots(id);
    if (!target) {
      this.checkTargets(); // the target went away since the last check: hide the link and warn
      return;
    }
    moveFocusTo(target);
    if (location.hash !== link.hash) history.pushState(history.state, '', link.hash);
  };

  override render() {
    return html`<nav part="nav" dir=${this.localize.dir()} aria-label=${this.label ?? this.localize.term('skipLinksLabel')}>
      <slot></slot>
    </nav>`;
  }
}

function isSamePageLink(link: HTMLAnchorElement): boolean {
  return (
    link.hash.length > 1 &&
    link.origin === location.origin &&
    link.pathname === location.pathname &&
    link.search === location.search
  );
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
