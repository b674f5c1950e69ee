import { ActionStatus } from '../../../src/domain/model';
import { reportActionRows } from '../../../src/domain/reporting/actionRows';
import { action, update } from './reportBuilders';

const PERIOD = { financialYear: '2017-18', quarter: 'Q4' as const };

describe('the report’s action rows (CSV and Excel data)', () => {
  const actions = [
    action('1.a.', '1', { owner: { name: 'IB' }, endDate: '2018-03-31' }),
    action('1.b.', '1', { owner: { name: 'Jan Coles', email: 'jan@council.example' }, endDate: '2018-03-31' }),
    action('2.a.', '2', { endDate: '2019-03-31' }),
    action('2.b.', '2', { startDate: '2018-06-01', endDate: '2019-03-31' }),
    action('3.a.', '3', { endDate: '2017-12-31' })
  ];
  const updates = [
    update('1.a.', '2017-18', 'Q4', 'Green'),
    update('1.b.', '2017-18', 'Q3', 'Withdrawn'),
    update('2.a.', '2017-18', 'Q4', 'Red', { remedialAction: 'Recovery plan' }),
    update('3.a.', '2017-18', 'Q4', 'Blue', { reviewState: 'Draft' })
  ];

  test.each<[string, string, ActionStatus, boolean]>([
    ['Green past its end date: overdue', '1.a.', 'Green', true],
    ['withdrawn last quarter: carried forward, not overdue', '1.b.', 'Withdrawn', false],
    ['Red before its end date: not overdue', '2.a.', 'Red', false],
    ['starting next year: not due', '2.b.', 'NotDue', false],
    ['only a draft after the due date: no update, and overdue', '3.a.', 'NoUpdate', true]
  ])('%s', (_case, ref, status, overdue) => {
    const rows = reportActionRows({ actions, updates, period: PERIOD, updatesDue: '2018-04-16', asOf: '2018-05-01' });
    const row = rows.filter((candidate) => candidate.ref === ref)[0];
    expect({ status: row.status, overdue: row.overdue }).toEqual({ status, overdue });
  });

  test('rows keep the tracker’s order and carry the owner’s name as the tracker holds it', () => {
    const rows = reportActionRows({ actions, updates, period: PERIOD, updatesDue: '2018-04-16', asOf: '2018-05-01' });
    expect(rows.map((row) => `${row.ref} ${row.owner}`)).toEqual(['1.a. IB', '1.b. Jan Coles', '2.a. IB', '2.b. IB', '3.a. IB']);
  });
});
