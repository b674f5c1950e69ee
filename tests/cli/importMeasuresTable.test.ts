/**
 * @jest-environment node
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { openSite } from '../../src/cli/site';
import { ReportDocument } from '../../src/domain/reporting';
import { temporaryDir, tracker } from './support';

jest.setTimeout(120_000);

const PLAN = 'Strategic Equality Plan 2016-20';
const HEADER =
  'Plan,Objective Ref,Objective,Ref,Title,Unit,Polarity,Frequency,Aggregation,Comparator Label,Comparator,Prior Year Actual,Target,Amber Tolerance,Financial Year,Q1,Q2,Q3,Q4,Owner';

/**
 * A measures table as councils publish it (the SEP measures of seeds 000 and 001): annual
 * measures say `Annual` in Q1–Q3, and cells without a figure say why in words.
 */
const MEASURES = [
  HEADER,
  `${PLAN},1,Close attainment gaps in education.,1.a.i,The percentage of pupils in receipt of Free School Meals attaining the Foundation Phase Indicator,%,High,Annual,,,,79.4%,82%,,2017-18,Annual,Annual,Annual,71.7% (provisional),Alec Clark`,
  `${PLAN},1,Close attainment gaps in education.,1.b.i,The percentage of pupils at school action /school action +/statement attaining the Foundation Phase Indicator,%,High,Annual,,Wales average,57.8%,54.9%,66%,5%,2017-18,Annual,Annual,Annual,41.9%,Alec Clark`,
  `${PLAN},2,"Encourage fair recruitment, development and reward in employment.",2.g.i,End to end time taken from decision to recruit to start date,days,Low,Annual,,,,,,,2017-18,Annual,Annual,Annual,"  No data ",SP`,
  `${PLAN},3,Improve living conditions in cohesive communities.,3.c.i,Number of bed nights provided,number,High,Quarterly,Cumulative,,,,,,2017-18,Not available,Not available,Not available,0,BE`,
  `${PLAN},4,Increase access to justice and encourage democratic participation.,4.e.i,Number of questions asked by members of the public at council meetings,number,High,Annual,,,,,tbd,,2017-18,Annual,Annual,Annual,New measure,SB`,
  `${PLAN},5,Improve access to mental health services.,5.i.i,Staff surveys on organisational climate and wellbeing,%,High,Annual,,,,,,,2017-18,n/a,-,Annual,TBC,LK`,
  `${PLAN},7,"Eliminate violence, abuse and harassment in the community.",7.a.i,% of staff trained to Group 1,%,High,Quarterly,In quarter,,,,100%,,2017-18,tbd,TBC,-,27%,DK`
].join('\n');

describe('tracker import of a measures table with "Annual" in Q1–Q3', () => {
  const dir = temporaryDir();
  const siteDir = join(dir.path, 'site');
  const file = join(dir.path, 'measures.csv');

  beforeAll(() => writeFileSync(file, MEASURES));
  afterAll(() => dir.remove());

  test('imports every row: Q1–Q3 saying "Annual" record nothing, text without a figure is kept as the note', async () => {
    const run = await tracker(['import', file, '--site', siteDir]);
    expect(run.stderr.filter((line) => !/warning:/.test(line))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Imported 7 measures rows from .*: 7 new, 0 updated/);

    const site = await openSite(siteDir, {});
    try {
      const loaded = await new TrackerRepository(site.sp).loadTracker(PLAN, { financialYear: '2017-18', quarter: 'Q4' });
      const values = loaded.measureValues
        .map(({ value }) => [value.measureRef, value.period, value.value, value.note])
        .sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));
      expect(values).toEqual([
        ['1.a.i', 'Annual', 71.7, 'provisional'],
        ['1.b.i', 'Annual', 41.9, undefined],
        ['2.g.i', 'Annual', undefined, 'No data'],
        ['3.c.i', 'Q1', undefined, 'Not available'],
        ['3.c.i', 'Q2', undefined, 'Not available'],
        ['3.c.i', 'Q3', undefined, 'Not available'],
        ['3.c.i', 'Q4', 0, undefined],
        ['4.e.i', 'Annual', undefined, 'New measure'],
        ['5.i.i', 'Annual', undefined, 'TBC'],
        ['7.a.i', 'Q1', undefined, 'tbd'],
        ['7.a.i', 'Q2', undefined, 'TBC'],
        ['7.a.i', 'Q3', undefined, '-'],
        ['7.a.i', 'Q4', 27, undefined]
      ]);
    } finally {
      await site.close();
    }
  });

  test('the report shows the year-end notes beside the outturns', async () => {
    const run = await tracker(['report', '--year', '2017-18', '--quarter', 'Q4', '--format', 'json', '--as-of', '2018-08-28', '--site', siteDir]);
    expect(run.code).toBe(0);
    const report: ReportDocument = JSON.parse(run.stdout);
    const q4 = report.measures.map((measure) => [measure.ref, measure.periods.Q4!.value, measure.periods.Q4!.rag, measure.periods.Q4!.note]);
    expect(q4).toEqual([
      ['1.a.i', 71.7, 'Red', 'provisional'],
      ['1.b.i', 41.9, 'Red', null],
      ['2.g.i', null, 'NoData', 'No data'],
      ['3.c.i', 0, 'NoTarget', null], // a value with no target is not rated (SPEC §4.3)
      ['4.e.i', null, 'NoData', 'New measure'],
      ['5.i.i', null, 'NoData', 'TBC'],
      ['7.a.i', 27, 'Red', null]
    ]);
  });
});
