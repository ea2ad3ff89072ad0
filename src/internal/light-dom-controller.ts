import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Calls `onChange` when the host's light DOM may need enhancing again: once connected, after any
 * change to its children, text or the listed attributes, and when an image inside it loads or
 * fails (`load` and `error` do not bubble, so they are caught on the way down). Calls are batched
 * into one per microtask. `onChange` must be idempotent: its own edits bring one more call, which
 * must change nothing.
 */
export class LightDomController implements ReactiveController {
  private observer?: MutationObserver;
  private pending = false;

  /** Asks for one more `onChange` call (batched with any already asked for), e.g. after a language change. */
  readonly requestEnhance = (): void => {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (this.host.isConnected) this.onChange();
    });
  };

  constructor(
    private readonly host: Host,
    private readonly onChange: () => void,
    private readonly attributeFilter: string[] = [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(this.requestEnhance);
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(this.attributeFilter.length ? { attributes: true, attributeFilter: this.attributeFilter } : {}),
    });
    this.host.addEventListener('load', this.requestEnhance, true);
    this.host.addEventListener('error', this.requestEnhance, true);
    this.requestEnhance();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.host.removeEventListener('load', this.requestEnhance, true);
    this.host.removeEventListener('error', this.requestEnhance, true);
  }
}
