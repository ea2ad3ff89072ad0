import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findByIdAcrossShadowRoots } from '../internal/find-by-id.js';
import { warnOnce } from '../internal/warn.js';
import { BASE_SIZE_PROPERTY, fontSizeFor, parseSize } from './text-size-css.js';

const TAG = 'lede-text-size';

/** What the controller needs from its host element. */
export interface TextSizePreferenceHost extends ReactiveControllerHost, HTMLElement {
  /** localStorage key; an empty string keeps the choice for the page's lifetime only. */
  storageKey: string;
  /** Id of the container to scale; the whole page when unset. */
  for?: string;
}

/** Sizes kept for the page's lifetime, by storage key: used when storage is blocked or keyless. */
const pageMemory = new Map<string, number>();
const connected = new Set<TextSizePreference>();

/**
 * The reader's text-size preference: reads and writes it in localStorage (falling back to memory
 * when storage throws), applies it to the page or one container, and keeps every switcher with the
 * same storage key in sync, in this tab (directly) and in other tabs (through `storage` events).
 */
export class TextSizePreference implements ReactiveController {
  constructor(
    private readonly host: TextSizePreferenceHost,
    /** Called when another switcher or another tab changed the size. */
    private readonly onOutsideChange: (size: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    window.addEventListener('storage', this.handleStorage);
  }

  hostDisconnected(): void {
    connected.delete(this);
    window.removeEventListener('storage', this.handleStorage);
  }

  /**
   * The remembered size in percent, or `undefined` when the reader has not chosen one. Storage is
   * the truth (another tab may have changed it); the page's memory stands in only when it throws.
   */
  read(): number | undefined {
    const key = this.host.storageKey;
    if (key) {
      try {
        return parseSize(localStorage.getItem(key));
      } catch (error) {
        this.warnStorageBlocked(error);
      }
    }
    return pageMemory.get(key);
  }

  /** Remembers the reader's choice and tells the other switchers that share the key. */
  remember(size: number): void {
    const key = this.host.storageKey;
    pageMemory.set(key, size);
    if (key) {
      try {
        localStorage.setItem(key, String(size));
      } catch (error) {
        this.warnStorageBlocked(error);
      }
    }
    for (const other of connected) {
      if (other !== this && other.host.storageKey === key) other.onOutsideChange(size);
    }
  }

  /**
   * Sets the target's font size; at 100% removes only a size that Lede itself wrote. A switcher
   * with `for` scales its container only: if the head script (which is for whole-page scaling)
   * scaled the root from the same key, that is taken back, so the container is not scaled twice.
   */
  apply(size: number): void {
    const root = this.host.ownerDocument.documentElement;
    const target = this.target();
    setSize(target, size);
    if (target !== root && writtenByLede(root) && !this.pageSwitcherShares()) {
      setSize(root, 100);
      warnOnce(
        TAG,
        `for="${this.host.for}" scales only that container, but the root was scaled too (by the head ` +
          `script, which is for whole-page scaling), so it is put back. Leave textSizeHeadScript() out of ` +
          `this page, or give this switcher its own storage-key.`,
      );
    }
  }

  /** Whether a whole-page switcher with the same key is on the page, so the root is scaled on purpose. */
  private pageSwitcherShares(): boolean {
    return [...connected].some(
      (other) => other !== this && !other.host.for && other.host.storageKey === this.host.storageKey,
    );
  }

  /** The element this switcher scales: its container, else its own document's root. */
  private target(): HTMLElement {
    const root = this.host.ownerDocument.documentElement;
    const id = this.host.for;
    if (!id) return root;
    const container = findByIdAcrossShadowRoots(id, this.host.ownerDocument);
    if (container) return container;
    warnOnce(
      TAG,
      `for="${id}" names no element, so the whole page is scaled instead. ` +
        `Add id="${id}" to the container or remove the for attribute.`,
    );
    return root;
  }

  private readonly handleStorage = (event: StorageEvent): void => {
    if (!this.host.storageKey || event.key !== this.host.storageKey) return;
    // Re-read storage rather than trust `event.newValue`: when two tabs choose at the same
    // moment, an event can arrive after a newer write, and the tabs would stay apart for good.
    this.onOutsideChange(this.read() ?? 100);
  };

  private warnStorageBlocked(error: unknown): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    warnOnce(
      TAG,
      `localStorage is not available (${reason}), so the chosen text size lasts only until the page ` +
        `is closed. Nothing to fix unless storage should work here.`,
      'localStorage blocked',
    );
  }
}

/** Whether the element's font size is one that Lede (or its head script) wrote. */
function writtenByLede(element: HTMLElement): boolean {
  return element.style.getPropertyValue('font-size').includes(BASE_SIZE_PROPERTY);
}

/** Scales `element` to `size` percent; at 100% removes only a size that Lede itself wrote. */
function setSize(element: HTMLElement, size: number): void {
  if (size === 100) {
    if (writtenByLede(element)) element.style.removeProperty('font-size');
  } else {
    element.style.setProperty('font-size', fontSizeFor(size));
  }
  if (!element.getAttribute('style')) element.removeAttribute('style');
}

/** Forgets the sizes kept in memory (for tests). */
export function resetPageMemory(): void {
  pageMemory.clear();
}
