import { build } from 'esbuild';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * Builds the workbench's browser bundle of a web part's root component (My updates, the dashboard, Tracker setup) (React, Fluent UI,
 * PnPjs, the repository: the very modules the SPFx bundle holds) with esbuild, in memory.
 * SPFx's gulp build makes the .sppkg; this makes the same components runnable without a tenant.
 */
export type ClientPage = 'myUpdatesPage' | 'dashboardPage' | 'trackerSetupPage' | 'myMilestonesPage';

export async function buildClientBundle(entry: ClientPage = 'myUpdatesPage'): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'local', 'workbench', 'client', `${entry}.tsx`)],
    tsconfig: join(ROOT, 'tsconfig.workbench.json'),
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  return result.outputFiles[0].text;
}
