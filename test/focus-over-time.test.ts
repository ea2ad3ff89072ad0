// Where focus is over time, after every action a reader takes, in the middle of a realistic page.
// Each test samples the deep active element on every animation frame from the action until the
// page is idle: focus must never rest on <body>, and must end where the README says.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import type { MediaEngineLoader } from '../src/media-player/engine/media-engine.js';
import { recordWarnings } from './helpers/console.js';
import { assertEndsOn, assertNeverOnBody, sampleFocusUntilIdle } from './helpers/focus.js';
import { mountPage, resetPageContext } from './helpers/page-context.js';
import { ScriptedEngine } from './helpers/scripted-engine.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const part = <T extends HTMLElement = HTMLElement>(host: Element, name: string) =>
  host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** An engine that, like a slow network, takes a while to load and a while longer to start playing. */
class SlowStartEngine extends ScriptedEngine {
  static startDelay = 600;
  override async play(): Promise<void> {
    await wait(SlowStartEngine.startDelay);
    this.paused = false;
    this.emit('play');
    this.emit('playing');
  }
}

/** An engine whose media fails once the reader asks it to play. */
class FailingEngine extends ScriptedEngine {
  override async play(): Promise<void> {
    await wait(300);
    this.emit('error');
    throw new Error('the media failed');
  }
}

const loaderFor =
  (Engine: typeof ScriptedEngine, loadDelay = 200): MediaEngineLoader =>
  async () => {
    await wait(loadDelay);
    return async ({ media }) => new Engine(media);
  };

const playing = (player: LedeMediaPlayer) => () => !!player.engine && !player.engine.paused && !!part(player, 'play-pause');
const failed = (player: LedeMediaPlayer) => () => !!part(player, 'error');

/** Focuses `element` the way a reader arrives at it, and presses `key`, as the action to sample. */
const press = (element: HTMLElement, key = 'Enter') => {
  element.focus();
  return () => sendKeys({ press: key });
};

