import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/locales/ar.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import { deepActiveElement } from '../src/internal/find-by-id.js';
import { clockTime, spokenTime } from '../src/internal/duration.js';
import { expectAccessible } from './helpers/axe.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';
import { ScriptedEngine, scriptedEngineLoader } from './helpers/scripted-engine.js';
import type { MediaEngineLoader } from '../src/media-player/engine/media-engine.js';
import { ariaSnapshot } from './helpers/commands.js';
import { assertEndsOn, assertNeverOnBody, sampleFocusUntilIdle } from './helpers/focus.js';
import { nextFrames } from './helpers/layout.js';
import { allElementsDeep, describeElement, mountPage, resetPageContext } from './helpers/page-context.js';
import { until, part } from './helpers/wait.js';
import { pickCaptions } from './helpers/player.js';

const MEDIA = '/demo/media';
const tracks = `
  <track kind="captions" src="${MEDIA}/ferry-vote.en.vtt" srclang="en" label="English">
  <track kind="subtitles" src="${MEDIA}/ferry-vote.ar.vtt" srclang="ar" label="العربية">
  <track kind="descriptions" src="${MEDIA}/ferry-vote.descriptions.en.vtt" srclang="en" label="English descriptions">
  <track kind="chapters" src="${MEDIA}/ferry-vote.chapters.en.vtt" srclang="en" label="Chapters">`;
const video = (src = `${MEDIA}/ferry-vote.webm`, type = 'video/webm') =>
  `<video controls preload="none" poster="${MEDIA}/ferry-vote-poster.jpg"><source src="${src}" type="${type}">${tracks}</video>`;

async function playerFixture(markup = video(), attributes = 'media-title="Ferry vote" duration="8"', lang = 'en') {
  const holder = await fixture<HTMLDivElement>(
    html`<div lang=${lang} .innerHTML=${`<lede-media-player ${attributes}>${markup}</lede-media-player><p id="after-player">After the video.</p>`}></div>`,
  );
  const player = holder.querySelector('lede-media-player')!;
  await player.updateComplete;
  return player;
}



/** Presses the first play button with the keyboard, as a reader would, and waits for the player. */
async function pressPlay(player: LedeMediaPlayer) {
  part(player, 'start')!.focus();
  await sendKeys({ press: 'Enter' });
  await player.ready;
  await player.updateComplete;
}

