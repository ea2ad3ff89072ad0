import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderRootInOwnDocument } from '../internal/per-document-styles.js';
import { LocalizeController } from '../internal/localize.js';
import { tokens } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { LedeTextSizeChangeEvent } from './text-size-change-event.js';
import { TextSizePreference } from './text-size-preference.js';
import { DEFAULT_STORAGE_KEY, MAX_SIZE, MIN_SIZE, isUsableSize } from './text-size-css.js';
import { textSizeStyles } from './text-size.styles.js';

const TAG = 'lede-text-size';

/** 100% to 200% in four steps, as WCAG technique G178 suggests. */
export const DEFAULT_STEPS: readonly number[] = [100, 125, 150, 200];
const DEFAULT_LABEL_KEYS = ['textSizeStep1', 'textSizeStep2', 'textSizeStep3', 'textSizeStep4'] as const;

/** Reads `steps="100 125 150 200"` (spaces or commas). */
const stepsConverter = {
  fromAttribute(value: string | null): number[] | undefined {
    if (!value?.trim()) return undefined;
    return value.split(/[\s,]+/).filter(Boolean).map(Number);
  },
  toAttribute(value: number[] | undefined): string | null {
    return value ? value.join(' ') : null;
  },
};

/** Reads `labels="Small, Medium, Large"` (comma separated). */
const labelsConverter = {
  fromAttribute(value: string | null): string[] | undefined {
    if (!value?.trim()) return undefined;
    return value.split(',').map((label) => label.trim());
  },
  toAttribute(value: string[] | undefined): string | null {
    return value ? value.join(', ') : null;
  },
};

/**
 * A text-size switcher: a named group of native radio buttons that scales the page (or one
 * container) and remembers the reader's choice.
 *
 * One Tab stop; arrow keys move between sizes; the browser announces name, role and state. The
 * choice is stored in localStorage and applied to the root element, so every `rem`-based size on
 * the page scales. Inline `textSizeHeadScript()` in `<head>` to apply it before first paint.
 *
 * @summary The reader's text size, from 100% to 200%, remembered across pages and tabs.
 *
 * @fires {LedeTextSizeChangeEvent} lede-text-size-change - The reader picked a size. `LedeTextSizeChangeEvent` with `size`
 *   and `previousSize` in percent. Bubbles, not composed.
 *
 * @csspart group - The `<fieldset>` around the options.
 * @csspart legend - The visible group name ("Text size").
 * @csspart options - The row of options.
 * @csspart option - One option: a `<label>` holding the radio button and its text.
 * @csspart option-checked - Added to the chosen option.
 * @csspart radio - The native radio button of an option.
 * @csspart label - The word label of an option ("Large").
 * @csspart percent - The percentage of an option ("125%").
 *
 * @cssprop --lede-text-size-accent - Colour of the radio buttons (default: `--lede-accent-color`).
 * @cssprop --lede-text-size-border-color - Border of each option (default: currentColor).
 * @cssprop --lede-text-size-gap - Space between options (default: `--lede-space-s`, 0.5rem).
 * @cssprop --lede-text-size-base - Set on the scaled element when the site's base size is not
 *   100% (for example 62.5%); Lede's sizes multiply it.
 */
export class LedeTextSize extends LitElement {
  static override styles = [tokens, textSizeStyles];
  static override properties = {
    for: {},
    storageKey: { attribute: 'storage-key' },
    steps: { converter: stepsConverter },
    labels: { converter: labelsConverter },
    label: {},
    value: { type: Number },
  };

  /** @internal */
  private readonly localize = new LocalizeController(this);
  /** @internal */
  private readonly preference = new TextSizePreference(this, (size) => {
    this.value = size;
  });

  /** Id of the container to scale (its `em`-based sizes scale); the whole page when unset. */
  declare for?: string;

  /** localStorage key for the reader's choice. An empty value keeps it for this page only. */
  storageKey = DEFAULT_STORAGE_KEY;

  /** The sizes offered, in percent, as a space-separated list. */
  declare steps?: number[];

  /** Visible labels of the sizes, comma separated, one per step; percentages alone when unset. */
  declare labels?: string[];

  /** Visible and accessible name of the group; defaults to the locale's "Text size". */
  declare label?: string;

  /** The current size in percent. Set it to choose a size without firing an event. */
  value = 100;

  /** @internal A server-rendered switcher, waiting to hydrate before it shows the remembered size. */
  private hydrating = false;

