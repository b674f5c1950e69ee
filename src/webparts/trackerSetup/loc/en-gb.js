define([], function () {
  return {
    Title: 'Tracker setup',
    Intro: 'The tracker keeps its data in these lists on this site. Each needs every column, index and its version history.',
    Loading: "Checking the site's lists…",
    LoadFailed: "The site's lists could not be read. Check that you can open this site's Site contents page, then refresh.",
    TableCaption: "The tracker's lists",
    ColumnList: 'List',
    ColumnStatus: 'Status',
    ColumnItems: 'Items',
    ColumnDetails: 'Details',
    HealthOk: 'Ready',
    HealthMissing: 'Missing',
    HealthIncomplete: 'Needs attention',
    MissingFields: 'Missing columns: {0}',
    WrongTypes: 'Columns of the wrong type: {0}',
    MissingIndexes: 'Columns without an index: {0}',
    VersioningOff: 'Version history is off.',
    WrongTemplateLibrary: 'This should be a document library, but it is a list: rename it and add the app again to create the library.',
    WrongTemplateList: 'This should be a list, but it is a document library: rename it and add the app again to create the list.',
    SummaryAllOk: 'All {0} lists are ready.',
    SummaryProblems: '{0} of {1} lists need attention.',
    HowToFix: "Add the Performance Tracker app to this site again, or run \u201cnpx tracker provision --site\u201d with this site's address, to create what is missing."
  };
});
