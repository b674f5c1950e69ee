/**
 * @jest-environment node
 */
import { ESLint } from 'eslint';
import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The layers of ARCHITECTURE.md are enforced by lint (config/eslint-layers.js): each row adds one
 * import to a real file of that layer and expects `npm run lint`'s configuration to refuse it, or,
 * for the allowed imports, to accept it. The file's own text is linted as it is in the tree, so
 * only the added line can be at fault.
 */

const ROOT = join(__dirname, '..', '..');
/**
 * Lints text that is not what is on disk, so the typed parser must parse that text: with `CI=true`
 * typescript-eslint would otherwise infer a single run and take each file's first parse from its
 * program, built from disk (the added import unseen). `import/no-unresolved` too, so an import the
 * resolver cannot find says so instead of passing every layer rule by default.
 */
const options: ESLint.LegacyOptions = {
  cwd: ROOT,
  overrideConfig: { parserOptions: { disallowAutomaticSingleRunInference: true }, rules: { 'import/no-unresolved': 'error' } }
};
// ESLint 8's ESLint class reads .eslintrc options (LegacyOptions); @types/eslint 9 names its flat-config ones.
const eslint = new ESLint(options as ESLint.Options);

async function importProblems(file: string, importLine: string): Promise<string[]> {
  const path = join(ROOT, file);
  const text = `${importLine}\n${readFileSync(path, 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: path });
  return result.messages
    .filter((message) => message.line === 1)
    .map((message) => message.ruleId || message.message);
}

const REFUSED = 'import/no-restricted-paths';
const REFUSED_PACKAGE = 'no-restricted-imports';
const ALLOWED = undefined;
const LAYER_RULES = [REFUSED, REFUSED_PACKAGE];

describe('lint enforces the layers', () => {
  test.each<[string, string, string, string | undefined]>([
    ['domain imports data', 'src/domain/periods.ts', "import { LISTS } from '../data/schema';", REFUSED],
    ['domain imports a shared component', 'src/domain/reporting/headlines.ts', "import { formatString } from '../../components/formatString';", REFUSED],
    ['domain imports PnPjs', 'src/domain/periods.ts', "import { spfi } from '@pnp/sp';", REFUSED_PACKAGE],
    ['domain imports React', 'src/domain/periods.ts', "import * as React from 'react';", REFUSED_PACKAGE],
    ['domain imports a Node built-in', 'src/domain/periods.ts', "import { readFileSync } from 'fs';", REFUSED_PACKAGE],
    ['data imports the report use case', 'src/data/people.ts', "import { loadReport } from '../report/loadReport';", REFUSED],
    ['data imports a web part', 'src/data/people.ts', "import { MyUpdates } from '../webparts/myUpdates/components/MyUpdates';", REFUSED],
    ['data imports an SPFx package', 'src/data/people.ts', "import { Version } from '@microsoft/sp-core-library';", REFUSED_PACKAGE],
    ['a shared component imports data', 'src/components/formatString.ts', "import { LISTS } from '../data/schema';", REFUSED],
    ['a web part component imports PnPjs', 'src/webparts/myUpdates/components/ProgressSummary.tsx', "import { spfi } from '@pnp/sp';", REFUSED_PACKAGE],
    ['a web part component imports SPFx', 'src/webparts/myUpdates/components/ProgressSummary.tsx', "import { Version } from '@microsoft/sp-core-library';", REFUSED_PACKAGE],
    ['a web part imports local mode', 'src/webparts/myUpdates/components/ProgressSummary.tsx', "import { DEMO_PEOPLE } from '../../../local/workbench/demoPeople';", REFUSED],
    ['a web part imports the CLI', 'src/webparts/myUpdates/components/ProgressSummary.tsx', "import { main } from '../../../cli/main';", REFUSED],
    ['a web part class builds PnPjs itself', 'src/webparts/trackerSetup/TrackerSetupWebPart.ts', "import { spfi } from '@pnp/sp';", REFUSED_PACKAGE],
    ['the CLI imports a web part', 'src/cli/main.ts', "import { MyUpdates } from '../webparts/myUpdates/components/MyUpdates';", REFUSED],
    ['the Teams module imports data', 'src/teams/deepLinks.ts', "import { LISTS } from '../data/schema';", REFUSED],
    ['the Teams module imports a Node built-in', 'src/teams/deepLinks.ts', "import { readFileSync } from 'fs';", REFUSED_PACKAGE],
    ['the Teams module imports a web part', 'src/teams/deepLinks.ts', "import { MyUpdates } from '../webparts/myUpdates/components/MyUpdates';", REFUSED],
    ['local mode imports the CLI', 'src/local/workbench/pages.ts', "import { main } from '../../cli/main';", REFUSED],
    ['a workbench page (not the client) imports a web part', 'src/local/workbench/pages.ts', "import { MyUpdates } from '../../webparts/myUpdates/components/MyUpdates';", REFUSED],
    ['the store imports the schema', 'src/local/sharepointStore/database.ts', "import { LISTS } from '../../data/schema';", REFUSED],
    ['the store imports the domain', 'src/local/sharepointStore/database.ts', "import { QUARTERS } from '../../domain/model';", REFUSED],
    ['the store imports local mode’s demo data', 'src/local/sharepointStore/database.ts', "import { DEMO_DATA_DIR } from '../demoData/loadDemoData';", REFUSED],
    ['a web part class imports SPFx', 'src/webparts/trackerSetup/TrackerSetupWebPart.ts', "import { DisplayMode } from '@microsoft/sp-core-library';", ALLOWED],
    ['a property pane imports SPFx', 'src/webparts/myUpdates/propertyPane/MyUpdatesPropertyPane.ts', "import { PropertyPaneToggle } from '@microsoft/sp-property-pane';", ALLOWED],
    ['the workbench client renders a web part’s root component', 'src/local/workbench/client/myUpdatesPage.tsx', "import { ItemGroups } from '../../../webparts/myUpdates/components/ItemGroups';", ALLOWED],
    ['a web part imports the report use case', 'src/webparts/myUpdates/components/ProgressSummary.tsx', "import { loadReport } from '../../../report/loadReport';", ALLOWED],
    ['the report imports data', 'src/report/loadReport.ts', "import { LISTS } from '../data/schema';", ALLOWED],
    ['data imports the domain', 'src/data/people.ts', "import { QUARTERS } from '../domain/model';", ALLOWED]
  ])('%s → %s', async (_case, file, importLine, refusedBy) => {
    const problems = await importProblems(file, importLine);
    expect(problems).not.toContain('import/no-unresolved');
    const layerProblems = problems.filter((rule) => LAYER_RULES.indexOf(rule) >= 0);
    if (refusedBy) {
      expect(layerProblems).toContain(refusedBy);
    } else {
      expect(layerProblems).toEqual([]);
    }
  }, 60000);
});
