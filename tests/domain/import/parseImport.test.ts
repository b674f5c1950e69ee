import { formatProblem } from '../../../src/domain/import/importProblems';
import { parseImport } from '../../../src/domain/import/parseImport';
import { csvTable, fixtureText } from './fixtures';

describe('parseImport', () => {
  test.each([
    ['seed001-actions.csv', 'actions'],
    ['seed004-actions.csv', 'actions'],
    ['seed004-milestones.csv', 'milestones'],
    ['seed000-001-measures.csv', 'measures']
  ])('infers the kind of %s from its header', (file, kind) => {
    expect(parseImport(csvTable(fixtureText(file))).kind).toBe(kind);
  });

  test('a header in another layout is one file-level error naming the closest layout and what was found', () => {
    const table = csvTable('Objective Reference,Objective,Year end RAG status,Progress,Evidence,Owner\n1.b.,Roll out,Green,Done,,IB\n');
    const result = parseImport(table);
    expect(result.kind).toBe('unknown');
    expect(result.rows).toEqual([]);
    expect(result.errors.map(formatProblem)).toEqual([
      'row 1: the header matches none of the import layouts (actions, measures, milestones); the closest is actions: ' +
        'missing "Plan", "Objective Ref", "Ref", "Title", "Service Area", "Start Date", "End Date", "Financial Year", "Quarter", ' +
        '"Status", "Issue", "Remedial Action"; not recognised "Objective Reference", "Year end RAG status". ' +
        'Found: Objective Reference, Objective, Year end RAG status, Progress, Evidence, Owner. ' +
        'Expected: Plan,Objective Ref,Objective,Ref,Title,Service Area,Owner,Start Date,End Date,Financial Year,Quarter,Status,Progress,Issue,Remedial Action,Evidence'
    ]);
  });

  test('a kind that does not match the header is a file-level error for that kind', () => {
    const result = parseImport(csvTable(fixtureText('seed004-milestones.csv')), { kind: 'actions' });
    expect(result.kind).toBe('actions');
    expect(result.rows).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toMatch(/^the header is not the actions layout: missing "Objective Ref", /);
  });

  test('a header with no rows imports nothing, with a warning', () => {
    const result = parseImport(csvTable('Plan,Action Ref,Title,Due Date,Owner,Done Date\r\n\r\n'));
    expect(result).toEqual({
      kind: 'milestones',
      rows: [],
      errors: [],
      warnings: [{ row: 1, message: 'the file has a header but no rows, so there is nothing to import' }]
    });
  });

  test('rows shorter than the header read their missing cells as empty', () => {
    const result = parseImport(csvTable('Plan,Action Ref,Title,Due Date,Owner,Done Date\nPIAP,R1.a.1,Evaluation,Dec 2019\n'));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([{ rowNumber: 2, plan: 'PIAP', milestone: { actionRef: 'R1.a.1', title: 'Evaluation', dueDate: '2019-12-31' } }]);
  });

  test('a huge cell gives a problem with a short quote, not an exception', () => {
    const huge = `${'9'.repeat(200_000)}/12/2019`;
    const result = parseImport(csvTable(`Plan,Action Ref,Title,Due Date,Owner,Done Date\nPIAP,R1.a.1,Evaluation,${huge},,\n`));
    expect(result.errors.map(formatProblem)).toEqual([`row 2, column "Due Date": "${'9'.repeat(59)}…" is not a date`]);
    expect(result.errors[0].value).toHaveLength(200_008);
  });

  test('a huge header cell is reported, shortened', () => {
    const result = parseImport(csvTable(`Plan,Action Ref,Title,Due Date,Owner,${'x'.repeat(100_000)}\n`));
    expect(result.errors[0].message).toContain(`not recognised "${'x'.repeat(59)}…"`);
    expect(result.errors[0].message.length).toBeLessThan(1000);
  });
});
