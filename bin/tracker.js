#!/usr/bin/env node
'use strict';
// `npx tracker …`: runs the TypeScript CLI on the project's own Node 22 (npm puts it first on
// PATH for npx and npm scripts). If an older Node started this file directly, hand over to the
// bundled one rather than fail on a missing node:sqlite.
const { spawnSync } = require('child_process');
const path = require('path');

const major = Number(process.versions.node.split('.')[0]);
if (major < 22 && process.env.TRACKER_NODE_HANDOVER) {
  console.error(`tracker needs Node 22 (this is ${process.version}); run \`npm ci\` so the project's own Node is installed.`);
  process.exit(1);
}
if (major < 22) {
  const binDir = path.join(__dirname, '..', 'node_modules', '.bin');
  const env = { ...process.env, TRACKER_NODE_HANDOVER: '1', PATH: `${binDir}${path.delimiter}${process.env.PATH || ''}` };
  const result = spawnSync('node', [__filename, ...process.argv.slice(2)], { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.error) {
    console.error(`tracker needs Node 22 (this is ${process.version}); run \`npm ci\` so the project's own Node is installed.`);
  }
  process.exit(result.status === null ? 1 : result.status);
}

let cli;
try {
  require('tsx/cjs');
  // The repository loads rarely used code with import() (the import writer, evidence uploads),
  // which Node resolves through its ES module loader: tsx must hook that loader too.
  require('tsx/esm/api').register();
  cli = require('../src/cli/main.ts');
} catch (error) {
  console.error(`tracker could not start: ${error && error.message ? error.message : String(error)}`);
  process.exit(1);
}
cli.main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exitCode = 1;
  }
);
