import { Action, Measure, MeasureValue, ReportedStatus, ReviewState, Update } from '../../src/domain/model';
import {
  actionOwesUpdate, actionUpdateDone, competingUpdateIndex, editableUpdateIndex, isQuarterLate, mayCompete, measureValueDone,
  measureValuePeriod, nextValueDue, quarterProgress
} from '../../src/domain/quarterlyDuties';

const Q4 = { financialYear: '2017-18', quarter: 'Q4' as const };
const action: Action = { ref: '1.a.', objectiveRef: '1', title: 'Deliver KiVa', owner: { name: 'Jan Coles' }, delegates: [] };

function update(quarter: 'Q3' | 'Q4', status: ReportedStatus, reviewState: ReviewState, submittedOn?: string): Update {
  return { actionRef: '1.a.', financialYear: '2017-18', quarter, status, reviewState, submittedOn };
}

function measure(frequency: 'Quarterly' | 'Annual', financialYear = '2017-18'): Measure {
  return {
    ref: '1.a.i', objectiveRef: '1', title: 'FSM pupils', financialYear, unit: '%', polarity: 'High', frequency,
    aggregation: 'InQuarter', tolerance: { kind: 'percent', amount: 10 }
  };
}

function value(period: MeasureValue['period'], figure?: number, note?: string): MeasureValue {
  return { measureRef: '1.a.i', financialYear: '2017-18', period, value: figure, note };
}

describe('which actions owe an update this quarter', () => {
  test.each<[string, Action, Update[], boolean]>([
    ['no updates yet', action, [], true],
    ['Green last quarter', action, [update('Q3', 'Green', 'Approved')], true],
    ['Blue last quarter: finished', action, [update('Q3', 'Blue', 'Approved')], false],
    ['Withdrawn last quarter: finished', action, [update('Q3', 'Withdrawn', 'Approved')], false],
    ['Blue last quarter only as a draft: still owed', action, [update('Q3', 'Blue', 'Draft')], true],
    ['Blue last quarter, reopened with an update this quarter', action, [update('Q3', 'Blue', 'Approved'), update('Q4', 'Amber', 'Submitted')], true],
    ['starts after the quarter ends', { ...action, startDate: '2018-04-01' }, [], false],
    ['starts on the quarter’s last day', { ...action, startDate: '2018-03-31' }, [], true]
  ])('%s → %s', (_name, subject, updates, expected) => {
    expect(actionOwesUpdate(subject, updates, Q4)).toBe(expected);
  });
});

describe('an action is done once its update counts', () => {
  test.each<[string, Update[], boolean]>([
    ['nothing', [], false],
    ['a draft', [update('Q4', 'Green', 'Draft')], false],
    ['returned', [update('Q4', 'Red', 'Returned')], false],
    ['submitted', [update('Q4', 'Green', 'Submitted')], true],
    ['approved', [update('Q4', 'Green', 'Approved')], true],
    ['last quarter’s only', [update('Q3', 'Green', 'Approved')], false]
  ])('%s → %s', (_name, updates, expected) => {
    expect(actionUpdateDone(updates, Q4)).toBe(expected);
  });
});

describe('which update the form edits', () => {
  test.each<[string, Update[], number]>([
    ['none: a new update', [], -1],
    ['this quarter’s draft', [update('Q3', 'Green', 'Approved'), update('Q4', 'Green', 'Draft')], 1],
    ['a returned update goes back to its owner', [update('Q4', 'Red', 'Returned')], 0],
    ['a submitted update may be changed before review', [update('Q4', 'Amber', 'Submitted')], 0],
    ['an approved update is never edited: a new one is written', [update('Q4', 'Green', 'Approved')], -1],
    ['a draft written after the approved one', [update('Q4', 'Green', 'Approved'), update('Q4', 'Red', 'Draft')], 1],
    ['an approval after the draft wins', [update('Q4', 'Red', 'Draft'), update('Q4', 'Green', 'Approved')], -1],
    ['last quarter’s draft is not this quarter’s', [update('Q3', 'Green', 'Draft')], -1]
  ])('%s → %s', (_name, updates, expected) => {
    expect(editableUpdateIndex(updates, Q4)).toBe(expected);
  });
});

