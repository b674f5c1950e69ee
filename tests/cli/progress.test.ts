import { Writable } from 'stream';
import { progressOnStderr } from '../../src/cli/progress';

/** A stream that records what was written, and says whether it is a terminal. */
function stream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      (sink as unknown as { written: string }).written += chunk.toString();
      done();
    }
  }) as unknown as NodeJS.WriteStream & { written: string };
  sink.written = '';
  Object.assign(sink, { isTTY, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return sink;
}

describe('progress on stderr', () => {
  test.each([
    ['a terminal, after more than a second', true, 1500, true],
    ['a terminal, within the first second', true, 900, false],
    ['a pipe or a CI log, however long it takes', false, 60_000, false]
  ])('on %s: bar shown %s', (_case, isTTY, elapsed, shown) => {
    let now = 0;
    const out = stream(isTTY);
    const progress = progressOnStderr('Importing demo.csv', out, () => now);
    progress.update(0, 1000);
    now = elapsed;
    progress.update(500, 1000);
    progress.stop();
    expect(out.written.indexOf('Importing demo.csv') >= 0).toBe(shown);
    if (shown) expect(out.written).toMatch(/500\/1000/);
  });
});
