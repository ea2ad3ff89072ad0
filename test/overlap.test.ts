// Nothing Lede draws may cover the story. With nothing focused, every box Lede generates (the
// skip-links bar, "Skip past the video", the poster's button and clock, caption text, labels and
// badges, failure boxes, the enlarge buttons) is hit-tested over a grid of points with
// elementsFromPoint, on a realistic page, at 320 px and 1280 px, 100 % and 200 % text, left to
// right and right to left. A point where a Lede box is on top of unrelated content fails, naming both.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { recordWarnings } from './helpers/console.js';
import { nextFrames } from './helpers/layout.js';
import {
  allElementsDeep,
  composedContains,
  describeElement,
  mountPage,
  resetPageContext,
  type PageContext,
} from './helpers/page-context.js';
import { until as untilWithin, part } from './helpers/wait.js';
const until = (condition: () => boolean, what: string, timeout = 8000) => untilWithin(condition, what, timeout, 25);

const LEDE_HOST = /^lede-/;

/** The elements at a point, top first, looking into open shadow roots (hosts follow their shadow content). */
function deepElementsFromPoint(x: number, y: number, root: Document | ShadowRoot = document): Element[] {
  const stack: Element[] = [];
  for (const element of root.elementsFromPoint(x, y)) {
    if (root instanceof ShadowRoot && element.getRootNode() !== root) continue;
    if (element.shadowRoot) stack.push(...deepElementsFromPoint(x, y, element.shadowRoot));
    stack.push(element);
  }
  return stack;
}

/** The Lede element whose shadow root holds `element`, if any. */
function ledeHostOf(element: Element): Element | undefined {
  const root = element.getRootNode();
  return root instanceof ShadowRoot && LEDE_HOST.test(root.host.localName) ? root.host : undefined;
}

/** Boxes Lede draws: named ones, and anything in a Lede shadow root that is taken out of flow or spills out of its host. */
function ledeGeneratedBoxes(page: PageContext): Element[] {
  const named = [
    '[part~="nav"]',
    '[part~="skip"]',
    '[part~="start"]',
    '.duration',
    '[part~="captions-display"]',
    '[part~="error"]',
    '[part~="enlarge"]',
  ];
  const boxes = new Set<Element>();
  for (const element of allElementsDeep(page.root)) {
    const host = ledeHostOf(element);
    if (!host) {
      if (element.matches('[data-lede-generated], [data-lede-label]')) boxes.add(element);
      continue;
    }
    if (element.matches(named.join(','))) {
      boxes.add(element);
      continue;
    }
    const style = getComputedStyle(element);
    if (['absolute', 'fixed', 'sticky'].includes(style.position) || style.transform !== 'none') {
      boxes.add(element);
      continue;
    }
    const box = element.getBoundingClientRect();
    const hostBox = host.getBoundingClientRect();
    const spills = box.top < hostBox.top - 1 || box.bottom > hostBox.bottom + 1 || box.left < hostBox.left - 1 || box.right > hostBox.right + 1;
    if (box.width && box.height && spills) boxes.add(element);
  }
  return [...boxes];
}

/**
 * What a Lede box may lie on: the picture it belongs to. Inside the same element, the poster, the
 * stage where the video plays (with whatever the engine puts there) and the player's background;
 * in the element's own light DOM, the figure and its image or media. Text, controls and badges
 * are never backdrop, even in the same element: a clock over the Play button's label is a defect.
 */
const SHADOW_BACKDROP = '.player, .poster, .poster-image, .screen, .stage, .stage *, .native, slot';
const LIGHT_BACKDROP = 'figure, img, picture, video, audio';

/** Whether `box` may lie on `other`: its own ancestors or content, or the picture it belongs to. */
function related(box: Element, other: Element): boolean {
  if (composedContains(other, box) || composedContains(box, other)) return true;
  const host = ledeHostOf(box);
  if (!host) return false;
  if (other.getRootNode() === box.getRootNode()) return other.matches(SHADOW_BACKDROP);
  return host.contains(other) && other.matches(LIGHT_BACKDROP);
}

