import type { ExportLabels } from './exportLabels';

/**
 * The exports' words in Welsh, following src/components/loc/GLOSSARY-cy.md and the My updates
 * web part's Welsh strings (statuses, RAG, trend, "Gwell pan fo'r gwerth"), so that every surface
 * says the same thing. Like the glossary, not yet checked by a Welsh-language officer.
 */
export const CY_LABELS: ExportLabels = {
  lang: 'cy-GB',
  intlLocale: 'cy',
  quarters: ['Ch1', 'Ch2', 'Ch3', 'Ch4'],
  statusAsAt: (date) => `Statws ar ${date}.`,
  section: {
    headlines: 'Penawdau', atAGlance: 'Cipolwg ar y statws', chart: 'Cipolwg ar y statws fel siart', challenges: 'Her perfformiad',
    measures: 'Mesurau', overdue: 'Yn hwyr', risks: 'Risgiau'
  },
  none: {
    headlines: "Dim penawdau y chwarter hwn.", challenges: 'Nid oes heriau perfformiad y chwarter hwn.', overdue: "Nid oes dim yn hwyr.",
    risks: "Nid oes risgiau'n gysylltiedig â blaenoriaethau'r cynllun hwn.", measures: "Nid oes gan y cynllun hwn fesurau ar gyfer y flwyddyn."
  },
  bucket: {
    Blue: 'Glas', Green: 'Gwyrdd', Amber: 'Ambr', Red: 'Coch', NoUpdate: 'Heb ddiweddariad', NotDue: 'Ddim yn ddyledus',
    Withdrawn: "Wedi'i dynnu'n ôl", NoTarget: 'Heb ei raddio', NoData: 'Dim data'
  },
  actionStatus: {
    Blue: 'Glas', Green: 'Gwyrdd', Amber: 'Ambr', Red: 'Coch', NoUpdate: 'Heb ddiweddariad', NotDue: 'Ddim yn ddyledus',
    Withdrawn: "Wedi'i dynnu'n ôl", AwaitingUpdate: 'Yn aros am ddiweddariad'
  },
  rag: { Green: 'Gwyrdd', Amber: 'Ambr', Red: 'Coch', NoTarget: 'Heb ei raddio', NoData: 'Dim data', NotDue: 'Ddim yn ddyledus eto' },
  trend: { improving: '↑ yn gwella', worsening: '↓ yn gwaethygu', unchanged: '↔ dim newid', none: 'dim tuedd' },
  polarity: { High: "gwell pan fo'r gwerth yn uwch", Low: "gwell pan fo'r gwerth yn is", Band: 'o fewn y band' },
  severity: { critical: 'hollbwysig', important: 'pwysig' },
  itemType: { action: 'cam gweithredu', measure: 'mesur', milestone: 'carreg filltir' },
  riskTrend: { New: 'newydd', Up: 'yn codi', Down: 'yn gostwng', Same: 'dim newid' },
  column: {
    objective: 'Amcan', actions: 'Camau gweithredu', measures: 'Mesurau', total: 'Cyfanswm', percent: '%', exactPercent: '% union',
    count: 'Nifer', of: 'Allan o', bucket: 'Statws', group: "Beth a gyfrifwyd", ref: 'Cyf.', title: 'Teitl', owner: 'Perchennog',
    status: 'Statws', dueDate: 'Dyddiad dyledus', overdue: 'Yn hwyr', severity: 'Difrifoldeb', item: 'Eitem', itemType: 'Math o eitem',
    reason: 'Rheswm', managementResponse: 'Ymateb y tîm rheoli', daysOverdue: 'Diwrnodau yn hwyr', polarity: 'Pegynedd', unit: 'Uned',
    comparator: 'Cymharydd', priorYear: "Y flwyddyn flaenorol", target: 'Targed', quarter: 'Chwarter', value: 'Gwerth', rag: 'RAG',
    trend: 'Tuedd', note: 'Nodyn', challenge: 'Her', measure: 'Mesur', likelihood: 'Tebygolrwydd', impact: 'Effaith', score: 'Sgôr',
    mitigation: 'Lliniaru', portfolioHolder: "Deiliad y portffolio", risk: 'Risg'
  },
  yes: 'Ydy',
  no: 'Nac ydy',
  sheet: { atAGlance: 'Cipolwg ar y statws', actions: 'Camau gweithredu', measures: 'Mesurau', challenges: 'Her perfformiad', overdue: 'Yn hwyr', risks: 'Risgiau' },
  chart: {
    actionsTitle: 'Camau gweithredu yn ôl statws',
    measuresTitle: 'Mesurau yn ôl RAG',
    alt: (title, period, rows) => `Siart bar wedi'i bentyrru, un bar i bob amcan: ${title}, ${period}. ${rows.join(' ')} Mae'r tabl cipolwg ar y statws yn rhoi'r un niferoedd.`,
    row: (objective, counts) => `${objective}: ${counts}.`,
    key: (entries) => `Allwedd: ${entries.join('; ')}.`,
    pattern: {
      solid: 'solet', diagonal: 'llinellau croeslin', backDiagonal: 'llinellau croeslin tuag yn ôl', horizontal: 'llinellau llorweddol',
      vertical: 'llinellau fertigol', dots: 'dotiau', cross: 'croeslinellu', grid: 'grid'
    }
  }
};
