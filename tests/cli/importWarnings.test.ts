/**
 * @jest-environment node
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { temporaryDir, tracker } from './support';

jest.setTimeout(120_000);

const HEADER = 'Plan,Objective Ref,Objective,Ref,Title,Service Area,Owner,Start Date,End Date,Financial Year,Quarter,Status,Progress,Issue,Remedial Action,Evidence';
const EVIDENCE = 'column "Evidence": a Blue (complete) update should carry evidence of completion; it is imported without one';

function actionRow(ref: string, status: string, endDate = '31/03/2018', evidence = ''): string {
  const progress = status === 'Amber' ? '' : 'Done as planned';
  return `Test plan,1,Objective,${ref},Action ${ref},,IB,,${endDate},2017-18,Q4,${status},${progress},,,${evidence}`;
}

describe('tracker import: warnings are said once per kind, with their rows', () => {
  const dir = temporaryDir();
  const site = ['--site', join(dir.path, 'site')];
  afterAll(() => dir.remove());

  test('a kind of warning on many rows is one line listing the rows, runs as ranges', async () => {
    const file = join(dir.path, 'actions.csv');
    const blue = ['1.a.', '1.b.', '1.c.', '1.d.', '1.e.', '1.f.', '1.g.', '1.h.', '1.i.', '1.j.'];
    writeFileSync(file, [
      HEADER,
      actionRow('0.a.', 'Green'),
      actionRow('0.b.', 'Green'),
      actionRow(blue[0], 'Blue'),
      actionRow('0.c.', 'Amber'),
      ...blue.slice(1, 4).map((ref) => actionRow(ref, 'Blue', '31/03/2018', 'Report to cabinet')),
      actionRow(blue[4], 'Blue'),
      actionRow('0.d.', 'Green'),
      ...blue.slice(5).map((ref) => actionRow(ref, 'Blue')),
      actionRow('0.e.', 'Amber')
    ].join('\n'));
    const run = await tracker(['import', file, '--dry-run', ...site]);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([
      `${file}: rows 4, 9, 11–15: warning: ${EVIDENCE}`,
      `${file}: rows 5, 16: warning: column "Progress": an Amber update should explain what has happened; it is imported without one`,
      `${file}: rows 5, 16: warning: column "Remedial Action": an Amber update should say what will be done to recover; it is imported without one`
    ]);
    expect(run.stdout).toMatch(/Checked 15 actions rows/);
  });

  test('one row is "row N"; errors stay one line per row, after the warnings', async () => {
    const file = join(dir.path, 'bad.csv');
    writeFileSync(file, [HEADER, actionRow('1.a.', 'Blue'), actionRow('1.b.', 'Green', '31/13/2019'), actionRow('1.c.', 'Green', '31/13/2019')].join('\n'));
    const run = await tracker(['import', file, ...site]);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      `${file}: row 2: warning: ${EVIDENCE}`,
      `${file}:3: column "End Date": "31/13/2019" is not a date`,
      `${file}:4: column "End Date": "31/13/2019" is not a date`,
      `${file}: 2 problems; nothing was imported.`
    ]);
  });
});
