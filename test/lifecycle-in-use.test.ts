import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { MediaEngineLoader } from '../src/media-player/engine/media-engine.js';
import type { LedeMediaPlayer } from '../src/media-player/media-player.js';
import { recordWarnings } from './helpers/console.js';
import { scriptedEngineLoader } from './helpers/scripted-engine.js';
import { CYCLES, measure } from './hostile/lifecycle-harness.js';

/** 1,000 cycles of connecting, using and disconnecting an element: nothing may grow (see lifecycle.test.ts). */

describe(`lifecycle in use: ${CYCLES} cycles, each with a reader's action`, function () {
  this.timeout(180000);
  recordWarnings();

  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
    if (!document.documentElement.getAttribute('style')) document.documentElement.removeAttribute('style');
  });

  it('<lede-figure> opened and closed each cycle grows nothing', async () => {
    await measure('lede-figure', async (figure) => {
      figure.shadowRoot!.querySelector<HTMLButtonElement>('[part~="enlarge"]')!.click();
      await figure.updateComplete;
      figure.shadowRoot!.querySelector('dialog')!.close();
      await figure.updateComplete;
    });
  });

  it('<lede-text-size> with a size picked each cycle grows nothing', async () => {
    await measure('lede-text-size', async (switcher) => {
      const radios = switcher.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[radios.length - 1]!.click();
      radios[0]!.click();
      await switcher.updateComplete;
    });
  });

  it('<lede-media-player> played on the scripted engine each cycle grows nothing, and each engine is disposed', async () => {
    // Counted, not kept: keeping the engines would keep their media elements alive.
    let created = 0;
    let disposed = 0;
    const loader: MediaEngineLoader = async () => {
      const create = await scriptedEngineLoader().load();
      return async (options) => {
        const engine = await create(options);
        created++;
        const dispose = engine.dispose.bind(engine);
        engine.dispose = () => {
          disposed++;
          dispose();
        };
        return engine;
      };
    };
    await measure(
      'lede-media-player',
      async (element) => {
        const player = element as unknown as LedeMediaPlayer;
        player.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.click();
        await player.ready;
        await player.updateComplete;
        expect(player.engine, 'the player is playing').to.exist;
      },
      (element) => {
        (element as unknown as LedeMediaPlayer).engineLoader = loader;
      },
    );
    expect(created, 'an engine each cycle').to.equal(CYCLES + 10);
    expect(disposed, 'every engine disposed on removal').to.equal(created);
  });
});
