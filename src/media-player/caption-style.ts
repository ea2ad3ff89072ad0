import { unsafeCSS, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { warnOnce } from '../internal/warn.js';

/** How captions look: text size in percent, text colour and background. */
export interface CaptionStyle {
  size: number;
  colour: 'white' | 'yellow';
  background: 'black' | 'none';
}

export const DEFAULT_CAPTION_STYLE: CaptionStyle = { size: 100, colour: 'white', background: 'black' };
export const CAPTION_SIZES: readonly number[] = [75, 100, 150, 200];
const STORAGE_KEY = 'lede-caption-style';

/** The class that gives captions a size: a class, not a `style` attribute, which a strict CSP (`style-src-attr`) blocks. */
export function captionSizeClass(size: number): string {
  return `size-${CAPTION_SIZES.includes(size) ? size : DEFAULT_CAPTION_STYLE.size}`;
}

/** One rule per caption size, in the element's own (constructed) stylesheet. */
export const captionSizeStyles: CSSResult = unsafeCSS(
  CAPTION_SIZES.map((size) => `.captions-display.${captionSizeClass(size)} { font-size: ${size}%; }`).join('\n'),
);

function isCaptionStyle(value: unknown): value is CaptionStyle {
  const style = value as CaptionStyle;
  return (
    !!style &&
    CAPTION_SIZES.includes(style.size) &&
    (style.colour === 'white' || style.colour === 'yellow') &&
    (style.background === 'black' || style.background === 'none')
  );
}

/**
 * The reader's caption style, remembered in localStorage for every player on the site. When
 * storage is blocked it lasts for the page, with one warning.
 */
export class CaptionStyleController implements ReactiveController {
  style: CaptionStyle = DEFAULT_CAPTION_STYLE;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly tagName: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
      if (isCaptionStyle(stored)) this.style = stored;
    } catch (error) {
      this.warnBlocked(error);
    }
  }

  set(change: Partial<CaptionStyle>): void {
    this.style = { ...this.style, ...change };
    this.host.requestUpdate();
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(this.style));
    } catch (error) {
      this.warnBlocked(error);
    }
  }

  private warnBlocked(error: unknown): void {
    warnOnce(
      this.tagName,
      `cannot use localStorage (${String(error)}), so the caption style lasts only for this page.`,
      'caption storage blocked',
    );
  }
}
