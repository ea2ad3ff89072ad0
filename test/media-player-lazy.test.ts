// In its own file, so this page has loaded no engine code before the test runs.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/media-player/define.js';

const engineRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /video-js-engine|\/video\.js\//.test(name));

describe('lede-media-player loading', () => {
  it('requests no engine code until play is pressed, then the engine module exactly once', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <lede-media-player media-title="Ferry vote" duration="8"
          ><video controls preload="none"><source src="/demo/media/ferry-vote.webm" type="video/webm" /></video
        ></lede-media-player>
        <lede-media-player media-title="Second video" duration="8"
          ><video controls preload="none"><source src="/demo/media/ferry-vote.webm" type="video/webm" /></video
        ></lede-media-player>
      </div>`,
    );
    const [first, second] = holder.querySelectorAll('lede-media-player');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(engineRequests()).to.deep.equal([]);

    first!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await first!.ready;
    second!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await second!.ready;
    expect(first!.engine && second!.engine).to.exist;
    expect(engineRequests().filter((name) => name.includes('video-js-engine'))).to.have.length(1);
    expect(engineRequests().some((name) => name.includes('/video.js/')), 'video.js itself came with it').to.be.true;
  });
});