/** Points where `box` is drawn on top of unrelated content, each as "box covers other". */
function coveredContent(box: Element, grid = 7): string[] {
  let rect = box.getBoundingClientRect();
  if (!rect.width || !rect.height) return [];
  // Bring the box into the viewport (a fixed box stays where it is).
  if (rect.bottom <= 0 || rect.top >= innerHeight) {
    window.scrollBy(0, rect.top - innerHeight / 3);
    rect = box.getBoundingClientRect();
  }
  const left = Math.max(rect.left, 0);
  const right = Math.min(rect.right, innerWidth);
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, innerHeight);
  if (right - left < 1 || bottom - top < 1) return [];
  const found = new Map<Element, { points: number; at: string }>();
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const x = left + ((i + 0.5) / grid) * (right - left);
      const y = top + ((j + 0.5) / grid) * (bottom - top);
      const stack = deepElementsFromPoint(x, y);
      const onTop = stack[0];
      if (!onTop || !(onTop === box || composedContains(box, onTop))) continue;
      const under = stack.slice(1).find((other) => !related(box, other));
      if (!under) continue;
      const seen = found.get(under) ?? { points: 0, at: `${Math.round(x)}, ${Math.round(y + scrollY)} px` };
      found.set(under, { ...seen, points: seen.points + 1 });
    }
  }
  return [...found].map(
    ([under, { points, at }]) =>
      `${describeElement(box)} covers ${describeElement(under)} (${points} of ${grid * grid} points, first at ${at}; ${innerWidth} px wide, ${getComputedStyle(document.documentElement).fontSize} text, ${document.documentElement.dir})`,
  );
}

function overlapsOnPage(page: PageContext): string[] {
  (document.activeElement as HTMLElement | null)?.blur?.();
  const problems: string[] = [];
  for (const box of ledeGeneratedBoxes(page)) problems.push(...coveredContent(box));
  window.scrollTo(0, 0);
  return problems;
}



/** Plays the first player, turns captions on, pauses on a cue, and lets the second one fail. */
async function captionsAndFailure(page: PageContext): Promise<void> {
  const [first, second] = page.players;
  part(first, 'start')!.click();
  await first.ready;
  await until(() => !!first.engine && !first.engine.paused, 'playback');
  first.engine!.pause();
  part(first, 'play-pause')!.focus();
  await sendKeys({ press: 'c' });
  first.engine!.currentTime = 1; // the longest line
  await until(() => !!part(first, 'captions-display'), 'caption text on the video');
  part(second, 'start')!.click();
  await second.ready;
  await until(() => !!part(second, 'error'), 'the failure message');
  await nextFrames();
}

const WIDTHS = [320, 1280];
/** Caption text is also checked at 412 px, a common phone width where it was measured to spill. */
const CAPTION_WIDTHS = [320, 412, 1280];
const TEXT_SIZES = [100, 200];
const DIRECTIONS = ['ltr', 'rtl'] as const;
const STATES = ['before anything plays', 'captions showing, and a failed player'] as const;

describe('nothing Lede generates covers content', () => {
  recordWarnings();
  afterEach(async () => {
    for (const player of document.querySelectorAll('lede-media-player')) player.remove();
    await resetPageContext();
  });

  for (const state of STATES) {
    for (const width of state === STATES[1] ? CAPTION_WIDTHS : WIDTHS) {
      for (const textSize of TEXT_SIZES) {
        for (const dir of DIRECTIONS) {
          it(`${state}, at ${width} px, ${textSize}% text, ${dir}`, async function () {
            this.timeout(20000);
            const page = await mountPage({
              width,
              textSize,
              dir,
              options: state === STATES[1] ? { secondVideo: 'no-such-file.webm' } : {},
            });
            if (state === STATES[1]) await captionsAndFailure(page);
            const problems = overlapsOnPage(page);
            expect(problems, `Lede boxes on top of other content:\n${problems.join('\n')}\n`).to.deep.equal([]);
            // Content pushed past the edge is covered by nothing but still out of reach (WCAG 1.4.10).
            const wide = document.documentElement.scrollWidth;
            expect(wide, `the page is ${wide} px wide in a ${innerWidth} px viewport`).to.be.at.most(innerWidth);
          });
        }
      }
    }
  }

  for (const [width, textSize] of [
    [320, 200],
    [1280, 100],
  ] as const) {
    it(`shows "Skip past the video" on focus without covering what it skips or what is around it, at ${width} px, ${textSize}% text`, async () => {
      const page = await mountPage({ width, textSize });
      for (const player of page.players) {
        const skip = part(player, 'skip')!;
        skip.focus();
        await nextFrames();
        const box = skip.getBoundingClientRect();
        expect(box.width > 1 && box.height > 1, `${describeElement(skip)} shows when focused`).to.be.true;
        const problems = coveredContent(skip);
        expect(problems, `"Skip past the video" on top of other content:\n${problems.join('\n')}\n`).to.deep.equal([]);
        skip.blur();
      }
    });
  }

  it('finds a box that covers content (the check itself can fail)', async () => {
    const page = await mountPage();
    const badge = page.get('[data-lede-label="breaking"]');
    badge.style.position = 'relative';
    badge.style.insetBlockStart = '3em';
    const problems = overlapsOnPage(page);
    expect(problems.join('\n')).to.contain('strong');
    badge.removeAttribute('style');
  });
});
