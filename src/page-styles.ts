import { css } from 'lit';
import { articleContentStyles } from './article/article.styles.js';
import { bylinePageStyles } from './byline/byline.styles.js';
import { figurePageStyles } from './figure/figure.styles.js';
import { tokenDeclarations } from './internal/styles.js';
import {
  skipLinksBar,
  skipLinksFocus,
  skipLinksForcedBar,
  skipLinksForcedFocus,
  skipLinksForcedLink,
  skipLinksHidden,
  skipLinksLink,
  skipLinksPlacement,
  skipLinksProperties,
} from './skip-links/skip-links.styles.js';

/**
 * The page stylesheet, built to `dist/lede.css` and exported as `lede/lede.css`. Link it in
 * `<head>`. It styles Lede's elements in the page itself, before their script defines them or
 * with JavaScript off, from the same rules the elements use once defined, so nothing moves when
 * they upgrade. Everything sits in `@layer lede`, so a site's own rules win.
 *
 * Today it holds the skip links: out of sight and taking no room until one of them has focus,
 * then a bar across the top of the viewport, as the defined element shows them. And the story
 * elements' typography and layout (article, figure, byline), so a story does not move when they
 * upgrade, and a picture that failed before then already keeps its reserved box.
 */
export const pageStyles = css`
  @layer lede {
    lede-skip-links:not(:defined) {
      ${tokenDeclarations}
      ${skipLinksProperties}
      ${skipLinksPlacement}
      ${skipLinksBar}
    }

    lede-skip-links:not(:defined):not(:focus-within) {
      ${skipLinksHidden}
      padding: 0;
      border: 0;
    }

    lede-skip-links:not(:defined) a {
      ${skipLinksLink}
    }

    lede-skip-links:not(:defined) a:focus {
      ${skipLinksFocus}
    }

    @media (forced-colors: active) {
      lede-skip-links:not(:defined) {
        ${skipLinksForcedBar}
      }
      lede-skip-links:not(:defined) a {
        ${skipLinksForcedLink}
      }
      lede-skip-links:not(:defined) a:focus {
        ${skipLinksForcedFocus}
      }
    }

    @media print {
      lede-skip-links {
        display: none;
      }
    }
  }

  ${articleContentStyles}
  ${figurePageStyles}
  ${bylinePageStyles}
`;
