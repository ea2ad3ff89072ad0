// Rewrites test/transcripts/*.txt from what the screen reader says today:
//   npx wtr --config test/transcripts/refresh.config.mjs
// Then read the diff: a fixture says what a reader SHOULD hear, so keep no defect in it.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import base from '../../web-test-runner.config.mjs';

const folder = resolve('test/transcripts');

function transcriptsWriter() {
  return {
    name: 'lede-transcripts-writer',
    async executeCommand({ command, payload }) {
      if (command === 'lede-transcripts-refresh') return true;
      if (command === 'lede-transcripts-write') {
        if (!/^[a-z-]+\.txt$/.test(payload.file)) throw new Error(`not a transcript file: ${payload.file}`);
        await writeFile(resolve(folder, payload.file), payload.text);
        return true;
      }
      return undefined;
    },
  };
}

export default {
  ...base,
  files: 'test/screen-reader.test.ts',
  coverage: false,
  plugins: [transcriptsWriter(), ...base.plugins],
};