describe('lede-media-player', () => {
  const warnings = recordWarnings();

  describe('before anything loads', () => {
    it('shows one play button named with the title and the spoken duration, the clock hidden from screen readers', async () => {
      const player = await playerFixture();
      const start = part<HTMLButtonElement>(player, 'start')!;
      expect(start.getAttribute('aria-label')).to.equal('Play video: Ferry vote, 8 seconds');
      const clock = part(player, 'poster')!.querySelector('.duration')!;
      expect(clock.textContent).to.equal('0:08');
      expect(clock.getAttribute('aria-hidden')).to.equal('true');
      expect(player.engine).to.be.undefined;
      expect(player.shadowRoot!.querySelector('video'), 'no player yet').to.be.null;
      await expectAccessible(player);
    });

    it('speaks times in the reader\'s language', () => {
      expect(spokenTime(172, 'en')).to.equal('2 minutes, 52 seconds');
      expect(clockTime(172, 'en')).to.equal('2:52');
      expect(spokenTime(3723, 'en')).to.equal('1 hour, 2 minutes, 3 seconds');
      expect(clockTime(3723, 'en')).to.equal('1:02:03');
      expect(spokenTime(172, 'ar')).to.equal(new Intl.ListFormat('ar', { style: 'long', type: 'unit' }).format(['دقيقتان', '52 ثانية']));
      expect(clockTime(172, 'ar-EG')).to.equal('٢:٥٢');
    });

    it('names the button in Arabic for an Arabic page', async () => {
      const player = await playerFixture(video(), 'media-title="تصويت العبّارة" duration="PT2M52S"', 'ar');
      expect(part(player, 'start')!.getAttribute('aria-label')).to.equal(`تشغيل الفيديو: تصويت العبّارة، ${spokenTime(172, 'ar')}`);
      await expectAccessible(player);
    });
  });

  describe('playing', () => {
    it('loads on the press, says so, starts playing and puts focus on play/pause', async () => {
      const player = await playerFixture();
      part(player, 'start')!.focus();
      await sendKeys({ press: 'Enter' });
      await player.updateComplete;
      expect(player.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.equal('Loading video');
      expect(deepActiveElement(), 'focus stays on the busy button while loading').to.equal(part(player, 'start'));
      await player.ready;
      await until(() => !player.engine!.paused && player.engine!.currentTime > 0, 'playback');
      await player.updateComplete;
      const playPause = part(player, 'play-pause')!;
      expect(deepActiveElement()).to.equal(playPause);
      const picture = player.engine!.media.getBoundingClientRect();
      const stage = part(player, 'stage')!.getBoundingClientRect();
      expect([picture.width, picture.height], 'the picture fills the stage').to.deep.equal([stage.width, stage.height]);
      expect(playPause.textContent!.trim()).to.equal('Pause');
      await expectAccessible(player);

      await sendKeys({ press: 'Enter' });
      await until(() => player.engine!.paused, 'pause');
      await player.updateComplete;
      expect(playPause.textContent!.trim()).to.equal('Play');
      await expectAccessible(player);
    });

    it('gives the time and the seek slider the same words', async () => {
      const player = await playerFixture();
      await pressPlay(player);
      player.engine!.pause();
      await until(() => Number.isFinite(player.engine!.duration), 'duration');
      player.engine!.currentTime = 3;
      await until(() => Math.floor(player.engine!.currentTime) === 3, 'seek');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await player.updateComplete;
      const slider = part<HTMLInputElement>(player, 'seek')!;
      expect(slider.getAttribute('aria-valuetext')).to.equal('3 seconds of 8 seconds');
      // The time is read once, as the slider's value; the clock beside it is for the eye only.
      // (This test used to expect the same words again as hidden text: read twice.)
      const time = part(player, 'time')!;
      expect(time.getAttribute('aria-hidden')).to.equal('true');
      expect(time.textContent).to.equal('0:03 / 0:08');
      expect(time.querySelector('.visually-hidden'), 'no second copy of the words').to.be.null;
    });

    it('ends with a polite "Finished"', async () => {
      const player = await playerFixture();
      await pressPlay(player);
      player.engine!.currentTime = 7.5;
      await until(() => player.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent === 'Finished', 'ended', 8000);
    });
  });

  describe('announcements', () => {
    const polite = (player: LedeMediaPlayer) => player.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent;

    it('announces buffering only when a stall lasts, through any engine', async () => {
      const player = await playerFixture();
      const scripted = scriptedEngineLoader();
      player.engineLoader = scripted.load;
      await pressPlay(player);
      const engine = scripted.engine();
      engine.emit('waiting');
      await new Promise((resolve) => setTimeout(resolve, 300));
      engine.emit('playing');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await player.updateComplete;
      expect(polite(player), 'a short stall is not announced').to.equal('');
      engine.emit('waiting');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await player.updateComplete;
      expect(polite(player)).to.equal('Buffering');
      engine.emit('playing');
      await player.updateComplete;
      expect(polite(player)).to.equal('');
    });

    it('is accessible while loading, and names everything in Arabic once loaded', async () => {
      const player = await playerFixture(video(), 'media-title="تصويت العبّارة" duration="8"', 'ar');
      player.engineLoader = () => new Promise(() => {});
      part(player, 'start')!.click();
      await player.updateComplete;
      expect(polite(player)).to.equal('جارٍ تحميل الفيديو');
      await expectAccessible(player);

      const loaded = await playerFixture(video(), 'media-title="تصويت العبّارة" duration="8"', 'ar');
      const scripted = scriptedEngineLoader();
      loaded.engineLoader = scripted.load;
      await pressPlay(loaded);
      scripted.engine().currentTime = 3;
      scripted.engine().emit('timeupdate');
      await loaded.updateComplete;
      expect(part(loaded, 'seek')!.getAttribute('aria-valuetext')).to.equal(`${spokenTime(3, 'ar')} من ${spokenTime(172, 'ar')}`);
      expect(part(loaded, 'player')!.getAttribute('dir')).to.equal('rtl');
      await expectAccessible(loaded);
    });
  });

  describe('captions, transcript and description', () => {
    it('shows an authored transcript behind the disclosure; it is light DOM, readable without JavaScript', async () => {
      const player = await playerFixture(
        `${video()}<div slot="transcript"><p>Chair: The motion is carried, nine votes to four.</p></div>`,
      );
      const toggle = part(player, 'transcript-toggle')!;
      const authored = player.querySelector('[slot="transcript"]') as HTMLElement;
      expect(authored.getBoundingClientRect().height, 'closed').to.equal(0);
      toggle.click();
      await player.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(authored.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(player.shadowRoot!.querySelectorAll('[part~="cue"]'), 'no second transcript from the captions').to.have.length(0);
      await expectAccessible(player);
    });

    it('shows the chosen captions in the chosen style, remembered, right to left for Arabic', async () => {
      localStorage.removeItem('lede-caption-style');
      const player = await playerFixture();
      await pressPlay(player);
      player.engine!.pause();
      pickCaptions(player, '0');
      player.engine!.currentTime = 1;
      await until(() => !!part(player, 'captions-display'), 'a caption');
      expect(part(player, 'captions-display')!.innerText, 'no blank line above the caption').to.equal(
        'The committee voted nine to four to keep the night ferry.',
      );
      await expectAccessible(player);

      const size = part(player, 'caption-style')!.querySelector('select')!;
      size.value = '200';
      size.dispatchEvent(new Event('change'));
      await player.updateComplete;
      expect(JSON.parse(localStorage.getItem('lede-caption-style')!).size).to.equal(200);
      const display = part(player, 'captions-display')!;
      expect(parseFloat(getComputedStyle(display).fontSize)).to.equal(2 * parseFloat(getComputedStyle(display.parentElement!).fontSize));

      pickCaptions(player, '1');
      await until(() => part(player, 'captions-display')?.getAttribute('lang') === 'ar', 'Arabic captions');
      expect(part(player, 'captions-display')!.getAttribute('dir')).to.equal('rtl');
      localStorage.removeItem('lede-caption-style');
    });

    it('opens a transcript built from the captions; a line seeks there and is marked while it plays', async () => {
      const player = await playerFixture();
      const toggle = part(player, 'transcript-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await until(() => player.shadowRoot!.querySelectorAll('[part~="cue"]').length === 3, 'transcript lines');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expectAccessible(player);
      const lines = player.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="cue"]');
      expect(lines[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('0:02 [Horn sounds] The 23:40 sailing will run until March.');
      lines[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await player.ready;
      await until(() => player.engine!.currentTime >= 2.5, 'seek to the line');
      await until(() => lines[1]!.getAttribute('aria-current') === 'true', 'current line marked');
      expect(lines[0]!.hasAttribute('aria-current')).to.be.false;
    });

    it('reads audio description cues through a live region when switched on', async () => {
      const player = await playerFixture();
      await pressPlay(player);
      const description = part(player, 'descriptions')!;
      description.click();
      await player.updateComplete;
      expect(description.getAttribute('aria-pressed')).to.equal('true');
      player.engine!.currentTime = 0.6;
      const regions = () => [...player.shadowRoot!.querySelectorAll('[aria-live="polite"]')].map((r) => r.textContent);
      await until(() => regions().includes('Coloured test bars fill the screen while the committee chair speaks.'), 'description');
    });
  });

  describe('keyboard', () => {
    it('has shortcuts while focus is in the player, and none with no-shortcuts', async () => {
      const player = await playerFixture();
      await pressPlay(player);
      await sendKeys({ press: 'm' });
      await until(() => player.engine!.muted, 'mute by M');
      await sendKeys({ press: 'k' });
      await until(() => player.engine!.paused, 'pause by K');
      await sendKeys({ press: 'c' });
      await player.updateComplete;
      expect(part<HTMLSelectElement>(player, 'captions')!.querySelector('select')!.value).to.equal('0');

      const quiet = await playerFixture(video(), 'media-title="Quiet" no-shortcuts');
      await pressPlay(quiet);
      await sendKeys({ press: 'm' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(quiet.engine!.muted).to.be.false;
    });

    it('seeks with the arrow keys, mirrored right to left', async () => {
      const player = await playerFixture();
      const scripted = scriptedEngineLoader();
      player.engineLoader = scripted.load;
      await pressPlay(player);
      scripted.engine().currentTime = 20;
      await sendKeys({ press: 'ArrowRight' });
      expect(scripted.engine().currentTime).to.equal(25);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(scripted.engine().currentTime).to.equal(15);

      const arabic = await playerFixture(video(), 'media-title="تصويت"', 'ar');
      const arabicEngine = scriptedEngineLoader();
      arabic.engineLoader = arabicEngine.load;
      await pressPlay(arabic);
      arabicEngine.engine().currentTime = 20;
      await sendKeys({ press: 'ArrowLeft' });
      expect(arabicEngine.engine().currentTime, 'left is forward in Arabic').to.equal(25);
    });

    it('reaches every control with Tab, each with a name', async () => {
      const player = await playerFixture();
      await pressPlay(player);
      const names: string[] = [];
      for (let step = 0; step < 6; step++) {
        await sendKeys({ press: 'Tab' });
        const focused = deepActiveElement() as HTMLElement;
        names.push(focused.getAttribute('aria-label') ?? focused.closest('label')?.textContent?.trim().split('\n')[0] ?? focused.textContent!.trim());
      }
      expect(names.slice(0, 5)).to.deep.equal(['Seek', 'Mute', 'Captions', 'Audio description', 'Full screen']);
    });

    it('skips past the player to the content after it', async () => {
      const player = await playerFixture();
      part(player, 'skip')!.focus();
      expect(part(player, 'skip')!.textContent).to.equal('Skip past the video');
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()).to.equal(document.querySelector('#after-player'));
    });
  });

  describe('failures', () => {
    it('offers the transcript and the download when the file is missing, announced once, with one warning', async () => {
      await expectNoUncaughtError(async () => {
        const player = await playerFixture(
          video(`${MEDIA}/no-such-file.webm`),
          'media-title="Ferry vote" download-src="/demo/media/ferry-vote.webm" audio-src="/demo/media/ferry-vote-radio.webm"',
        );
        await pressPlay(player);
        await until(() => !!part(player, 'error'), 'the failure message');
        const error = part(player, 'error')!;
        expect(error.textContent).to.contain('Sorry, this cannot be played here.');
        expect([...error.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
          'Read the transcript',
          'Listen to the audio version',
          'Download the file',
        ]);
        // Announced once: the reader was in the player, so focus moves to the message, which
        // reads it; there is no second copy in a live region (this test used to expect one).
        expect(deepActiveElement()).to.equal(error);
        const copies = [...player.shadowRoot!.querySelectorAll('*')].filter(
          (node) => node.children.length === 0 && node.textContent === 'Sorry, this cannot be played here.',
        );
        expect(copies, 'the message is in the shadow root once').to.have.length(1);
        expect(player.shadowRoot!.querySelector('[aria-live="assertive"], [role="alert"]'), 'not also an alert while focused').to.be.null;
        const failures = warnings.messages.filter((m) => m.startsWith('<lede-media-player>: could not play'));
        expect(failures).to.have.length(1);
        expect(failures[0]).to.contain('no-such-file.webm');
        await expectAccessible(player);
        (error.querySelector('button') as HTMLButtonElement).click();
        await until(() => player.shadowRoot!.querySelectorAll('[part~="cue"]').length === 3, 'transcript after failure');
      });
    });

    it('fails the same way for a file the browser cannot play', async () => {
      await expectNoUncaughtError(async () => {
        const player = await playerFixture(video(`${MEDIA}/ferry-vote.en.vtt`, 'video/webm'));
        await pressPlay(player);
        await until(() => !!part(player, 'error'), 'the failure message');
        expect(warnings.messages.some((m) => m.includes('ferry-vote.en.vtt'))).to.be.true;
      });
    });

    it('offers the browser\'s own player when the engine cannot be downloaded', async () => {
      await expectNoUncaughtError(async () => {
        const player = await playerFixture();
        player.engineLoader = () => import(/* @vite-ignore */ `${location.origin}/no-such-engine.js`);
        await pressPlay(player);
        const error = part(player, 'error')!;
        expect(error.textContent).to.contain('Sorry, the player could not load.');
        const native = [...error.querySelectorAll('button')].find((b) => b.textContent === "Use your browser's own player")!;
        native.click();
        await player.updateComplete;
        const slot = player.shadowRoot!.querySelector<HTMLSlotElement>('.native slot')!;
        expect(slot.assignedElements()[0]!.localName).to.equal('video');
        expect(warnings.messages.some((m) => m.includes("could not load the player's code"))).to.be.true;
        await expectAccessible(player);
      });
    });
  });

  describe('layout', () => {
    it('fits 320 px at 200% text with every control, without sideways scrolling', async () => {
      document.documentElement.style.fontSize = '200%';
      try {
        const holder = await fixture<HTMLDivElement>(
          html`<div lang="en" style="inline-size: 320px" .innerHTML=${`<lede-media-player media-title="Ferry vote" duration="8">${video()}</lede-media-player>`}></div>`,
        );
        const player = holder.querySelector('lede-media-player')!;
        const scripted = scriptedEngineLoader();
        player.engineLoader = scripted.load;
        await pressPlay(player);
        player.shadowRoot!.querySelector<HTMLElement>('[part~="captions"] select')!.dispatchEvent(new Event('change'));
        await player.updateComplete;
        for (const control of player.shadowRoot!.querySelectorAll<HTMLElement>('[part~="controls"] > *')) {
          const box = control.getBoundingClientRect();
          expect(box.right, control.getAttribute('part') ?? control.localName).to.be.at.most(holder.getBoundingClientRect().right + 0.5);
        }
        const controls = part(player, 'controls')!;
        expect(controls.scrollWidth).to.be.at.most(controls.clientWidth);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  describe('other modes and lifetime', () => {
    it('wraps <audio> in the same shell, without full screen', async () => {
      const player = await playerFixture(
        `<audio controls preload="none"><source src="${MEDIA}/ferry-vote-radio.webm" type="audio/webm"></audio>`,
        'media-title="Ferry vote on the radio" duration="8"',
      );
      expect(part(player, 'start')!.getAttribute('aria-label')).to.equal('Play audio: Ferry vote on the radio, 8 seconds');
      await expectAccessible(player);
      await pressPlay(player);
      await until(() => player.engine!.currentTime > 0, 'audio playing');
      expect(part(player, 'fullscreen')).to.be.null;
      expect(part(player, 'skip')!.textContent).to.equal('Skip past the audio');
      await expectAccessible(player);
    });

    it('plays muted on its own only when asked, and never under reduced motion', async () => {
      const player = await playerFixture(video(), 'media-title="Ferry vote" autoplay');
      await until(() => !!player.engine && !player.engine.paused, 'autoplay');
      expect(player.engine!.muted).to.be.true;

      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const still = await playerFixture(video(), 'media-title="Ferry vote" autoplay');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(still.engine).to.be.undefined;
        expect(part(still, 'start')).to.exist;
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('loads nothing until play, unless asked to preload', async () => {
      const idle = await playerFixture();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(idle.engine).to.be.undefined;
      const eager = await playerFixture(video(), 'media-title="Ferry vote" preload');
      await until(() => !!eager.engine, 'preloaded engine');
      expect(eager.engine!.paused).to.be.true;
    });

    it('leaves no timer behind when removed mid-stall', async () => {
      const player = await playerFixture();
      const scripted = scriptedEngineLoader();
      player.engineLoader = scripted.load;
      await pressPlay(player);
      const engine = scripted.engine();
      engine.emit('waiting');
      player.remove();
      expect(engine.disposed, 'the engine was disposed').to.be.true;
      expect(player.shadowRoot!.querySelector('[part~="stage"]')!.children, 'the media element made for the engine is gone').to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(player.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent ?? '', 'the buffering timer was cleared').not.to.equal(
        'Buffering',
      );
    });

    it('disposes of the player when removed', async () => {
      await expectNoUncaughtError(async () => {
        const player = await playerFixture();
        await pressPlay(player);
        const media = player.engine!.media;
        player.remove();
        expect(player.engine).to.be.undefined;
        expect(media.isConnected).to.be.false;
        expect(media.paused).to.be.true;
      });
    });
  });
});

// What readers meet with the player in the middle of a page: what covers what, where focus goes
// over time, what is spoken (and in which language), and how it lays out when text is large.
describe('lede-media-player, as readers meet it', () => {
  const warnings = recordWarnings();
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** An engine that takes a while to load and a while longer to start, like a slow network. */
  class SlowStartEngine extends ScriptedEngine {
    override async play(): Promise<void> {
      await wait(400);
      this.paused = false;
      this.emit('play');
      this.emit('playing');
    }
  }
  /** An engine whose media fails when asked to play. */
  class FailingEngine extends ScriptedEngine {
    override async play(): Promise<void> {
      await wait(150);
      this.emit('error');
      throw new Error('the media failed');
    }
  }
  const loaderFor =
    (Engine: typeof ScriptedEngine, delay = 150): MediaEngineLoader =>
    async () => {
      await wait(delay);
      return async ({ media }) => new Engine(media);
    };

  afterEach(async () => {
    for (const player of document.querySelectorAll('lede-media-player')) player.remove();
    await resetPageContext();
  });

  describe('"Skip past the video"', () => {
    /** Where, over the link's box, the link is painted over other content: the page's, or its own player's. */
    function contentCoveredBy(link: HTMLElement): string[] {
      const root = link.getRootNode() as ShadowRoot;
      const host = root.host;
      const box = link.getBoundingClientRect();
      const covered: string[] = [];
      for (let i = 0; i <= 4; i++) {
        for (let j = 0; j <= 4; j++) {
          const x = Math.min(box.left + (box.width * i) / 4, innerWidth - 1);
          const y = Math.min(box.top + (box.height * j) / 4, innerHeight - 1);
          const inPlayer = root.elementsFromPoint(x, y);
          if (inPlayer[0] !== link) continue;
          const below = [
            ...inPlayer.filter((element) => element.getRootNode() === root && !element.contains(link)),
            ...document.elementsFromPoint(x, y).filter((element) => element !== host && !element.contains(host) && !host.contains(element)),
          ];
          if (below.length) covered.push(describeElement(below[0]!));
        }
      }
      return covered;
    }

    for (const { width, textSize, dir } of [
      { width: 320, textSize: 200, dir: 'ltr' },
      { width: 1280, textSize: 100, dir: 'ltr' },
      { width: 1280, textSize: 200, dir: 'rtl' },
      { width: 320, textSize: 100, dir: 'rtl' },
    ] as const) {
      it(`covers nothing until focused, then shows above its player, covering nothing (${width} px, ${textSize}%, ${dir})`, async () => {
        const page = await mountPage({ width, textSize, dir });
        for (const player of page.players) {
          const link = part(player, 'skip')!;
          for (const target of [page.get('#quote'), part(page.players[0], 'start')!]) target.scrollIntoView({ block: 'center' });
          link.scrollIntoView({ block: 'center' });
          expect(contentCoveredBy(link), `${player.id}: unfocused, it covers`).to.deep.equal([]);
          link.focus();
          await nextFrames();
          const box = link.getBoundingClientRect();
          const own = player.getBoundingClientRect();
          expect(box.width * box.height, `${player.id}: visible when focused`).to.be.greaterThan(100);
          expect(link.checkVisibility()).to.be.true;
          expect(box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth, `${player.id}: in the viewport`).to.be.true;
          expect(
            box.top >= own.top - 0.5 && box.bottom <= own.bottom + 0.5 && box.left >= own.left - 0.5 && box.right <= own.right + 0.5,
            `${player.id}: within its own element's box`,
          ).to.be.true;
          expect(contentCoveredBy(link), `${player.id}: focused, it covers`).to.deep.equal([]);
          link.blur();
        }
      });
    }
  });

  describe('focus over time', () => {
    it('never rests on <body> after Play: play/pause takes it as the start button goes, long before playback', async () => {
      const player = await playerFixture();
      player.engineLoader = loaderFor(SlowStartEngine);
      part(player, 'start')!.focus();
      const timeline = await sampleFocusUntilIdle(() => sendKeys({ press: 'Enter' }), {
        settled: () => !!player.engine && !player.engine.paused,
      });
      assertNeverOnBody(timeline, 'pressing Play');
      assertEndsOn(timeline, part(player, 'play-pause'), 'pressing Play');
    });

    it('moves to the failure message, with its alternatives, when the media fails', async () => {
      const player = await playerFixture(video(), 'media-title="Ferry vote" duration="8" download-src="/demo/media/ferry-vote.webm"');
      player.engineLoader = loaderFor(FailingEngine);
      part(player, 'start')!.focus();
      const timeline = await sampleFocusUntilIdle(() => sendKeys({ press: 'Enter' }), { settled: () => !!part(player, 'error') });
      assertNeverOnBody(timeline, 'a failure after Play');
      const error = part(player, 'error')!;
      assertEndsOn(timeline, error, 'a failure after Play');
      expect(error.getAttribute('tabindex')).to.equal('-1');
      await sendKeys({ press: 'Tab' });
      expect(error.contains(deepActiveElement()), 'Tab goes on to the alternatives').to.be.true;
    });

    it('moves to the failure message when the engine cannot load', async () => {
      const player = await playerFixture();
      player.engineLoader = () => Promise.reject(new Error('offline'));
      part(player, 'start')!.focus();
      const timeline = await sampleFocusUntilIdle(() => sendKeys({ press: 'Enter' }), { settled: () => !!part(player, 'error') });
      assertNeverOnBody(timeline, 'an engine that cannot load');
      assertEndsOn(timeline, part(player, 'error'), 'an engine that cannot load');
    });
  });

  describe('what is spoken', () => {
    it('has no landmark of the engine\'s own: the group is the player\'s one named container', async () => {
      const player = await playerFixture();
      await pressPlay(player);
      await until(() => !player.engine!.paused, 'playback');
      expect(player.shadowRoot!.querySelectorAll('[role="region"], [aria-label="Video Player"], [lang="en-us"]')).to.have.length(0);
      const tree = await ariaSnapshot('lede-media-player');
      expect(tree).to.contain('group "Ferry vote"');
      expect(tree).not.to.match(/region|Video Player/);
    });

    it('names transcript lines by their words, with the time spoken apart', async () => {
      const player = await playerFixture();
      part(player, 'transcript-toggle')!.click();
      await until(() => player.shadowRoot!.querySelectorAll('[part~="cue"]').length === 3, 'transcript lines');
      const tree = await ariaSnapshot('lede-media-player');
      expect(tree).to.contain('button "[Horn sounds] The 23:40 sailing will run until March."');
      expect(tree).not.to.match(/0:0\d ?\[Horn/);
      const line = player.shadowRoot!.querySelectorAll('[part~="cue"]')[1]!;
      expect(line.querySelector('.cue-time')!.getAttribute('aria-hidden')).to.equal('true');
      expect(player.shadowRoot!.getElementById(line.getAttribute('aria-describedby')!)!.textContent).to.equal('2 seconds');
    });

    it('says times without units that are zero, with Intl.DurationFormat and without it (as on a server)', () => {
      const check = () => {
        expect(spokenTime(8, 'en')).to.equal('8 seconds');
        expect(spokenTime(60, 'en')).to.equal('1 minute');
        expect(spokenTime(1, 'en')).to.equal('1 second');
        expect(spokenTime(0, 'en')).to.equal('0 seconds');
        expect(spokenTime(3603, 'en')).to.equal('1 hour, 3 seconds');
        expect(spokenTime(172, 'en')).to.equal('2 minutes, 52 seconds');
        expect(spokenTime(120, 'ar')).to.equal(new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(2));
      };
      check();
      const intl = Intl as unknown as { DurationFormat?: unknown };
      const saved = intl.DurationFormat;
      expect(saved, 'this browser has Intl.DurationFormat').to.exist;
      delete intl.DurationFormat;
      try {
        check();
      } finally {
        intl.DurationFormat = saved;
      }
    });

    /** Lede's strings in the shadow root (text, names, values) that are not marked as English. */
    function unmarkedEnglish(player: LedeMediaPlayer): string[] {
      const root = player.shadowRoot!;
      const found: string[] = [];
      const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        const element = node.parentElement!;
        // Latin letters are Lede's English; the author's track labels are the author's own.
        if (!/[A-Za-z]/.test(text) || element.closest('style, [aria-hidden="true"]')) continue;
        if (element.closest('[part~="captions"] option:not([value="-1"])')) continue;
        if (langOf(element) !== 'en') found.push(text);
      }
      for (const element of root.querySelectorAll('[aria-label], [aria-valuetext]')) {
        if (element.matches('[part~="player"]')) continue; // named by the author's title
        if (langOf(element) !== 'en') found.push(element.getAttribute('aria-label') ?? element.getAttribute('aria-valuetext')!);
      }
      return found;
    }

    it('marks every English string with lang="en" in a language Lede has no translation for', async () => {
      const title = 'media-title="رأی شورا برای کشتی شبانه" duration="8" download-src="/demo/media/ferry-vote.webm"';
      const idle = await playerFixture(video(), title, 'fa');
      expect(part(idle, 'start')!.getAttribute('aria-label')).to.equal('Play video: رأی شورا برای کشتی شبانه, 8 seconds');
      expect(unmarkedEnglish(idle), 'before play').to.deep.equal([]);

      const loading = await playerFixture(video(), title, 'fa');
      loading.engineLoader = () => new Promise(() => {});
      part(loading, 'start')!.click();
      await loading.updateComplete;
      expect(loading.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.equal('Loading video');
      expect(unmarkedEnglish(loading), 'loading').to.deep.equal([]);

      const ready = await playerFixture(video(), title, 'fa');
      const scripted = scriptedEngineLoader();
      ready.engineLoader = scripted.load;
      await pressPlay(ready);
      pickCaptions(ready, '0');
      await ready.updateComplete;
      part<HTMLDetailsElement>(ready, 'caption-style')!.open = true;
      part(ready, 'transcript-toggle')!.click();
      await until(() => ready.shadowRoot!.querySelectorAll('[part~="cue"]').length === 3, 'transcript lines');
      expect(part(ready, 'seek')!.getAttribute('aria-valuetext')).to.equal('0 seconds of 2 minutes, 52 seconds');
      expect(unmarkedEnglish(ready), 'playing, captions and transcript open').to.deep.equal([]);
      expect(ready.shadowRoot!.querySelector('[part~="cue"] span:not(.cue-time)')!.getAttribute('lang'), 'the lines are in the captions\' language').to.equal('en');

      const failed = await playerFixture(video(), title, 'fa');
      failed.engineLoader = loaderFor(FailingEngine, 0);
      await pressPlay(failed);
      await until(() => !!part(failed, 'error'), 'the failure');
      expect(unmarkedEnglish(failed), 'failed').to.deep.equal([]);
    });
  });

  describe('the failure path', () => {
    const deadCaptions = `<video controls preload="none"><source src="${MEDIA}/no-such-file.webm" type="video/webm">
      <track kind="captions" src="${MEDIA}/no-such-captions.vtt" srclang="en" label="English"></video>`;

    it('offers the transcript only when it has lines: not when the captions file is missing', async () => {
      const player = await playerFixture(deadCaptions, 'media-title="Ferry vote" download-src="/demo/media/ferry-vote.webm"');
      await pressPlay(player);
      await until(() => !!part(player, 'error'), 'the failure message');
      await wait(300);
      await player.updateComplete;
      expect([...part(player, 'error')!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['Download the file']);
      part(player, 'transcript-toggle')!.click();
      await player.updateComplete;
      const panel = part(player, 'transcript')!;
      expect(panel.textContent!.trim(), 'the panel says why it is empty').to.equal('Sorry, the transcript could not be loaded.');
      expect(warnings.messages.some((m) => m.includes('no-such-captions.vtt'))).to.be.true;
    });

    it('never announces "Buffering" after a failure, whichever comes first', async () => {
      for (const order of [['error', 'waiting'], ['waiting', 'error']] as const) {
        const player = await playerFixture();
        const scripted = scriptedEngineLoader();
        player.engineLoader = scripted.load;
        await pressPlay(player);
        for (const event of order) scripted.engine().emit(event);
        await wait(1300);
        await player.updateComplete;
        expect(part(player, 'error'), order.join(' then ')).to.exist;
        expect(player.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent, order.join(' then ')).to.equal('');
      }
    });

    for (const [what, markup, warning] of [
      ['no <video>', '<p>The video will follow.</p>', 'has no <video> or <audio> inside'],
      ['a <video> with no source', '<video controls></video>', '<video> has no source'],
    ] as const) {
      it(`says there is nothing to play, loads no engine and warns once, for ${what}`, async () => {
        let loads = 0;
        const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        const player = document.createElement('lede-media-player');
        player.setAttribute('media-title', 'Ferry vote');
        player.toggleAttribute('preload', true);
        player.engineLoader = async () => {
          loads++;
          return scriptedEngineLoader().load();
        };
        player.innerHTML = markup;
        holder.append(player);
        await player.updateComplete;
        await wait(100);
        await player.updateComplete;
        expect(part(player, 'start'), 'no play button that does nothing').to.be.null;
        expect(part(player, 'error')!.textContent!.trim()).to.equal('Sorry, there is nothing to play here.');
        expect(loads, 'no engine loaded').to.equal(0);
        expect(player.shadowRoot!.querySelector('[part~="controls"]')).to.be.null;
        expect(warnings.messages.filter((m) => m.includes(warning))).to.have.length(1);
        const authored = player.firstElementChild as HTMLElement;
        if (authored.localName === 'p') expect(authored.checkVisibility(), "the author's own text still shows").to.be.true;
        else expect(authored.checkVisibility(), 'a video with nothing to play is not shown').to.be.false;
        await expectAccessible(player);
      });
    }
  });

  describe('layout with large text', () => {
    it('keeps the caption box inside the picture at 412 px with 200% text and the largest captions', async () => {
      await setViewport({ width: 412, height: 900 });
      document.documentElement.style.fontSize = '200%';
      localStorage.removeItem('lede-caption-style');
      const player = await playerFixture();
      await pressPlay(player);
      player.engine!.pause();
      pickCaptions(player, '0');
      player.engine!.currentTime = 1;
      await until(() => !!part(player, 'captions-display'), 'a caption');
      const size = part(player, 'caption-style')!.querySelector('select')!;
      size.value = '200';
      size.dispatchEvent(new Event('change'));
      await player.updateComplete;
      await nextFrames();
      const caption = part(player, 'captions-display')!.getBoundingClientRect();
      const stage = part(player, 'stage')!.getBoundingClientRect();
      expect(caption.height, 'caption height against the picture').to.be.at.most(stage.height);
      expect(caption.top, 'the caption does not spill above the picture').to.be.at.least(stage.top);
      expect(caption.bottom).to.be.at.most(stage.bottom);
      localStorage.removeItem('lede-caption-style');
    });

    it('fits a 320 px page at 200% text with captions on and their style open', async () => {
      await setViewport({ width: 320, height: 900 });
      document.documentElement.style.fontSize = '200%';
      const holder = await fixture<HTMLElement>(
        html`<main lang="en" style="padding-inline: 1rem" .innerHTML=${`<p>Text above the player.</p><lede-media-player media-title="Ferry vote" duration="8">${video()}</lede-media-player><p>Text below.</p>`}></main>`,
      );
      const player = holder.querySelector('lede-media-player')!;
      const scripted = scriptedEngineLoader();
      player.engineLoader = scripted.load;
      await pressPlay(player);
      pickCaptions(player, '0');
      await player.updateComplete;
      part<HTMLDetailsElement>(player, 'caption-style')!.open = true;
      await nextFrames();
      const wider = allElementsDeep(player.shadowRoot!)
        .filter((element) => element.getBoundingClientRect().right > 320.5)
        .map((element) => `${describeElement(element)} ends at ${Math.round(element.getBoundingClientRect().right)}`);
      expect(wider, 'no part of the player reaches past the viewport').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
    });
  });
});
