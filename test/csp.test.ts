import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until as untilWithin, part } from './helpers/wait.js';
const until = (condition: () => boolean, what: string, timeout = 8000) => untilWithin(condition, what, timeout, 25);

/**
 * Every element on a page served with a strict Content Security Policy and Trusted Types (real
 * headers, from test/csp/csp-middleware.mjs). The page is separate from wtr's own, which needs
 * inline scripts; the test drives it in a frame: plays the video with captions and a larger
 * caption size, opens the enlarged picture, picks a text size, follows a skip link. Not one
 * `securitypolicyviolation` may fire, and nothing may throw.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type FrameWindow = Window & { __ready?: boolean; __violations: Violation[]; __errors: string[] };
type Player = HTMLElement & { ready: Promise<void>; updateComplete: Promise<unknown>; engine?: { paused: boolean; currentTime: number; pause(): void } };

const PAGE = '/test/csp/strict-page.html';


async function loadStrictPage(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1024px; block-size: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await until(() => win.__ready === true || win.__errors.length > 0, 'the elements to be defined');
  return { frame, win, doc: frame.contentDocument! };
}


const describeViolations = (list: Violation[]) =>
  list.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} ${v.sample ? `"${v.sample}"` : ''} at ${v.source}`).join('\n  ');

describe('strict Content Security Policy with Trusted Types', function () {
  this.timeout(40000);
  let frame: HTMLIFrameElement | undefined;

  afterEach(() => {
    frame?.remove();
    frame = undefined;
    localStorage.removeItem('lede-csp-text-size');
  });

  it('is served with the strict policy, and the policy is enforced there', async () => {
    const response = await fetch(PAGE);
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html lede-json-ld']) {
      expect(policy).to.contain(directive);
    }
    const loaded = await loadStrictPage();
    frame = loaded.frame;
    // A control: a violation on this page is seen, so zero below means zero.
    loaded.doc.body.setAttribute('style', 'color: red');
    await until(() => loaded.win.__violations.some((v) => v.directive === 'style-src-attr'), 'the control violation');
    expect(() => (loaded.win as unknown as { eval(code: string): unknown }).eval('1'), 'eval is refused').to.throw();
  });

  it('every element works, playing included, with zero violations', async () => {
    const { frame: loaded, win, doc } = await loadStrictPage();
    frame = loaded;
    expect(win.__errors, 'nothing thrown while loading').to.deep.equal([]);

    // The article wrote its times and its JSON-LD.
    const time = doc.querySelector('time[data-lede-time="published"]')!;
    expect(time.textContent).to.not.equal('24 November 2026, 07:45 GMT');
    // The JSON-LD is written after the story's first paint.
    await until(() => !!doc.querySelector('lede-article script[type="application/ld+json"]'), 'the JSON-LD to be written');
    const script = doc.querySelector('lede-article script[type="application/ld+json"]');
    expect(script, 'the JSON-LD is written').to.exist;
    expect((JSON.parse(script!.textContent ?? '{}') as { headline?: string }).headline).to.equal('Harbour town votes to keep its night ferry');

    // Text size: pick the largest.
    const switcher = doc.querySelector('lede-text-size')!;
    const radios = switcher.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    radios[radios.length - 1]!.click();
    await until(() => doc.documentElement.style.fontSize !== '', 'the page to scale');
    expect(win.getComputedStyle(doc.documentElement).fontSize).to.equal('32px');

    // Skip link: focus moves to the main content.
    doc.querySelector<HTMLAnchorElement>('lede-skip-links a')!.click();
    expect(doc.activeElement?.id).to.equal('main');

    // Figure: open the larger picture, see it load, close it with Escape.
    const figure = doc.querySelector('lede-figure')!;
    part(figure, 'enlarge')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = figure.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open, 'the dialog to open');
    const enlarged = figure.shadowRoot!.querySelector<HTMLImageElement>('dialog img')!;
    await until(() => enlarged.complete && enlarged.naturalWidth > 0, 'the larger picture');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');

    // Player: play, captions on at 200%, descriptions on.
    const player = doc.querySelector<Player>('lede-media-player')!;
    part(player, 'start')!.click();
    await player.ready;
    await until(() => !!player.engine && !player.engine.paused && player.engine.currentTime > 0.3, 'playback');
    await player.updateComplete;
    const captions = part(player, 'captions')!.querySelector('select')!;
    captions.value = '0';
    captions.dispatchEvent(new Event('change'));
    part(player, 'descriptions')?.click();
    await until(() => !!part(player, 'captions-display')?.textContent?.trim(), 'captions on screen');
    await player.updateComplete;
    const captionSize = () => parseFloat(win.getComputedStyle(part(player, 'captions-display')!).fontSize);
    const normal = captionSize();
    const size = part(player, 'caption-style')!.querySelector('select')!;
    size.value = '200';
    size.dispatchEvent(new Event('change'));
    await player.updateComplete;
    await until(() => !!part(player, 'captions-display'), 'captions on screen');
    expect(captionSize() / normal, 'the caption size setting applies (200%)').to.be.closeTo(2, 0.1);
    player.engine!.pause();

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__errors, 'nothing thrown').to.deep.equal([]);
    expect(win.__violations, `violations:\n  ${describeViolations(win.__violations)}`).to.deep.equal([]);
  });
});
