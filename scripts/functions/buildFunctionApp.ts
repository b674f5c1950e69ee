import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

/**
 * Builds the reminder job's Azure Functions app (Node, programming model v4) as zip deploy takes
 * it (README "Reminders"): `host.json`, a `package.json` whose `main` is the bundled job, and the
 * bundle itself, one file with every dependency in it, so the app needs no `npm install` on
 * Azure. `@azure/functions-core` stays out: the Functions host provides it.
 *   npm run package:reminders  →  release/reminders-function/ and release/performance-tracker-reminders.zip
 */

const ROOT = join(__dirname, '..', '..');
export const FUNCTION_APP_DIR = join(ROOT, 'release', 'reminders-function');
export const FUNCTION_APP_ZIP = join(ROOT, 'release', 'performance-tracker-reminders.zip');

/** The Consumption plan's longest timeout; the job stops starting new work a minute before (REMINDER_TIME_LIMIT_SECONDS). */
const HOST_JSON = {
  version: '2.0',
  functionTimeout: '00:10:00',
  logging: { logLevel: { default: 'Information' }, applicationInsights: { samplingSettings: { isEnabled: false } } },
  extensionBundle: { id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' }
};

function packageJson(): object {
  const project = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return {
    name: 'performance-tracker-reminders',
    version: project.version,
    description: 'Performance Tracker for Microsoft 365: the reminder job (an Azure Functions timer trigger).',
    main: 'dist/index.js',
    engines: { node: '>=20' },
    dependencies: {}
  };
}

export async function buildFunctionApp(outDir: string = FUNCTION_APP_DIR, zipFile: string = FUNCTION_APP_ZIP): Promise<{ bundleBytes: number; zipBytes: number; gzipBytes: number }> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'dist'), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'src', 'reminders', 'functions', 'reminderTimer.ts')],
    outfile: join(outDir, 'dist', 'index.js'),
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['@azure/functions-core'],
    legalComments: 'linked',
    logLevel: 'warning'
  });
  writeFileSync(join(outDir, 'host.json'), `${JSON.stringify(HOST_JSON, undefined, 2)}\n`);
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(packageJson(), undefined, 2)}\n`);
  const bundle = readFileSync(join(outDir, 'dist', 'index.js'));
  const files: Record<string, Uint8Array> = {
    'host.json': readFileSync(join(outDir, 'host.json')),
    'package.json': readFileSync(join(outDir, 'package.json')),
    'dist/index.js': bundle
  };
  const legal = join(outDir, 'dist', 'index.js.LEGAL.txt');
  try {
    files['dist/index.js.LEGAL.txt'] = readFileSync(legal);
  } catch {
    // No licence comments to keep.
  }
  const zip = zipSync(files, { level: 9 });
  writeFileSync(zipFile, zip);
  return { bundleBytes: bundle.length, zipBytes: zip.length, gzipBytes: gzipSync(bundle).length };
}

if (require.main === module) {
  buildFunctionApp().then((sizes) => {
    const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`Reminder Function app: ${relative(ROOT, FUNCTION_APP_DIR)} (bundle ${kb(sizes.bundleBytes)}, ${kb(sizes.gzipBytes)} gzip) → ${relative(ROOT, FUNCTION_APP_ZIP)} (${kb(sizes.zipBytes)})`);
  }).catch((error: Error) => {
    console.error(`The reminder Function app did not build: ${error.message}`);
    process.exit(1);
  });
}
