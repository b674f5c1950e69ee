define([], function () {
  return {
    DueList: {
      Title: 'Fy ngherrig milltir',
      Loading: "Wrthi'n llwytho'r hyn sy'n ddyledus gennych…",
      Retry: 'Rhowch gynnig arall arni',
      Overdue: 'Yn hwyr',
      DueSoon: 'Yn ddyledus yn ystod y 30 diwrnod nesaf',
      PlanHeading: 'Cynllun: {0}',
      Due: 'Erbyn {0}',
      DaysOverdue: { zero: '{0} diwrnod yn hwyr', one: '{0} diwrnod yn hwyr', two: '{0} ddiwrnod yn hwyr', other: '{0} diwrnod yn hwyr' },
      DueInDays: { zero: 'Yn ddyledus ymhen {0} diwrnod', one: 'Yn ddyledus ymhen {0} diwrnod', two: 'Yn ddyledus ymhen {0} ddiwrnod', other: 'Yn ddyledus ymhen {0} diwrnod' },
      DueToday: 'Yn ddyledus heddiw',
      Nothing: "Does dim byd o'ch eiddo yn hwyr nac yn ddyledus yn ystod y 30 diwrnod nesaf.",
      NextUpdates: "Mae eich diweddariadau chwarterol nesaf, ar gyfer {0}, yn ddyledus ar {1}."
    },
    DueKind: {
      Milestone: 'Carreg filltir',
      ActionEnd: 'Dyddiad gorffen y cam gweithredu',
      UpdateOwed: 'Diweddariad chwarterol ar gyfer {0}',
      ChangeRequest: 'Cais gan {0} i newid dyddiad cau'
    },
    DueStatus: {
      NotDone: 'Heb ei chwblhau',
      AwaitingDecision: 'Yn aros am eich penderfyniad'
    },
    QuickAction: {
      MarkDone: "Marcio'n gyflawn",
      WriteUpdate: "Ysgrifennu'r diweddariad",
      AskDeadline: 'Gofyn am newid dyddiad cau',
      Decide: 'Penderfynu',
      UpdateSent: "Mae eich diweddariad ar gyfer {0} wedi'i anfon.",
      ActionGone: "Nid chi sy'n diweddaru cam gweithredu {0} mwyach."
    },
    DeepLink: {
      Showing: { zero: "Yn dangos {0} eitem o'ch nodyn atgoffa.", one: "Yn dangos {0} eitem o'ch nodyn atgoffa.", two: "Yn dangos {0} eitem o'ch nodyn atgoffa.", other: "Yn dangos {0} eitem o'ch nodyn atgoffa." },
      Stale: "Nid yw'r eitemau yn y nodyn atgoffa hwn yn ddyledus mwyach: efallai eu bod wedi'u gwneud yn barod."
    }
  };
});
