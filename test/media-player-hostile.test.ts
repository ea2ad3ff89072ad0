import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/media-player/define.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import type { CreateMediaEngine, MediaEngineOptions, MediaSource } from '../src/media-player/engine/media-engine.js';
import { spokenTime } from '../src/internal/duration.js';
import { expectNoUncaughtError, recordWarnings } from './helpers/console.js';
import { ScriptedEngine } from './helpers/scripted-engine.js';
import { until, part } from './helpers/wait.js';
import { pickCaptions } from './helpers/player.js';

const MEDIA = '/demo/media';
const FIXTURES = '/test/media-player-fixtures';
const video = (src = `${MEDIA}/ferry-vote.webm`, track = `${MEDIA}/ferry-vote.en.vtt`) =>
  `<video controls preload="none" poster="${MEDIA}/ferry-vote-poster.jpg"><source src="${src}" type="video/webm">` +
  `<track kind="captions" src="${track}" srclang="en" label="English"></video>`;

async function playerFixture(markup = video(), attributes = 'media-title="Ferry vote" duration="8"') {
  const holder = await fixture<HTMLDivElement>(
    html`<div lang="en" .innerHTML=${`<lede-media-player ${attributes}>${markup}</lede-media-player>`}></div>`,
  );
  const player = holder.querySelector('lede-media-player')!;
  await player.updateComplete;
  return player;
}



const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An engine loader that keeps what the shell asked each engine to play. */
function recordingEngineLoader() {
  const calls: Array<{ sources: MediaSource[]; tracks: string[]; engine: ScriptedEngine }> = [];
  const create: CreateMediaEngine = async ({ media, sources }: MediaEngineOptions) => {
    const engine = new ScriptedEngine(media);
    calls.push({ sources, tracks: [...media.querySelectorAll('track')].map((track) => track.getAttribute('src')!), engine });
    return engine;
  };
  return { load: async () => create, calls };
}

async function press(player: LedeMediaPlayer) {
  part(player, 'start')!.click();
  await player.ready;
  await player.updateComplete;
}

/** Every URL scheme refused, in the disguises a browser still reads as that scheme. */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\x01javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
];

