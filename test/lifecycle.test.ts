import { expect } from '@open-wc/testing';
import '../src/index.js';
import { recordWarnings } from './helpers/console.js';
import { CYCLES, SAMPLES, counters, measure } from './hostile/lifecycle-harness.js';

/**
 * 1,000 connect/disconnect cycles of each element (helpers and measures in
 * hostile/lifecycle-harness.ts); lifecycle-in-use.test.ts repeats them with a reader's action in
 * every cycle (a picture enlarged, a size picked, the player played).
 */

describe(`lifecycle: ${CYCLES} connect/disconnect cycles`, function () {
  this.timeout(180000);
  recordWarnings();

  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
    if (!document.documentElement.getAttribute('style')) document.documentElement.removeAttribute('style');
  });

  it('the counters see a leak (control: one listener and one node kept per cycle)', async () => {
    const kept: Node[] = [];
    const before = await counters();
    for (let index = 0; index < CYCLES; index++) {
      const node = document.createElement('span');
      node.addEventListener('click', () => undefined);
      kept.push(node);
    }
    const after = await counters();
    expect(after.nodes - before.nodes).to.be.at.least(CYCLES);
    expect(after.jsEventListeners - before.jsEventListeners).to.be.at.least(CYCLES);
    expect(kept.length).to.equal(CYCLES);
  });

  for (const tag of Object.keys(SAMPLES)) {
    it(`<${tag}> grows no nodes and no listeners`, async () => {
      const start = performance.now();
      await measure(tag);
      console.log(`<${tag}>: ${CYCLES} cycles in ${Math.round(performance.now() - start)} ms`);
    });
  }
});
