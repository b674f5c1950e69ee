import { formatProblem } from '../../../src/domain/import/importProblems';
import { MeasuresParseResult } from '../../../src/domain/import/importRows';
import { LAYOUT_COLUMNS } from '../../../src/domain/import/layouts';
import { parseImport } from '../../../src/domain/import/parseImport';
import { csvTable, fixtureText, tableOf } from './fixtures';

const SEP = 'Strategic Equality Plan 2016-20';

function parseMeasuresTable(result: ReturnType<typeof parseImport>): MeasuresParseResult {
  if (result.kind !== 'measures') {
    throw new Error(`expected measures, got ${result.kind}: ${JSON.stringify(result.errors)}`);
  }
  return result;
}

describe('measures from seeds 000 and 001 (SEP 2017-18 year end)', () => {
  const result = parseMeasuresTable(parseImport(csvTable(fixtureText('seed000-001-measures.csv'))));
  const byRef = (ref: string) => result.rows.filter((row) => row.measure.ref === ref)[0];

  test('the kind is inferred from the header and every row imports cleanly', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toHaveLength(11);
  });

  test('FSM Foundation Phase: target 82%, outturn 68.6% recorded as the annual value', () => {
    expect(byRef('1.a.i')).toEqual({
      rowNumber: 2,
      plan: SEP,
      objectiveRef: '1',
      objectiveTitle: 'Close attainment gaps in education.',
      measure: {
        ref: '1.a.i',
        objectiveRef: '1',
        title: 'The percentage of pupils in receipt of Free School Meals attaining the Foundation Phase Indicator',
        financialYear: '2017-18',
        unit: '%',
        polarity: 'High',
        frequency: 'Annual',
        aggregation: 'InQuarter',
        target: { lower: 82, upper: 82 },
        tolerance: { kind: 'percent', amount: 10 },
        priorYearActual: 79.4,
        owner: { name: 'Alec Clark' }
      },
      values: [{ measureRef: '1.a.i', financialYear: '2017-18', period: 'Annual', value: 68.6 }]
    });
  });

  test('Year 11 LAC leaving without a qualification: lower is better, target 0.0%, actual 0.325%', () => {
    const { measure, values } = byRef('1.e.ii');
    expect([measure.polarity, measure.target, measure.priorYearActual, values[0].value]).toEqual([
      'Low',
      { lower: 0, upper: 0 },
      0,
      0.325
    ]);
  });

  test('"higher is better", a Wales-average comparator and a 5% tolerance', () => {
    const { measure, values } = byRef('1.b.i');
    expect(measure).toMatchObject({
      polarity: 'High',
      comparator: { label: 'Wales average', value: 57.8 },
      priorYearActual: 54.9,
      target: { lower: 66, upper: 66 },
      tolerance: { kind: 'percent', amount: 5 }
    });
    expect(values.map((value) => value.value)).toEqual([41.9]);
  });

  test('an absolute tolerance and no target', () => {
    const { measure, values } = byRef('1.f.i');
    expect([measure.unit, measure.polarity, measure.tolerance, measure.target, values[0].value]).toEqual([
      'rate',
      'Low',
      { kind: 'absolute', amount: 0.1 },
      undefined,
      0.3
    ]);
  });

  test('thousands separators: 1,173 improvements against a target of 2,600', () => {
    const { measure, values } = byRef('3.g.i');
    expect([measure.target, values[0].value]).toEqual([{ lower: 2600, upper: 2600 }, 1173]);
  });

  test('"No data" is a value with no number and its text as the note', () => {
    expect(byRef('2.g.i').values).toEqual([{ measureRef: '2.g.i', financialYear: '2017-18', period: 'Annual', note: 'No data' }]);
  });

  test('a quarterly cumulative measure keeps Q1–Q4, notes included', () => {
    const { measure, values } = byRef('3.c.i');
    expect([measure.frequency, measure.aggregation]).toEqual(['Quarterly', 'Cumulative']);
    expect(values.map((value) => [value.period, value.value, value.note])).toEqual([
      ['Q1', undefined, 'Not available'],
      ['Q2', undefined, 'Not available'],
      ['Q3', undefined, 'Not available'],
      ['Q4', 0, undefined]
    ]);
  });
});