describe('lede-media-player under hostile input', () => {
  const warnings = recordWarnings();

  describe('URLs', () => {
    for (const attribute of ['download-src', 'audio-src']) {
      it(`offers no link for a ${attribute} that is not http(s) or relative, with one warning each`, async () => {
        for (const url of HOSTILE_URLS) {
          warnings.messages = [];
          const player = await playerFixture(video(), 'media-title="Ferry vote"');
          player.setAttribute(attribute, url);
          player.engineLoader = () => Promise.reject(new Error('offline'));
          await press(player);
          const error = part(player, 'error')!;
          expect(error, 'the failure panel').to.exist;
          const hrefs = [...error.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          expect(hrefs, JSON.stringify(url)).to.deep.equal([]);
          expect(error.textContent).to.contain('Read the transcript');
          const refused = warnings.messages.filter((m) => m.includes(`${attribute}=`));
          expect(refused, JSON.stringify(url)).to.have.length(1);
          expect(refused[0]).to.match(/^<lede-media-player>: .*was refused/s);
        }
      });
    }

    it('still offers http(s) and relative links', async () => {
      const player = await playerFixture(video(), `download-src="https://example.com/vote.webm" audio-src="${MEDIA}/ferry-vote-radio.webm"`);
      player.engineLoader = () => Promise.reject(new Error('offline'));
      await press(player);
      const hrefs = [...part(player, 'error')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([`${MEDIA}/ferry-vote-radio.webm`, 'https://example.com/vote.webm']);
      expect(warnings.messages.filter((m) => m.includes('refused'))).to.deep.equal([]);
    });

    it('passes no refused source, track or poster to the engine or the page', async () => {
      const hostile = 'JaVaScRiPt:alert(1)';
      const player = await playerFixture(
        `<video controls poster="${hostile}"><source src="${hostile}" type="video/webm"><source src="${MEDIA}/ferry-vote.webm" type="video/webm">` +
          `<track kind="captions" src="${hostile}" srclang="en" label="Bad"><track kind="captions" src="${MEDIA}/ferry-vote.en.vtt" srclang="en" label="English"></video>`,
      );
      expect(part(player, 'poster')!.querySelector('img'), 'no poster image from a refused URL').to.be.null;
      const recording = recordingEngineLoader();
      player.engineLoader = recording.load;
      await press(player);
      expect(recording.calls[0]!.sources).to.deep.equal([{ src: `${MEDIA}/ferry-vote.webm`, type: 'video/webm' }]);
      expect(recording.calls[0]!.tracks).to.deep.equal([`${MEDIA}/ferry-vote.en.vtt`]);
      expect(recording.calls[0]!.engine.media.hasAttribute('poster')).to.be.false;
      const options = [...part(player, 'captions')!.querySelectorAll('option')].map((o) => o.textContent);
      expect(options).to.deep.equal(['Off', 'English']);
      expect(warnings.messages.filter((m) => m.includes('was refused')).length, 'one warning per attribute').to.equal(2);
    });
  });

  describe('media given late or replaced', () => {
    it('plays the video it is given after it was connected empty, without a false alarm', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const player = document.createElement('lede-media-player');
      player.setAttribute('media-title', 'Ferry vote');
      holder.append(player);
      // A framework renders the element first, then its children.
      await player.updateComplete;
      player.append(document.createRange().createContextualFragment(video()));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await player.updateComplete;
      expect(warnings.messages.filter((m) => m.includes('has no <video>')), 'no false alarm').to.deep.equal([]);
      await expectNoUncaughtError(async () => {
        await press(player);
        await until(() => !!player.engine && !player.engine.paused && player.engine.currentTime > 0, 'playback');
      });
      expect(player.engine!.media.currentSrc).to.match(/ferry-vote\.webm$/);
    });

    it('plays a video given in a later task', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const player = document.createElement('lede-media-player');
      holder.append(player);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const recording = recordingEngineLoader();
      player.engineLoader = recording.load;
      player.innerHTML = video();
      await settle();
      await player.updateComplete;
      await press(player);
      expect(recording.calls[0]!.sources).to.deep.equal([{ src: `${MEDIA}/ferry-vote.webm`, type: 'video/webm' }]);
      expect(part(player, 'captions'), 'its captions are offered').to.exist;
    });

    it('plays the new file after its content is replaced, and drops the engine of the old one', async () => {
      const player = await playerFixture();
      const recording = recordingEngineLoader();
      player.engineLoader = recording.load;
      await press(player);
      expect(part(player, 'play-pause'), 'playing the first file').to.exist;
      part(player, 'play-pause')!.focus();

      player.innerHTML = video(`${MEDIA}/ferry-vote-radio.webm`);
      await settle();
      await player.updateComplete;
      expect(recording.calls[0]!.engine.disposed, 'the old engine was disposed').to.be.true;
      expect(player.engine).to.be.undefined;
      expect(part(player, 'start'), 'back to the first play button').to.exist;
      expect(part(player, 'controls')).to.be.null;
      expect(player.shadowRoot!.activeElement, 'focus stays in the player').to.equal(part(player, 'start'));

      await press(player);
      expect(recording.calls).to.have.length(2);
      expect(recording.calls[1]!.sources).to.deep.equal([{ src: `${MEDIA}/ferry-vote-radio.webm`, type: 'video/webm' }]);
    });

    it('follows an edited <source>, and ignores changes that play the same thing', async () => {
      const player = await playerFixture();
      const recording = recordingEngineLoader();
      player.engineLoader = recording.load;
      await press(player);
      player.querySelector('video')!.setAttribute('data-note', 'unrelated');
      player.append(document.createElement('p'));
      await settle();
      expect(recording.calls[0]!.engine.disposed, 'unrelated edits keep playback').to.be.false;
      player.querySelector('source')!.setAttribute('src', `${MEDIA}/ferry-vote-radio.webm`);
      await settle();
      expect(recording.calls[0]!.engine.disposed).to.be.true;
      await player.updateComplete;
      await press(player);
      expect(recording.calls[1]!.sources[0]!.src).to.equal(`${MEDIA}/ferry-vote-radio.webm`);
    });

    it('still warns, once the page has had its chance, when no media ever comes', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      holder.append(document.createElement('lede-media-player'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(warnings.messages.filter((m) => m.includes('has no <video> or <audio>'))).to.have.length(1);
    });
  });

  describe('titles', () => {
    it('names the play button with the title exactly as written, whatever it contains', async () => {
      for (const title of ['Vote $& count', "Vote $' count", 'Vote $$ count', 'Vote {duration} count', 'Vote $1 {title} {action}']) {
        const player = await playerFixture(video(), '');
        player.mediaTitle = title;
        player.duration = '8';
        await player.updateComplete;
        expect(part(player, 'start')!.getAttribute('aria-label')).to.equal(`Play video: ${title}, ${spokenTime(8, 'en')}`);
      }
    });
  });

  describe('WebVTT', () => {
    it('shows character references in captions as the characters they stand for', async () => {
      const player = await playerFixture(video(undefined, `${FIXTURES}/references.en.vtt`));
      await press(player);
      await until(() => !!player.engine, 'the engine');
      player.engine!.pause();
      pickCaptions(player, '0');
      player.engine!.currentTime = 1;
      await until(() => !!part(player, 'captions-display'), 'a caption');
      expect(part(player, 'captions-display')!.textContent).to.equal('Tom & Jerry\u00A0vote');
      player.engine!.currentTime = 5;
      await until(() => part(player, 'captions-display')?.textContent !== 'Tom & Jerry\u00A0vote', 'the second caption');
      expect(part(player, 'captions-display')!.textContent, 'decoded once').to.equal('Write &lt;b&gt; to make text bold');
    });

    it('decodes the transcript once: an escaped tag reads as the tag\'s text', async () => {
      const player = await playerFixture(video(undefined, `${FIXTURES}/references.en.vtt`));
      part(player, 'transcript-toggle')!.click();
      await until(() => player.shadowRoot!.querySelectorAll('[part~="cue"]').length === 2, 'transcript lines');
      const lines = [...player.shadowRoot!.querySelectorAll('[part~="cue"]')].map((line) => line.textContent!.replace(/\s+/g, ' ').trim());
      expect(lines).to.deep.equal(['0:00 Tom & Jerry vote', '0:04 Write &lt;b&gt; to make text bold']);
      expect(player.shadowRoot!.querySelector('[part~="cue"] b'), 'nothing parsed as HTML').to.be.null;
    });

    it('refuses a caption file that is not WebVTT, with one warning naming it and the fix', async () => {
      const url = `${FIXTURES}/not-webvtt.en.vtt`;
      const player = await playerFixture(video(undefined, url));
      part(player, 'transcript-toggle')!.click();
      await until(() => warnings.messages.some((m) => m.includes(url)), 'the warning');
      expect(player.shadowRoot!.querySelectorAll('[part~="cue"]'), 'no transcript from an HTML page').to.have.length(0);
      // The captions of the playing video fail on the same file: still one warning.
      await press(player);
      pickCaptions(player, '0');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const about = warnings.messages.filter((m) => m.includes(url));
      expect(about).to.have.length(1);
      expect(about[0]).to.match(/^<lede-media-player>: .*not WebVTT.*begin with "WEBVTT".*Serve a WebVTT file there/);
    });

    it('tells the author when a playing video\'s captions are not WebVTT', async () => {
      const url = `${FIXTURES}/not-webvtt.en.vtt`;
      const player = await playerFixture(video(undefined, url));
      await press(player);
      pickCaptions(player, '0');
      await until(() => warnings.messages.some((m) => m.includes(url)), 'the warning');
      expect(warnings.messages.filter((m) => m.includes(url))[0]).to.contain('not WebVTT');
    });
  });

  describe('strict Content Security Policy with Trusted Types', () => {
    const POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; require-trusted-types-for 'script'";

    it('loads, plays and sizes captions with zero violations', async function () {
      this.timeout(30000);
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '640px';
      frame.style.blockSize = '480px';
      frame.srcdoc =
        `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
        `<meta http-equiv="Content-Security-Policy" content="${POLICY}">` +
        `<script type="module" src="${FIXTURES}/csp-page.ts"></script></head><body></body></html>`;
      document.body.append(frame);
      try {
        const framed = () => frame.contentWindow as (Window & typeof globalThis & { cspViolations?: string[] }) | null;
        await until(() => !!framed()?.document.querySelector('lede-media-player')?.shadowRoot, 'the framed player', 15000);
        const player = framed()!.document.querySelector('lede-media-player')!;
        await player.updateComplete;
        await press(player);
        expect(part(player, 'error'), 'the player did not fail').to.be.null;
        await until(() => !!player.engine && player.engine.currentTime > 0, 'playback', 10000);
        player.engine!.pause();
        const stage = part(player, 'stage')!.getBoundingClientRect();
        const picture = player.engine!.media.getBoundingClientRect();
        expect([picture.width, picture.height], 'video.js\'s own stylesheet applies: the picture fills the stage').to.deep.equal([stage.width, stage.height]);

        pickCaptions(player, '0');
        player.engine!.currentTime = 1;
        await until(() => !!part(player, 'captions-display'), 'a caption');
        const display = part(player, 'captions-display')!;
        const before = parseFloat(getComputedStyle(display).fontSize);
        const size = part(player, 'caption-style')!.querySelector('select')!;
        size.value = '200';
        size.dispatchEvent(new Event('change'));
        await player.updateComplete;
        expect(parseFloat(framed()!.getComputedStyle(part(player, 'captions-display')!).fontSize), 'the caption size applies').to.equal(before * 2);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(framed()!.cspViolations).to.deep.equal([]);
      } finally {
        frame.remove();
        localStorage.removeItem('lede-caption-style');
      }
    });
  });

  describe('another document', () => {
    it('plays after being moved into an iframe, its engine styled there', async function () {
      this.timeout(20000);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        await expectNoUncaughtError(async () => {
          const player = await playerFixture();
          frame.contentDocument!.body.append(player);
          await player.updateComplete;
          await press(player);
          expect(part(player, 'error'), 'no failure').to.be.null;
          expect(warnings.messages.filter((m) => m.includes('could not load'))).to.deep.equal([]);
          expect(part(player, 'controls'), 'the controls are there').to.exist;
          const framed = frame.contentWindow as Window & typeof globalThis;
          const sheets = player.shadowRoot!.adoptedStyleSheets;
          expect(sheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.video-js'))), 'video.js\'s sheet').to.be.true;
          expect(sheets.every((sheet) => sheet instanceof framed.CSSStyleSheet), 'every sheet made by the iframe').to.be.true;
          await until(() => player.engine!.currentTime > 0, 'playback');
          player.engine!.pause();
        });
      } finally {
        frame.remove();
      }
    });
  });

  describe('lifetime', () => {
    it('leaves no nodes or listeners behind after 1,000 connects and disconnects of a played player', async function () {
      this.timeout(120000);
      const counters = () =>
        executeServerCommand<{ nodes: number; jsEventListeners: number; documents: number }, undefined>('dom-counters');
      const player = await playerFixture();
      const holder = player.parentElement!;
      const cycle = async (play: boolean) => {
        player.remove();
        holder.append(player);
        await player.updateComplete;
        if (play) {
          await press(player);
          await until(() => !!player.engine && player.engine.currentTime > 0, 'playback');
        }
      };
      for (let round = 0; round < 5; round++) await cycle(true);
      player.remove();
      holder.append(player);
      await player.updateComplete;
      const before = await counters();
      for (let round = 0; round < 20; round++) await cycle(true);
      for (let round = 0; round < 1000; round++) await cycle(false);
      player.remove();
      holder.append(player);
      await player.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = await counters();
      expect(after.jsEventListeners - before.jsEventListeners, 'listeners').to.be.at.most(5);
      expect(after.nodes - before.nodes, 'DOM nodes').to.be.at.most(50);
      expect(document.querySelectorAll('style.vjs-styles-defaults, style[class^="vjs-styles"]'), 'no inline style elements').to.have.length(0);
    });
  });
});
