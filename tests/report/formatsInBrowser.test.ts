/**
 * @jest-environment node
 */
import { build } from 'esbuild';
import { join } from 'path';
import { gzipSync } from 'zlib';

jest.setTimeout(120_000);

/**
 * The Word and Excel writers as the dashboard loads them on export: each bundled for the browser
 * on its own, as its own chunk would be. A Node built-in anywhere in them fails the build; the
 * gzip size is held to a budget so a heavier writer is a decision, not an accident.
 */

const FORMATS = join(__dirname, '..', '..', 'src', 'report', 'formats');

async function browserChunk(module: string): Promise<number> {
  const result = await build({
    stdin: { contents: `export { ${module} } from './${module}';`, resolveDir: FORMATS, loader: 'ts' },
    bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent'
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

test.each([
  // docx is 74.6 KB of it; our sections, chart and PNG framing the rest.
  ['formatDocx', 95],
  // SheetJS (the import's already), and fflate to freeze the header rows.
  ['formatXlsx', 125]
])('%s bundles for the browser with no Node built-ins, within %i KB gzip', async (module, budgetKb) => {
  expect(await browserChunk(module)).toBeLessThanOrEqual((budgetKb as number) * 1024);
});
