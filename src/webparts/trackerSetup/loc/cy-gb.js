define([], function () {
  return {
    Title: 'Gosod y traciwr',
    Intro: "Mae'r traciwr yn cadw ei ddata yn y rhestrau hyn ar y safle hwn. Mae angen pob colofn, pob mynegai a hanes fersiynau ar bob un.",
    Loading: "Wrthi'n gwirio rhestrau'r safle…",
    LoadFailed: "Nid oedd modd darllen rhestrau'r safle. Gwiriwch eich bod yn gallu agor tudalen Cynnwys y Safle, yna adnewyddwch y dudalen.",
    TableCaption: "Rhestrau'r traciwr",
    ColumnList: 'Rhestr',
    ColumnStatus: 'Statws',
    ColumnItems: 'Eitemau',
    ColumnDetails: 'Manylion',
    HealthOk: 'Yn barod',
    HealthMissing: 'Ar goll',
    HealthIncomplete: 'Angen sylw',
    MissingFields: 'Colofnau ar goll: {0}',
    WrongTypes: "Colofnau o'r math anghywir: {0}",
    MissingIndexes: 'Colofnau heb fynegai: {0}',
    VersioningOff: "Mae hanes fersiynau wedi'i ddiffodd.",
    WrongTemplateLibrary: "Dylai hon fod yn llyfrgell ddogfennau, ond rhestr yw hi: ailenwch hi ac ychwanegwch yr ap eto i greu'r llyfrgell.",
    WrongTemplateList: "Dylai hon fod yn rhestr, ond llyfrgell ddogfennau yw hi: ailenwch hi ac ychwanegwch yr ap eto i greu'r rhestr.",
    SummaryAllOk: "Mae pob un o'r {0} rhestr yn barod.",
    SummaryProblems: 'Mae angen sylw ar {0} o {1} rhestr.',
    HowToFix: "Ychwanegwch ap Performance Tracker at y safle hwn eto, neu rhedwch \u201cnpx tracker provision --site\u201d gyda chyfeiriad y safle hwn, i greu'r hyn sydd ar goll."
  };
});
