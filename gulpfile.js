'use strict';

// SPFx 1.23 with the gulp toolchain (see ../shared/TOOLCHAIN.md). npm scripts put the project's
// own Node 22 first on PATH; this line shows which Node ran the build.
console.log(`[gulpfile] node ${process.version} (${process.execPath})`);

const build = require('@microsoft/sp-build-web');

// A solution whose only feature is the list schema has no bundles, and a --ship build fails on
// any warning, including webpack's "no entries". Accept that only while there are no bundles.
const hasBundles = Object.keys(require('./config/config.json').bundles).length > 0;
if (!hasBundles) {
  build.addSuppression('Warning - [configure-webpack] No entries are defined, so no bundles will be produced.');
}

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