describe('measure values owed and done', () => {
  test.each<[string, Measure, 'Q1' | 'Q4', string | undefined]>([
    ['a quarterly measure in Q1', measure('Quarterly'), 'Q1', 'Q1'],
    ['a quarterly measure in Q4', measure('Quarterly'), 'Q4', 'Q4'],
    ['an annual measure in Q1: nothing owed', measure('Annual'), 'Q1', undefined],
    ['an annual measure at year end', measure('Annual'), 'Q4', 'Q4'],
    ['a measure of another year', measure('Quarterly', '2018-19'), 'Q4', undefined]
  ])('%s → %s', (_name, subject, quarter, expected) => {
    expect(measureValuePeriod(subject, { financialYear: '2017-18', quarter })).toBe(expected);
  });

  test.each<[string, MeasureValue[], boolean]>([
    ['no value', [], false],
    ['a figure', [value('Q4', 71.7)], true],
    ['zero is a figure', [value('Q4', 0)], true],
    ['no data with a reason', [value('Q4', undefined, 'Not published until June')], true],
    ['no data without a reason', [value('Q4', undefined, ' ')], false],
    ['an annual outturn recorded as Annual', [value('Annual', 71.7)], true],
    ['only Q3’s value', [value('Q3', 70)], false]
  ])('%s → %s', (_name, values, expected) => {
    expect(measureValueDone(measure('Quarterly'), values, Q4)).toBe(expected);
  });
});

test('progress counts owed actions and measures, and the done ones', () => {
  const progress = quarterProgress(
    [
      { action, updates: [update('Q4', 'Green', 'Submitted')] },
      { action, updates: [update('Q4', 'Red', 'Draft')] },
      { action, updates: [update('Q3', 'Blue', 'Approved')] },
      { action: { ...action, startDate: '2019-01-01' }, updates: [] }
    ],
    [
      { measure: measure('Quarterly'), values: [value('Q4', 80)] },
      { measure: measure('Annual'), values: [] },
      { measure: measure('Quarterly', '2018-19'), values: [] }
    ],
    Q4
  );
  // Owed: two actions (one Blue last quarter, one not started) and two measures (one of another year).
  expect(progress).toEqual({ done: 2, owed: 4 });
});

describe('an added update meets the one it would compete with', () => {
  test.each<[string, ReviewState, Update[], number]>([
    ['a draft, with nothing there yet', 'Draft', [], -1],
    ['a draft, beside a delegate’s draft', 'Draft', [update('Q4', 'Green', 'Draft')], 0],
    ['a submitted update, beside a submitted one', 'Submitted', [update('Q4', 'Amber', 'Submitted')], 0],
    ['a draft, beside a returned update', 'Draft', [update('Q4', 'Red', 'Returned')], 0],
    ['a draft, after the approved update', 'Draft', [update('Q4', 'Green', 'Approved')], -1],
    ['an approved (imported) update, beside a draft', 'Approved', [update('Q4', 'Green', 'Draft')], -1],
    ['a draft, beside last quarter’s draft', 'Draft', [update('Q3', 'Green', 'Draft')], -1]
  ])('%s → %s', (_name, reviewState, existing, expected) => {
    expect(competingUpdateIndex({ reviewState }, existing, Q4)).toBe(expected);
    expect(mayCompete({ reviewState })).toBe(reviewState !== 'Approved');
  });
});

describe('late with the quarter', () => {
  test.each<[string, { done: number; owed: number }, string, boolean]>([
    ['before the due date, nothing done', { done: 0, owed: 3 }, '2018-07-12', false],
    ['on the due date, nothing done', { done: 0, owed: 3 }, '2018-07-13', false],
    ['the day after, one still owed', { done: 2, owed: 3 }, '2018-07-14', true],
    ['the day after, all done', { done: 3, owed: 3 }, '2018-07-14', false],
    ['the day after, nothing owed', { done: 0, owed: 0 }, '2018-07-14', false]
  ])('%s → %s', (_name, progress, today, expected) => {
    expect(isQuarterLate(progress, '2018-07-13', today)).toBe(expected);
  });
});

describe('when a measure’s next value is due, for a card with no box this quarter', () => {
  test.each<[string, 'Quarterly' | 'Annual', 'Q1' | 'Q2' | 'Q3' | 'Q4', string | undefined]>([
    ['annual, in Q1: the year’s outturn at Q4', 'Annual', 'Q1', '2017-18 Q4'],
    ['annual, in Q3', 'Annual', 'Q3', '2017-18 Q4'],
    ['annual, in Q4: due now', 'Annual', 'Q4', undefined],
    ['quarterly: due every quarter', 'Quarterly', 'Q2', undefined]
  ])('%s → %s', (_case, frequency, quarter, expected) => {
    const next = nextValueDue(measure(frequency), { financialYear: '2017-18', quarter });
    expect(next && `${next.financialYear} ${next.quarter}`).toBe(expected);
  });
});
