import { css } from 'lit';

/** The host only; the story's typography is in articleContentStyles. */
export const articleStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * Typography and layout for the story the author wrote (light DOM), adopted into the element's
 * root. Every rule is in `@layer lede` and behind `:where()`, so a site's own rules always win,
 * whatever their specificity. Sizes are in rem with unitless line heights, so `<lede-text-size>`
 * scales everything; only logical properties, so right-to-left needs nothing more.
 */
export const articleContentStyles = css`
  /* One order in every sheet, so an element nested in another wins whichever sheet came first. */
  @layer lede.article, lede.figure, lede.byline;
  @layer lede.article {
    :where(lede-article) {
      --_measure: var(--lede-article-measure, 40rem);
      --_text: var(--lede-article-text-color, light-dark(#1a1a1a, #ededed));
      --_muted: var(--lede-article-muted-color, light-dark(#4a4a4a, #c4c4c4));
      --_accent: var(--lede-article-accent-color, light-dark(#b00020, #ff8a80));
      --_rule: var(--lede-article-rule-color, light-dark(#d0d0d0, #4a4a4a));
      display: block;
      box-sizing: border-box;
      max-inline-size: var(--_measure);
      margin-inline: auto;
      color: var(--_text);
      font-family: var(--lede-article-font, system-ui, sans-serif);
      font-size: 1.125rem;
      line-height: 1.6;
      overflow-wrap: break-word;
    }
    :where(lede-article) :where(article, header, footer, section) {
      display: block;
    }
    :where(lede-article) :where(h1, h2, h3, h4) {
      font-family: var(--lede-article-heading-font, inherit);
      line-height: 1.2;
      overflow-wrap: anywhere;
      text-wrap: balance;
    }
    :where(lede-article) :where(h1) {
      margin-block: 0.5rem 1rem;
      font-size: 2rem;
    }
    :where(lede-article) :where(h2) {
      margin-block: 2rem 0.75rem;
      font-size: 1.5rem;
    }
    :where(lede-article) :where(h3) {
      margin-block: 1.5rem 0.5rem;
      font-size: 1.25rem;
    }
    @media (min-width: 48em) {
      :where(lede-article) :where(h1) {
        font-size: 2.625rem;
      }
    }
    :where(lede-article) :where(p, ul, ol, dl) {
      margin-block: 0 1.25rem;
    }
    :where(lede-article) :where(ul, ol) {
      padding-inline-start: 1.5rem;
    }
    :where(lede-article) :where(li + li) {
      margin-block-start: 0.5rem;
    }
    :where(lede-article) :where(a) {
      color: inherit;
      text-decoration-thickness: 0.08em;
      text-underline-offset: 0.15em;
    }
    :where(lede-article) :where(a:hover) {
      text-decoration-thickness: 0.16em;
    }
    :where(lede-article) :where(a:focus-visible) {
      outline: var(--lede-focus-width, 3px) solid var(--lede-focus-color, #0b0c0c);
      outline-offset: 2px;
      background: var(--lede-focus-halo, #ffdd00);
      color: #0b0c0c;
      text-decoration: none;
    }

    /* Header: labels, standfirst, times. */
    :where(lede-article) :where(header) {
      margin-block-end: 1.5rem;
    }
    :where(lede-article) :where([data-lede-labels]) {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block: 0 0.5rem;
      padding: 0;
      font-size: 0.875rem;
      line-height: 1.4;
      list-style: none;
    }
    :where(lede-article) :where([data-lede-label]) {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border: 1px solid currentColor;
      border-radius: 0.25rem;
      font-weight: 700;
    }
    :where(lede-article) :where([data-lede-label='breaking'], [data-lede-label='live']) {
      color: var(--_accent);
    }
    /* The marker is a border, not a background, so forced-colours mode keeps it. */
    :where(lede-article) :where([data-lede-label='breaking'], [data-lede-label='live'])::before {
      content: '';
      inline-size: 0;
      block-size: 0;
      border: 0.3em solid currentColor;
      border-radius: 50%;
    }
    /* A slow fade of a small dot: well under three changes a second, and still under reduced motion. */
    @media (prefers-reduced-motion: no-preference) {
      :where(lede-article) :where([data-lede-label='live'])::before {
        animation: lede-live-marker 2s ease-in-out infinite alternate;
      }
    }
    @keyframes lede-live-marker {
      from {
        opacity: 1;
      }
      to {
        opacity: 0.35;
      }
    }
    :where(lede-article) :where([data-lede-standfirst], header h1 + p) {
      font-size: 1.25rem;
      line-height: 1.5;
      font-weight: 600;
    }
    :where(lede-article) :where([data-lede-times]) {
      color: var(--_muted);
      font-size: 0.9375rem;
      line-height: 1.5;
    }
    :where(lede-article) :where([data-lede-generated='time-label']) {
      font-weight: 600;
      /* Isolated, so an English label in a Persian story cannot pull the date's digits into its
         own left-to-right run ("Published ۳ آذر" read as "۳ Published آذر"). */
      unicode-bidi: isolate;
    }

    /* Body: quotes, figures, embeds. */
    :where(lede-article) :where(blockquote) {
      margin-block: 1.5rem;
      margin-inline: 0;
      padding-inline-start: 1rem;
      border-inline-start: 0.25rem solid var(--_accent);
      font-size: 1.25rem;
      line-height: 1.45;
    }
    :where(lede-article) :where(blockquote p:last-child) {
      margin-block-end: 0;
    }
    :where(lede-article) :where(blockquote footer, figure:has(> blockquote) > figcaption) {
      margin-block-start: 0.5rem;
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    :where(lede-article) :where(figure) {
      margin-inline: 0;
    }
    :where(lede-article) :where(img, video, iframe, svg, canvas) {
      max-inline-size: 100%;
    }
    :where(lede-article) :where(img) {
      block-size: auto;
    }
    :where(lede-article) :where(hr) {
      border: 0;
      border-block-start: 1px solid var(--_rule);
      margin-block: 2rem;
    }

    /* Footer: author card, related links. */
    :where(lede-article) :where(article > footer, lede-article > footer) {
      margin-block-start: 2.5rem;
      padding-block-start: 1.5rem;
      border-block-start: 1px solid var(--_rule);
    }

    :where(lede-article) :where(script[data-lede-generated]) {
      display: none;
    }

    @media print {
      :where(lede-article) {
        max-inline-size: none;
        color: #000;
        font-size: 12pt;
      }
      :where(lede-article) :where(a[href^='http'])::after {
        content: ' (' attr(href) ')';
        font-size: 0.85em;
        overflow-wrap: anywhere;
      }
      :where(lede-article) :where(figure, blockquote, lede-byline, img) {
        break-inside: avoid;
      }
      :where(lede-article) :where(h1, h2, h3) {
        break-after: avoid;
      }
      :where(lede-article) :where([data-lede-label])::before {
        animation: none;
      }
    }
  }
`;
