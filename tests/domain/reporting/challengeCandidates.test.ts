import { Measure, ReportingPeriod } from '../../../src/domain/model';
import { actionCandidate, measureCandidate } from '../../../src/domain/reporting/challengeCandidates';
import { action, measure, update, value } from './reportBuilders';

const context = { updatesDue: '2018-04-16', asOf: '2018-04-20' };
const Q4: ReportingPeriod = { financialYear: '2017-18', quarter: 'Q4' };
const nextQ1: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };

describe('action history', () => {
  test('looks back while Amber or Red, across the financial-year boundary', () => {
    const updates = [
      update('1.a.', '2017-18', 'Q2', 'Green'),
      update('1.a.', '2017-18', 'Q3', 'Amber'),
      update('1.a.', '2017-18', 'Q4', 'Amber'),
      update('1.a.', '2018-19', 'Q1', 'Amber')
    ];
    const history = actionCandidate(action('1.a.', '1'), updates, nextQ1, { updatesDue: '2018-07-13', asOf: '2018-07-20' }).history;
    expect(history).toEqual(['Amber', 'Amber', 'Amber', 'Green']);
  });

  test('an earlier quarter without a counting update is "no update": drafts and returned updates do not count', () => {
    const updates = [
      update('1.a.', '2017-18', 'Q3', 'Amber', { reviewState: 'Draft' }),
      update('1.a.', '2017-18', 'Q4', 'Red')
    ];
    expect(actionCandidate(action('1.a.', '1'), updates, Q4, context).history).toEqual(['Red', 'NoUpdate']);
  });

  test('reads one quarter back even when this quarter is not Amber or Red', () => {
    const updates = [update('1.a.', '2017-18', 'Q3', 'Red'), update('1.a.', '2017-18', 'Q2', 'Red')];
    // Q4 has no update and the due date has passed.
    expect(actionCandidate(action('1.a.', '1'), updates, Q4, context).history).toEqual(['NoUpdate', 'Red']);
  });

  test.each<[string, string | undefined, boolean]>([
    ['progress given', 'Work restarted in March.', true],
    ['progress blank', '   ', false],
    ['no progress', undefined, false]
  ])('commentary: %s', (_name, progress, expected) => {
    const updates = [update('1.a.', '2017-18', 'Q4', 'Red', { progress })];
    expect(actionCandidate(action('1.a.', '1'), updates, Q4, context).hasCommentary).toBe(expected);
  });
});

describe('measure history', () => {
  // Higher is better, target 100, tolerance 10%: 100 Green, 95 Amber, 50 Red.
  const thisYear = measure('M1', '1', { financialYear: '2018-19' });
  const lastYear = measure('M1', '1', { financialYear: '2017-18' });
  const values = [
    value('M1', '2017-18', 'Q3', 100),
    value('M1', '2017-18', 'Q4', 95),
    value('M1', '2018-19', 'Q1', 50)
  ];

  test("crosses into last year where last year's definition is known", () => {
    const definitions = (year: string): Measure | undefined => (year === '2017-18' ? lastYear : undefined);
    expect(measureCandidate(thisYear, nextQ1, values, definitions).history).toEqual(['Red', 'Amber', 'Green']);
  });

  test("stops at 1 April when last year's target is unknown", () => {
    expect(measureCandidate(thisYear, nextQ1, values, () => undefined).history).toEqual(['Red']);
  });

  test('an annual measure is judged on its outturn alone', () => {
    const annual = measure('A1', '1', { frequency: 'Annual' });
    const candidate = measureCandidate(annual, Q4, [value('A1', '2017-18', 'Annual', 95)], () => undefined);
    expect(candidate.history).toEqual(['Amber']);
  });

  test("an annual measure before Q4 is not due", () => {
    const annual = measure('A1', '1', { frequency: 'Annual' });
    const Q3: ReportingPeriod = { financialYear: '2017-18', quarter: 'Q3' };
    expect(measureCandidate(annual, Q3, [], () => undefined).history).toEqual(['NotDue']);
  });
});
