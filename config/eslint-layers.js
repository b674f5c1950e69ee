'use strict';
// The layers of ARCHITECTURE.md as lint rules: what may import what. `npm run lint` fails on a
// violation, and tests/project/layers.test.ts proves it does. The README's "Architecture"
// section says the same in words.

const OURS = ['domain', 'data', 'components', 'report', 'webparts', 'local', 'cli', 'reminders', 'teams'];

/** Every folder of ours but `allowed`, as `./src/<folder>` paths. */
function allBut(...allowed) {
  return OURS.filter((folder) => allowed.indexOf(folder) < 0).map((folder) => `./src/${folder}`);
}

const zones = [
  {
    target: './src/domain',
    from: allBut('domain'),
    message: 'src/domain imports nothing of ours: rules take plain data, and time is passed in.'
  },
  {
    target: './src/data',
    from: allBut('domain', 'data'),
    message: 'src/data imports only src/domain: it reads and writes domain values through PnPjs.'
  },
  {
    target: './src/components',
    from: allBut('domain', 'components'),
    message: 'Shared components import only src/domain: data and services come in as props.'
  },
  {
    target: './src/report',
    from: allBut('domain', 'data', 'report'),
    message: 'The report use case imports src/domain and src/data only, so every surface can call it.'
  },
  {
    target: './src/webparts',
    from: ['./src/local', './src/cli', './src/reminders'],
    message: 'Web parts never import local mode, the CLI or the reminder job: none of it may reach the .sppkg.'
  },
  {
    // Nothing imports a web part, with one named exception: the workbench client renders the
    // web parts' root components in local mode (src/local/workbench/client).
    target: ['./src/{domain,data,components,report,cli,reminders,teams}/**', './src/local/!(workbench)/**', './src/local/*', './src/local/workbench/*'],
    from: './src/webparts',
    message: 'Nothing imports a web part; only the workbench client (src/local/workbench/client) renders their root components.'
  },
  {
    target: './src/teams',
    from: allBut('teams'),
    message: 'src/teams (Teams app ids, activity types, deep links) imports nothing of ours: the reminder job, the web parts and the package step all read it.'
  },
  {
    target: './src/local',
    from: './src/cli',
    message: 'Local mode never imports the CLI; the CLI starts local mode.'
  },
  {
    target: './src/local/sharepointStore',
    from: [...allBut('local'), './src/local/workbench', './src/local/demoData', './src/local/trackerSite.ts'],
    message: 'The embedded store is a SharePoint stand-in that knows nothing of the tracker.'
  }
];

const PNP = { group: ['@pnp/*'], message: 'PnPjs lives in src/data: build SPFI with createSp and reach SharePoint through the repository.' };
const SPFX = { group: ['@microsoft/sp-*'], message: 'SPFx APIs belong to web part classes and their property panes (the composition root).' };
const UI = { group: ['react', 'react-dom', '@fluentui/*'], message: 'No UI below the components: src/data and src/domain render nothing.' };
const NODE = {
  group: ['fs', 'path', 'os', 'http', 'https', 'crypto', 'child_process', 'url', 'util', 'node:*'],
  message: 'src/domain runs in browsers too: no Node built-ins (and no clock: time is passed in).'
};

const restrict = (...patterns) => ['error', { patterns }];

const WEB_PART_CLASSES = ['src/webparts/*WebPart.ts', 'src/webparts/*/*WebPart.ts', 'src/webparts/*/propertyPane/**'];

module.exports = {
  plugins: ['import'],
  settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.d.ts'] } } },
  rule: ['error', { basePath: require('path').join(__dirname, '..'), zones }],
  overrides: [
    { files: ['src/**/*.ts', 'src/**/*.tsx'], excludedFiles: ['src/data/**', ...WEB_PART_CLASSES], rules: { 'no-restricted-imports': restrict(PNP, SPFX) } },
    { files: WEB_PART_CLASSES, rules: { 'no-restricted-imports': restrict(PNP) } },
    { files: ['src/data/**'], rules: { 'no-restricted-imports': restrict(SPFX, UI) } },
    { files: ['src/domain/**', 'src/teams/**'], rules: { 'no-restricted-imports': restrict(PNP, SPFX, UI, NODE) } }
  ]
};
