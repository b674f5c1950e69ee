import { Quarter, ReportedStatus, ReviewState, Update } from '../../../src/domain/model';
import { countedUpdates, decodeReportedStatuses, encodeReportedStatuses, ReportedQuarter } from '../../../src/domain/reporting/reportedStatuses';
import { actionStatusForPeriod } from '../../../src/domain/status';

function update(key: string, status: ReportedStatus, reviewState: ReviewState = 'Approved', progress: string | undefined = 'On track', submittedOn?: string): Update {
  const [financialYear, quarter] = key.split(' ');
  return { actionRef: '1.a.', financialYear, quarter: quarter as Quarter, status, reviewState, progress, submittedOn };
}

describe('an action’s reported statuses, as its ReportedStatuses column holds them', () => {
  test.each<[string, Update[], string]>([
    ['no updates: none', [], 'none'],
    ['drafts and returned updates do not count', [update('2017-18 Q1', 'Green', 'Draft'), update('2017-18 Q2', 'Red', 'Returned')], 'none'],
    ['one approved quarter', [update('2017-18 Q4', 'Green')], '2017-18 Q4:G'],
    ['submitted counts as approved does', [update('2018-19 Q1', 'Amber', 'Submitted')], '2018-19 Q1:A'],
    ['every status letter, across a year end',
      [update('2017-18 Q3', 'Blue'), update('2017-18 Q4', 'Green'), update('2018-19 Q1', 'Amber'), update('2018-19 Q2', 'Red'), update('2018-19 Q3', 'NotDue'), update('2018-19 Q4', 'Withdrawn')],
      '2017-18 Q3:BGARNW'],
    ['a quarter without a counting update is a dot', [update('2017-18 Q1', 'Green'), update('2017-18 Q2', 'Red', 'Draft'), update('2017-18 Q3', 'Amber')], '2017-18 Q1:G.A'],
    ['no commentary: lower case', [update('2017-18 Q1', 'Red', 'Approved', ''), update('2017-18 Q2', 'Red', 'Approved', '   ')], '2017-18 Q1:rr'],
    ['the latest submitted of a quarter counts',
      [update('2018-19 Q1', 'Red', 'Submitted', 'First', '2018-07-02T09:00:00Z'), update('2018-19 Q1', 'Green', 'Approved', 'Second', '2018-07-09T09:00:00Z')], '2018-19 Q1:G'],
    ['in any order given', [update('2018-19 Q2', 'Green'), update('2017-18 Q4', 'Amber')], '2017-18 Q4:A.G']
  ])('%s', (_case, updates, expected) => {
    expect(encodeReportedStatuses(updates)).toBe(expected);
  });

  test.each<[string, string | undefined, ReportedQuarter[]]>([
    ['nothing', undefined, []],
    ['empty', '', []],
    ['none counts', 'none', []],
    ['unreadable text', 'Green', []],
    ['quarters from the first, skipping dots',
      '2017-18 Q4:G.r', [
        { period: { financialYear: '2017-18', quarter: 'Q4' }, status: 'Green', commentary: true },
        { period: { financialYear: '2018-19', quarter: 'Q2' }, status: 'Red', commentary: false }
      ]]
  ])('read back: %s', (_case, text, expected) => {
    expect(decodeReportedStatuses(text)).toEqual(expected);
  });

  test('the report judges the counted updates as it judges the updates they came from', () => {
    const updates = [
      update('2017-18 Q2', 'Blue'), update('2017-18 Q3', 'Amber', 'Returned'), update('2017-18 Q4', 'Red', 'Submitted', ''),
      update('2018-19 Q1', 'Green', 'Draft'), update('2018-19 Q2', 'Withdrawn')
    ];
    const periods = ['2017-18 Q1', '2017-18 Q2', '2017-18 Q3', '2017-18 Q4', '2018-19 Q1', '2018-19 Q2', '2018-19 Q3'].map((key) => {
      const [financialYear, quarter] = key.split(' ');
      return { financialYear, quarter: quarter as Quarter };
    });
    const counted = countedUpdates('1.a.', decodeReportedStatuses(encodeReportedStatuses(updates)), periods);
    const action = { ref: '1.a.', objectiveRef: '1', title: 'A', owner: { name: 'Jan' }, delegates: [] };
    const context = { updatesDue: '2019-01-15', asOf: '2019-02-01' };
    periods.forEach((period) => {
      expect([period, actionStatusForPeriod(action, counted, period, context)]).toEqual([period, actionStatusForPeriod(action, updates, period, context)]);
    });
    expect(counted.map((entry) => !!entry.progress)).toEqual([true, false, true]);
  });

  test('counted updates keep only the periods asked for', () => {
    const quarters = decodeReportedStatuses('2017-18 Q3:GAR');
    expect(countedUpdates('1.a.', quarters, [{ financialYear: '2017-18', quarter: 'Q4' }]).map((entry) => entry.status)).toEqual(['Amber']);
  });
});
