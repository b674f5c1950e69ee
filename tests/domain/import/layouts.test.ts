import { closestKind, headerProblem, inferKind, LAYOUT_COLUMNS, matchHeader, OPTIONAL_COLUMNS } from '../../../src/domain/import/layouts';

const ACTIONS = 'Plan,Objective Ref,Objective,Ref,Title,Service Area,Owner,Start Date,End Date,Financial Year,Quarter,Status,Progress,Issue,Remedial Action,Evidence';
const MEASURES = 'Plan,Objective Ref,Objective,Ref,Title,Unit,Polarity,Frequency,Aggregation,Comparator Label,Comparator,Prior Year Actual,Target,Amber Tolerance,Financial Year,Q1,Q2,Q3,Q4,Owner';
const MILESTONES = 'Plan,Action Ref,Title,Due Date,Owner,Done Date';

describe('the canonical layouts', () => {
  test.each([
    ['actions', ACTIONS],
    ['measures', MEASURES],
    ['milestones', MILESTONES]
  ] as const)('%s has exactly the SPEC §4.6 header', (kind, header) => {
    expect(LAYOUT_COLUMNS[kind].join(',')).toBe(header);
  });
});

describe('optional columns', () => {
  test.each([
    ['actions', ''],
    ['measures', 'Service Area'],
    ['milestones', '']
  ] as const)('%s may also have: "%s"', (kind, columns) => {
    expect(OPTIONAL_COLUMNS[kind].join(',')).toBe(columns);
  });

  test('a measures header without its optional column misses nothing; with it, the column is found', () => {
    expect(matchHeader(MEASURES.split(','), 'measures').missing).toEqual([]);
    const withArea = matchHeader(`${MEASURES},Service Area`.split(','), 'measures');
    expect({ missing: withArea.missing, unknown: withArea.unknown, at: withArea.columns.get('Service Area') }).toEqual({ missing: [], unknown: [], at: 20 });
  });
});

describe('inferKind', () => {
  test.each([
    [ACTIONS, 'actions'],
    [MEASURES, 'measures'],
    [MILESTONES, 'milestones'],
    [MILESTONES.toUpperCase(), 'milestones'],
    ['done date, OWNER , due  date,title,action ref,plan', 'milestones'],
    [`${MILESTONES},,`, 'milestones'],
    ['Plan,Action Ref,Title,Due Date,Owner', undefined],
    [`${MILESTONES},Notes`, undefined],
    [`${MEASURES},Service Area`, 'measures'],
    [`Service area,${MEASURES}`, 'measures'],
    [`${MILESTONES},Service Area`, undefined],
    ['', undefined]
  ])('"%s" → %s', (header, kind) => {
    expect(inferKind(header.split(','))).toBe(kind);
  });
});

describe('closestKind', () => {
  test.each([
    ['Plan,Ref,Title,Owner,Status,Progress', 'actions'],
    ['Plan,Ref,Title,Q1,Q2,Q3,Q4,Target', 'measures'],
    ['Plan,Action Ref,Title,Due', 'milestones']
  ])('"%s" is closest to %s', (header, kind) => {
    expect(closestKind(header.split(','))).toBe(kind);
  });
});

describe('headerProblem', () => {
  test('says what is missing, what is not recognised (with a near miss) and what was found', () => {
    const header = 'Plan,Action Ref,Titel,Due Date,Owner,Owner'.split(',');
    expect(headerProblem(matchHeader(header, 'milestones'), header, 1, false)).toEqual({
      row: 1,
      message:
        'the header is not the milestones layout: missing "Title", "Done Date"; not recognised "Titel" (did you mean "Title"?); ' +
        'more than once "Owner". Found: Plan, Action Ref, Titel, Due Date, Owner, Owner. ' +
        'Expected: Plan,Action Ref,Title,Due Date,Owner,Done Date'
    });
  });

  test('when the kind was inferred it names the closest layout', () => {
    const header = ['Objective Reference', 'Objective', 'Year end RAG status', 'Progress', 'Evidence', 'Owner'];
    const problem = headerProblem(matchHeader(header, closestKind(header)), header, 3, true);
    expect(problem && problem.message).toMatch(
      /^the header matches none of the import layouts \(actions, measures, milestones\); the closest is actions: missing "Plan", "Objective Ref", "Ref", "Title", /
    );
    expect(problem && problem.message).toContain('not recognised "Objective Reference", "Year end RAG status"');
    expect(problem && problem.row).toBe(3);
  });

  test('a matching header has no problem', () => {
    const header = MILESTONES.split(',');
    expect(headerProblem(matchHeader(header, 'milestones'), header, 1, false)).toBeUndefined();
  });
});