describe('bad rows in a measures file', () => {
  const header = [...LAYOUT_COLUMNS.measures];
  const row = (values: Partial<Record<string, string>>): string[] => header.map((column) => values[column] || '');
  const base = {
    Plan: SEP, 'Objective Ref': '1', Ref: 'M1', Title: 'Attendance', Unit: '%', Polarity: 'High', Frequency: 'Annual',
    'Financial Year': '2017-18', Target: '95%', Q4: '94.8%'
  };
  const result = parseMeasuresTable(
    parseImport(
      tableOf(
        header,
        row(base),
        row({ ...base, 'Financial Year': '2017/18', Title: 'Same measure again' }),
        row({ ...base, Ref: 'M2', Q2: '93%', Target: '90-110' }),
        row({ ...base, Ref: 'M3', Polarity: '', Frequency: 'Monthly', 'Financial Year': '' }),
        row({ ...base, Ref: 'M4', Frequency: 'Quarterly', Q3: '#DIV/0!', 'Amber Tolerance': 'some', Comparator: '1.2.3' }),
        row({ ...base, Ref: 'M5', Frequency: 'Quarterly', Polarity: 'Band', Target: 'tbd', Owner: 'Jan Coles / Clive Pinney', Comparator: '93%' }),
        row({ ...base, Ref: 'M6', Aggregation: 'Averaged', 'Prior Year Actual': 'n/a' })
      )
    )
  );

  test('every problem is reported with its row and column', () => {
    expect(result.errors.map(formatProblem)).toEqual([
      'row 3, column "Ref": measure "M1" of plan "Strategic Equality Plan 2016-20" for 2017-18 is also on row 2: each may appear only once in a file',
      'row 4, column "Target": "90-110" is a range, but only a Band measure has a range as its target',
      'row 4, column "Q2": an annual measure has one value a year: put the outturn in Q4 and leave Q1–Q3 empty',
      'row 5, column "Polarity": the cell is empty, but a measure needs a polarity to be rated',
      'row 5, column "Frequency": "Monthly" is not a frequency: use Quarterly or Annual',
      'row 5, column "Financial Year": the cell is empty, but a measure\'s target and values are for a financial year',
      'row 6, column "Amber Tolerance": "some" is not a tolerance: write a percentage of the target (10%) or an amount (2)',
      'row 6, column "Comparator": "1.2.3" is not a number',
      'row 6, column "Q3": "#DIV/0!" is a spreadsheet error, not a value: fix the formula or clear the cell',
      'row 8, column "Aggregation": "Averaged" is not an aggregation: use In quarter, Cumulative or Rolling 12 months'
    ]);
  });

  test('what does not stop the import comes back as warnings', () => {
    expect(result.warnings.map(formatProblem)).toEqual([
      'row 6, column "Aggregation": the cell is empty, so the quarterly values are taken as In quarter',
      'row 7, column "Aggregation": the cell is empty, so the quarterly values are taken as In quarter',
      'row 7, column "Target": "tbd" is not a number, so the measure is imported with no target',
      'row 7, column "Owner": a measure has one owner, so only "Jan Coles" is kept',
      'row 8, column "Prior Year Actual": "n/a" is not a number, so the measure is imported with no prior-year actual'
    ]);
  });

  test('valid rows come back; a comparator without a label is called "Comparator"', () => {
    expect(result.rows.map((item) => item.rowNumber)).toEqual([2, 7]);
    const m5 = result.rows[1].measure;
    expect([m5.polarity, m5.target, m5.comparator, m5.owner]).toEqual(['Band', undefined, { label: 'Comparator', value: 93 }, { name: 'Jan Coles' }]);
  });
});

describe('a measures file with the optional Service Area column', () => {
  const header = [...LAYOUT_COLUMNS.measures, 'Service Area'];
  const row = (values: Partial<Record<string, string>>): string[] => header.map((column) => values[column] || '');
  const base = { Plan: SEP, 'Objective Ref': '1', Title: 'Attendance', Unit: '%', Polarity: 'High', Frequency: 'Annual', 'Financial Year': '2017-18', Target: '95%' };
  const result = parseMeasuresTable(parseImport(tableOf(header,
    row({ ...base, Ref: 'M1', 'Service Area': '  Schools Service ' }),
    row({ ...base, Ref: 'M2' }))));

  test('each measure keeps its service area, trimmed; an empty cell gives none', () => {
    expect(result.errors).toEqual([]);
    expect(result.rows.map((parsed) => [parsed.measure.ref, parsed.measure.serviceArea])).toEqual([['M1', 'Schools Service'], ['M2', undefined]]);
  });
});

describe('a measures table as councils publish it: annual measures say "Annual" in Q1–Q3', () => {
  const header = [...LAYOUT_COLUMNS.measures];
  const row = (values: Partial<Record<string, string>>): string[] => header.map((column) => values[column] || '');
  const annual = {
    Plan: SEP, 'Objective Ref': '1', Ref: '1.a.i', Title: 'FSM pupils attaining the FPI', Unit: '%', Polarity: 'High',
    Frequency: 'Annual', 'Financial Year': '2017-18', Target: '82%', Q1: 'Annual', Q2: 'Annual', Q3: 'Annual', Q4: '68.6%'
  };
  const result = parseMeasuresTable(
    parseImport(
      tableOf(
        header,
        row(annual),
        row({ ...annual, Ref: '2.g.i', Q1: 'ANNUAL', Q2: 'Yearly', Q3: 'n/a', Q4: 'No data' }),
        row({ ...annual, Ref: '5.i.i', Q2: 'Survey runs in Q3', Q4: 'New measure' })
      )
    )
  );

  test('every row imports, with no errors or warnings', () => {
    expect([result.errors, result.warnings, result.rows.length]).toEqual([[], [], 3]);
  });

  test('Q1–Q3 saying the measure is annual record nothing; Q4 is the outturn or its note; other text is that quarter\'s note', () => {
    expect(result.rows.map((item) => item.values.map((value) => [value.measureRef, value.period, value.value, value.note]))).toEqual([
      [['1.a.i', 'Annual', 68.6, undefined]],
      [['2.g.i', 'Annual', undefined, 'No data']],
      [['5.i.i', 'Q2', undefined, 'Survey runs in Q3'], ['5.i.i', 'Annual', undefined, 'New measure']]
    ]);
  });
});