  protected override createRenderRoot() {
    return renderRootInOwnDocument(this) ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    // Hydration keeps the server's attributes (checked, part) and must see the server's values:
    // a server-rendered switcher shows the remembered size in the update after it hydrates.
    this.hydrating = !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
    if (this.hydrating) void this.updateComplete.then(() => this.restore());
    else this.restore();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The checked attribute renders on the server; once a reader has touched a radio only the
    // property counts, so set it here for changes that come from elsewhere (peers, other tabs).
    const checked = this.checkedSize;
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      radio.checked = radio.value === String(checked);
    }
    if (!this.hydrating && (changed.has('value') || changed.has('for'))) this.preference.apply(checked);
    if (changed.has('steps') || changed.has('labels')) this.checkAttributes();
  }

  private restore(): void {
    this.hydrating = false;
    const remembered = this.preference.read();
    if (remembered !== undefined) this.value = remembered;
  }

  /** The offered sizes, after rejecting unusable ones.
   * @internal
   */
  private get sizes(): readonly number[] {
    const steps = this.steps;
    if (!steps || !steps.length || !steps.every(isUsableSize)) return DEFAULT_STEPS;
    return [...new Set(steps)];
  }

  /**
   * The offered size nearest `value`: a size remembered from other steps shows and applies as
   * this one, so the page always matches the checked option.
   * @internal
   */
  private get checkedSize(): number {
    const value = this.value;
    return this.sizes.reduce((best, size) => (Math.abs(size - value) < Math.abs(best - value) ? size : best));
  }

  private checkAttributes(): void {
    // Quote what the author wrote, not what the converter made of it ("abc", not "NaN").
    const written = this.getAttribute('steps') ?? this.steps?.join(' ');
    if (this.steps && this.sizes === DEFAULT_STEPS) {
      warnOnce(
        TAG,
        `steps="${written}" is not a list of percentages between ${MIN_SIZE} and ${MAX_SIZE}; ` +
          `the default steps ${DEFAULT_STEPS.join(' ')} are used instead.`,
      );
    } else if (this.steps && this.sizes.length < this.steps.length) {
      warnOnce(
        TAG,
        `steps="${written}" offers the same size more than once; each is offered once ` +
          `(${this.sizes.join(' ')}). List each size once.`,
      );
    }
    if (this.labels && this.labels.length !== this.sizes.length) {
      warnOnce(
        TAG,
        `labels has ${this.labels.length} entries for ${this.sizes.length} steps, so percentages are shown ` +
          `instead. Give one comma-separated label per step.`,
      );
    }
  }

  private labelFor(index: number): string | undefined {
    const sizes = this.sizes;
    if (this.labels?.length === sizes.length) return this.labels[index];
    if (sizes === DEFAULT_STEPS) return this.localize.term(DEFAULT_LABEL_KEYS[index]!);
    return undefined;
  }

  /** `'en'` when the legend is Lede's English fallback in another language. */
  private get legendLang(): string | undefined {
    return this.label === undefined ? this.localize.termLang('textSizeLegend') : undefined;
  }

  /** `'en'` when the word shown for step `index` is Lede's English fallback in another language. */
  private labelLang(index: number): string | undefined {
    if (this.labels?.length === this.sizes.length || this.sizes !== DEFAULT_STEPS) return undefined;
    return this.localize.termLang(DEFAULT_LABEL_KEYS[index]!);
  }

  private handleChange(event: Event): void {
    const size = Number((event.target as HTMLInputElement).value);
    const previousSize = this.value;
    this.value = size;
    this.preference.remember(size);
    const change = new LedeTextSizeChangeEvent(size, previousSize);
    this.dispatchEvent(change);
  }

  override render() {
    const checkedSize = this.checkedSize;
    return html`<fieldset part="group" dir=${this.localize.dir()}>
      <legend part="legend" lang=${ifDefined(this.legendLang)}>${this.label ?? this.localize.term('textSizeLegend')}</legend>
      <div part="options" class="options">
        ${this.sizes.map((size, index) => {
          const checked = size === checkedSize;
          const word = this.labelFor(index);
          const percent = this.localize.number(size / 100, { style: 'percent' });
          return html`<label part=${checked ? 'option option-checked' : 'option'}>
            <input
              part="radio"
              type="radio"
              name="size"
              value=${size}
              ?checked=${checked}
              @change=${this.handleChange}
            />${word === undefined || word === percent ? nothing : html`<span part="label" lang=${ifDefined(this.labelLang(index))}>${word}</span> `}<span
              part="percent"
              class="percent"
              >${percent}</span
            >
          </label>`;
        })}
      </div>
    </fieldset>`;
  }
}
