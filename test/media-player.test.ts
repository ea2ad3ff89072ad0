import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/media-player/define.js';
import '../src/locales/ar.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import { deepActiveElement } from '../src/internal/find-by-id.js';
import { clockTime, spokenTime } from '../src/internal/duration.js';
import { expectAccessible } from './helpers/axe.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';
import { scriptedEngineLoader } from './helpers/scripted-engine.js';

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

const part = <T extends HTMLElement = HTMLElement>(player: LedeMediaPlayer, name: string) =>
  player.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

const until = async (condition: () => boolean, what: string, timeout = 5000) => {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

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
      expect(start.getAttribute('aria-label')).to.equal('Play video: Ferry vote, 0 minutes, 8 seconds');
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
      const words = 'of 0 minutes, 8 seconds';
      const slider = part<HTMLInputElement>(player, 'seek')!;
      expect(slider.getAttribute('aria-valuetext')).to.equal(`0 minutes, 3 seconds ${words}`);
      const time = part(player, 'time')!;
      expect(time.querySelector('.visually-hidden')!.textContent).to.equal(`0 minutes, 3 seconds ${words}`);
      expect(time.querySelector('[aria-hidden="true"]')!.textContent).to.equal('0:03 / 0:08');
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
      const menu = part(player, 'captions')!.querySelector('select')!;
      menu.value = '0';
      menu.dispatchEvent(new Event('change'));
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
      expect(part(player, 'captions-display')!.style.fontSize).to.equal('200%');

      menu.value = '1';
      menu.dispatchEvent(new Event('change'));
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
        expect(player.shadowRoot!.querySelector('[aria-live="assertive"]')!.textContent).to.equal('Sorry, this cannot be played here.');
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
      expect(part(player, 'start')!.getAttribute('aria-label')).to.equal('Play audio: Ferry vote on the radio, 0 minutes, 8 seconds');
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
