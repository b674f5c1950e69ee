// `npm start` will run local mode (`tracker serve`): the embedded SharePoint store seeded with the
// councils' demo plans, and the workbench at http://localhost:4321. Those parts are not in this
// build yet, so say what is here and what is missing instead of pretending.
console.error(`Local mode is not available in this build.

It needs two parts that are not built yet:
  - the embedded SharePoint store (a local stand-in for SharePoint Online's REST API), and
  - the tracker command line with the demo plans transcribed from the seed councils' documents.

What works now:
  npm test          the domain rules, list schema and web part tests
  npm run package   builds sharepoint/solution/performance-tracker.sppkg for a tenant's app catalog`);
process.exit(1);
