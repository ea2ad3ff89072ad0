import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptContentStyles } from './content-styles.js';
import { warnOnce } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a story element enhances in its light DOM, and how it styles it. */
export interface LightDomOptions {
  /** Called (batched, once per microtask) whenever the content may need enhancing again. */
  enhance: () => void;
  /** Rules for the author's content, adopted into the host's root on connect (see adoptContentStyles). */
  styles: CSSResult;
  /** Attributes whose change asks for another pass. */
  attributes?: string[];
  /**
   * Whether an image inside loading or failing asks for another pass (default true). An element
   * that reads no image's state leaves it off, so a story of many pictures is not enhanced again
   * for each one.
   */
  imageEvents?: boolean;
}

const GENERATED = '[data-lede-generated]';

/** Whether `node` is a node Lede generated (or lies inside one). */
function isGenerated(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return !!element?.closest(GENERATED);
}

/**
 * Whether a change is the author's (or the page's): not only Lede's own generated nodes, added,
 * removed or rewritten, by this element or by another story element inside it.
 */
function isRealChange(record: MutationRecord): boolean {
  if (record.type === 'attributes') return true;
  if (isGenerated(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return !nodes.every((node) => node instanceof Element && node.matches(GENERATED));
}

/** How many enhancement passes each element has run: read by tests and the benchmark. */
export const enhancePasses = new Map<string, number>();

/**
 * The one place a story element meets the content the author wrote: on connect it adopts the
 * element's content stylesheet into its root, and it calls `enhance` when the host's light DOM may
 * need enhancing again: once connected, after any
 * change to its children, text or the listed attributes, and (unless `imageEvents` is false) when
 * an image inside it loads or fails (`load` and `error` do not bubble, so they are caught on the
 * way down). Changes that only add, remove or rewrite Lede's generated nodes (`data-lede-generated`)
 * are not the author's and ask for nothing. Calls are batched into one per microtask. The edits `enhance` itself makes are not observed (their records are
 * dropped as it returns), so an enhancement never asks for itself again; it must still be
 * idempotent, because another story element around or inside this one observes those edits.
 */
export class LightDomController implements ReactiveController {
  private observer?: MutationObserver;
  private pending = false;

  /** Asks for one more `enhance` call (batched with any already asked for), e.g. after a language change. */
  readonly requestEnhance = (): void => {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (!this.host.isConnected) return;
      enhancePasses.set(this.host.localName, (enhancePasses.get(this.host.localName) ?? 0) + 1);
      try {
        this.options.enhance();
      } catch (error) {
        // Whatever the content, the reader keeps the story: the author gets the error's words.
        warnOnce(this.host.localName, `could not enhance its content: ${String(error)}. Please report this with the markup.`);
      } finally {
        // What enhance() just wrote is Lede's own work, not the author's: no pass for it.
        this.observer?.takeRecords();
      }
    });
  };

  constructor(
    private readonly host: Host,
    private readonly options: LightDomOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    adoptContentStyles(this.host, this.options.styles);
    const attributeFilter = this.options.attributes ?? [];
    this.observer ??= new MutationObserver((records) => {
      if (records.some(isRealChange)) this.requestEnhance();
    });
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(attributeFilter.length ? { attributes: true, attributeFilter } : {}),
    });
    if (this.options.imageEvents !== false) {
      this.host.addEventListener('load', this.requestEnhance, true);
      this.host.addEventListener('error', this.requestEnhance, true);
    }
    this.requestEnhance();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.host.removeEventListener('load', this.requestEnhance, true);
    this.host.removeEventListener('error', this.requestEnhance, true);
  }
}
