import { ActionImportRow, ImportParseResult, MeasureImportRow, planYearsFromRows } from '../../../src/domain/import';

function actionRow(plan: string, extra: { start?: string; end?: string; updateYear?: string }): ActionImportRow {
  return {
    rowNumber: 2, plan, objectiveRef: '1', objectiveTitle: 'Objective',
    action: { ref: '1.a.', objectiveRef: '1', title: 'Action', owner: { name: 'IB' }, delegates: [], startDate: extra.start, endDate: extra.end },
    update: extra.updateYear ? { actionRef: '1.a.', financialYear: extra.updateYear, quarter: 'Q4', status: 'Green', reviewState: 'Approved' } : undefined
  };
}

function measureRow(plan: string, financialYear: string): MeasureImportRow {
  return {
    rowNumber: 2, plan, objectiveRef: '1',
    measure: {
      ref: 'M1', objectiveRef: '1', title: 'Measure', financialYear, unit: '%', polarity: 'High', frequency: 'Quarterly',
      aggregation: 'InQuarter', tolerance: { kind: 'percent', amount: 10 }
    },
    values: []
  };
}

const actions = (...rows: ActionImportRow[]): ImportParseResult => ({ kind: 'actions', rows, errors: [], warnings: [] });
const measures = (...rows: MeasureImportRow[]): ImportParseResult => ({ kind: 'measures', rows, errors: [], warnings: [] });

describe('the years a plan created by an import covers', () => {
  test.each<[string, ImportParseResult, string[]]>([
    ['an update’s year', actions(actionRow('SEP', { updateYear: '2017-18' })), ['2017-18']],
    ['start and end dates across the year end', actions(actionRow('SEP', { start: '2016-04-01', end: '2020-03-31' })), ['2016-17', '2019-20']],
    ['31 March belongs to the year before', actions(actionRow('SEP', { end: '2019-03-31' })), ['2018-19']],
    ['1 April starts a new year', actions(actionRow('SEP', { end: '2019-04-01' })), ['2019-20']],
    ['several rows, earliest first, each year once', actions(actionRow('SEP', { updateYear: '2018-19' }), actionRow('SEP', { start: '2017-06-01', end: '2018-06-30' })), ['2017-18', '2018-19']],
    ['another plan’s rows are not this plan’s', actions(actionRow('Other', { updateYear: '2015-16' }), actionRow('SEP', { updateYear: '2017-18' })), ['2017-18']],
    ['measures’ financial years', measures(measureRow('SEP', '2018-19'), measureRow('SEP', '2016-17')), ['2016-17', '2018-19']],
    ['no dated row', actions(actionRow('SEP', {})), []],
    ['a milestones file gives none', { kind: 'milestones', rows: [], errors: [], warnings: [] }, []]
  ])('%s → %j', (_case, parsed, expected) => {
    expect(planYearsFromRows(parsed, 'SEP')).toEqual(expected);
  });
});