describe('focus over time, in page context', () => {
  recordWarnings();
  afterEach(async () => {
    for (const player of document.querySelectorAll('lede-media-player')) player.remove();
    await resetPageContext();
  });

  describe('the media player', () => {
    it('keeps focus off <body> from "Play video" until play/pause has it, when playback starts late', async () => {
      const page = await mountPage();
      const [player] = page.players;
      player.engineLoader = loaderFor(SlowStartEngine);
      const timeline = await sampleFocusUntilIdle(press(part(player, 'start')!), { settled: playing(player) });
      assertNeverOnBody(timeline, 'pressing Play (engine starts after 600 ms)');
      assertEndsOn(timeline, part(player, 'play-pause'), 'pressing Play');
    });

    it('keeps focus off <body> from "Play video" until play/pause has it, with video.js and real media', async () => {
      const page = await mountPage();
      const [player] = page.players;
      const timeline = await sampleFocusUntilIdle(press(part(player, 'start')!), { settled: playing(player), timeoutMs: 8000 });
      assertNeverOnBody(timeline, 'pressing Play (video.js)');
      assertEndsOn(timeline, part(player, 'play-pause'), 'pressing Play (video.js)');
    });

    it('moves focus to the failure message and its alternatives when the media fails (scripted engine)', async () => {
      const page = await mountPage();
      const [player] = page.players;
      player.engineLoader = loaderFor(FailingEngine);
      const timeline = await sampleFocusUntilIdle(press(part(player, 'start')!), { settled: failed(player) });
      assertNeverOnBody(timeline, 'a media failure after Play');
      assertEndsOn(timeline, part(player, 'error'), 'a media failure after Play', { inside: true });
    });

    it('moves focus to the failure message and its alternatives when the file is missing (video.js)', async () => {
      const page = await mountPage({ options: { secondVideo: 'no-such-file.webm' } });
      const [, player] = page.players;
      const timeline = await sampleFocusUntilIdle(press(part(player, 'start')!), { settled: failed(player), timeoutMs: 8000 });
      assertNeverOnBody(timeline, 'a missing file after Play (video.js)');
      assertEndsOn(timeline, part(player, 'error'), 'a missing file after Play (video.js)', { inside: true });
    });

    it('keeps focus on the Transcript button when it opens the transcript', async () => {
      const page = await mountPage();
      const [player] = page.players;
      const toggle = part(player, 'transcript-toggle')!;
      const timeline = await sampleFocusUntilIdle(press(toggle));
      assertNeverOnBody(timeline, 'opening the transcript');
      assertEndsOn(timeline, toggle, 'opening the transcript');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    it('moves focus into the transcript when "Read the transcript" is chosen after a failure', async () => {
      const page = await mountPage();
      const [, player] = page.players;
      player.engineLoader = loaderFor(FailingEngine, 0);
      part(player, 'start')!.click();
      await player.ready;
      const until = performance.now() + 3000;
      while (!part(player, 'error') && performance.now() < until) await wait(20);
      const read = [...part(player, 'error')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Read the transcript')!;
      const timeline = await sampleFocusUntilIdle(press(read), {
        settled: () => player.shadowRoot!.querySelectorAll('[part~="cue"]').length > 0,
      });
      assertNeverOnBody(timeline, '"Read the transcript" after a failure');
      assertEndsOn(timeline, player.shadowRoot!.querySelector('#transcript'), '"Read the transcript" after a failure', { inside: true });
    });

    it('lands on what follows the player with "Skip past the video", also between two players', async () => {
      const page = await mountPage();
      const [first, second] = page.players;
      let timeline = await sampleFocusUntilIdle(press(part(first, 'skip')!));
      assertNeverOnBody(timeline, 'skipping past the first video');
      assertEndsOn(timeline, second, 'skipping past the first video', { inside: true });
      timeline = await sampleFocusUntilIdle(press(part(second, 'skip')!));
      assertNeverOnBody(timeline, 'skipping past the second video');
      assertEndsOn(timeline, page.get('#figure-after-player'), 'skipping past the second video', { inside: true });
    });
  });

  describe('the figure\'s enlarge dialog', () => {
    for (const [how, close] of [
      ['Escape', async () => sendKeys({ press: 'Escape' })],
      ['the Close button', async () => sendKeys({ press: 'Enter' })],
    ] as const) {
      it(`moves focus in on open, and back to the enlarge button on ${how}`, async () => {
        const page = await mountPage();
        const figure = page.get('#figure-after-player');
        const enlarge = part<HTMLButtonElement>(figure, 'enlarge')!;
        const opening = await sampleFocusUntilIdle(press(enlarge));
        assertNeverOnBody(opening, 'opening the enlarge dialog');
        assertEndsOn(opening, part(figure, 'dialog'), 'opening the enlarge dialog', { inside: true });
        if (how === 'the Close button') part(figure, 'close')!.focus();
        const closing = await sampleFocusUntilIdle(close);
        assertNeverOnBody(closing, `closing the dialog with ${how}`);
        assertEndsOn(closing, enlarge, `closing the dialog with ${how}`);
        expect(part<HTMLDialogElement>(figure, 'dialog')!.open).to.be.false;
      });
    }
  });

  describe('the text-size switcher', () => {
    it('keeps focus on the size the reader picks, with arrows and with Space', async () => {
      const page = await mountPage();
      const switcher = page.get('lede-text-size');
      const radio = (value: number) => switcher.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
      let timeline = await sampleFocusUntilIdle(press(radio(100), 'ArrowRight'));
      assertNeverOnBody(timeline, 'picking a size with an arrow key');
      assertEndsOn(timeline, radio(125), 'picking a size with an arrow key');
      expect(radio(125).checked).to.be.true;
      radio(200).focus();
      timeline = await sampleFocusUntilIdle(() => sendKeys({ press: 'Space' }));
      assertNeverOnBody(timeline, 'picking a size with Space');
      assertEndsOn(timeline, radio(200), 'picking a size with Space');
      expect(parseFloat(getComputedStyle(document.documentElement).fontSize)).to.equal(32);
    });
  });

  describe('the skip links', () => {
    it('moves focus to each target and keeps it there', async () => {
      const page = await mountPage();
      const links = [...page.get('lede-skip-links').querySelectorAll('a')];
      for (const [index, target] of ['#main', '#site-nav', '#search'].entries()) {
        const timeline = await sampleFocusUntilIdle(press(links[index]!));
        assertNeverOnBody(timeline, `skip link to ${target}`);
        assertEndsOn(timeline, page.get(target), `skip link to ${target}`);
      }
    });
  });
});
