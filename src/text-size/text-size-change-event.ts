/**
 * Fired by `<lede-text-size>` when the reader picks a size. Bubbles; does not cross shadow roots.
 */
export class LedeTextSizeChangeEvent extends Event {
  static readonly eventName = 'lede-text-size-change';

  constructor(
    /** The chosen size, in percent of the site's base size (100 = as designed). */
    readonly size: number,
    /** The size before the change, in percent. */
    readonly previousSize: number,
  ) {
    super(LedeTextSizeChangeEvent.eventName, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lede-text-size-change': LedeTextSizeChangeEvent;
  }
}
