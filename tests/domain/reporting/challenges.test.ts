import { ReportingPeriod } from '../../../src/domain/model';
import {
  amberOrRedRun,
  ChallengeCandidate,
  detectChallenges,
  objectiveCode,
  Standing
} from '../../../src/domain/reporting/challenges';
import { ReportStrings } from '../../../src/domain/reporting/reportStrings';
import { CY_GB } from '../../../src/domain/reporting/reportStringsCyGb';
import { EN_GB } from '../../../src/domain/reporting/reportStringsEnGb';
import { objective } from './reportBuilders';

const Q2: ReportingPeriod = { financialYear: '2017-18', quarter: 'Q2' };
const Q4: ReportingPeriod = { financialYear: '2017-18', quarter: 'Q4' };
const objectives = [objective('1', 'Education', 'E'), objective('2', 'Employment')];

function candidate(itemType: ChallengeCandidate['itemType'], itemRef: string, history: Standing[], extra: Partial<ChallengeCandidate> = {}): ChallengeCandidate {
  return { itemType, itemRef, objectiveRef: '1', title: `Item ${itemRef}`, history, hasCommentary: true, ...extra };
}

function onlyChallenge(period: ReportingPeriod, item: ChallengeCandidate): { severity: string; reason: string } | undefined {
  const found = detectChallenges(period, objectives, [item]);
  return found.length ? { severity: found[0].severity, reason: found[0].reason } : undefined;
}

describe('which items are challenged, how severely and why', () => {
  test.each<[string, ReportingPeriod, ChallengeCandidate, { severity: string; reason: string } | undefined]>([
    ['an action Red this quarter is critical', Q2, candidate('action', '1.a.', ['Red', 'Green']),
      { severity: 'critical', reason: 'Reported RED this quarter.' }],
    ['a measure Red this quarter is critical', Q2, candidate('measure', '1.a.', ['Red', 'Green']),
      { severity: 'critical', reason: 'RED against target this quarter.' }],
    ['a measure Amber at year end missed its target: critical', Q4, candidate('measure', '1.a.', ['Amber']),
      { severity: 'critical', reason: 'Target missed at year end.' }],
    ['a measure Amber once before year end is not challenged', Q2, candidate('measure', '1.a.', ['Amber', 'Green']), undefined],
    ['an action Amber once, even at year end, is not challenged', Q4, candidate('action', '1.a.', ['Amber', 'Green']), undefined],
    ['Amber three quarters running is important', Q2, candidate('measure', '1.a.', ['Amber', 'Amber', 'Amber', 'Green']),
      { severity: 'important', reason: 'This has been AMBER for 3 quarters.' }],
    ['Red then Amber: a mixed run and a move from Red', Q2, candidate('action', '1.a.', ['Amber', 'Red', 'Red']),
      { severity: 'important', reason: 'This has been AMBER or RED for 3 quarters. Moved from RED to AMBER.' }],
    ['Red with no commentary, Red for two quarters: one challenge with every reason', Q2,
      candidate('action', '1.a.', ['Red', 'Red', 'Blue'], { hasCommentary: false }),
      { severity: 'critical', reason: 'Reported RED this quarter. This has been RED for 2 quarters. RED with no commentary.' }],
    ['a measure Red at year end after Amber', Q4, candidate('measure', '1.a.', ['Red', 'Amber']),
      { severity: 'critical', reason: 'RED against target this quarter. Target missed at year end. This has been AMBER or RED for 2 quarters.' }],
    ['a missing update breaks a run', Q2, candidate('action', '1.a.', ['Amber', 'NoUpdate', 'Amber']), undefined],
    ['Green after Red is not challenged', Q2, candidate('action', '1.a.', ['Green', 'Red']), undefined],
    ['Red to Amber with nothing known before', Q2, candidate('action', '1.a.', ['Amber', 'Red']),
      { severity: 'important', reason: 'This has been AMBER or RED for 2 quarters. Moved from RED to AMBER.' }],
    ['an action with no update is not a challenge', Q2, candidate('action', '1.a.', ['NoUpdate']), undefined],
    ['measures have no commentary to miss', Q2, candidate('measure', '1.a.', ['Red'], { hasCommentary: false }),
      { severity: 'critical', reason: 'RED against target this quarter.' }],
    ['a measure not rated (no target) at year end did not miss a target', Q4, candidate('measure', '1.a.', ['NoTarget', 'NoTarget']), undefined],
    ['a measure not rated after Red is not challenged', Q2, candidate('measure', '1.a.', ['NoTarget', 'Red']), undefined],
    ['a quarter not rated breaks a run of Amber', Q2, candidate('measure', '1.a.', ['Amber', 'NoTarget', 'Amber']), undefined]
  ])('%s', (_name, period, item, expected) => {
    expect(onlyChallenge(period, item)).toEqual(expected);
  });

  test.each<[Standing[], number]>([
    [['Amber', 'Red', 'Amber', 'Green', 'Red'], 3],
    [['Green', 'Amber'], 0],
    [['Red'], 1]
  ])('run of Amber/Red in %j is %i', (history, run) => {
    expect(amberOrRedRun(history)).toBe(run);
  });
});

describe('reasons in English and Welsh', () => {
  const reasonIn = (strings: ReportStrings, period: ReportingPeriod, item: ChallengeCandidate): string =>
    detectChallenges(period, objectives, [item], strings)[0].reason;

  test.each<[string, ReportingPeriod, ChallengeCandidate, string, string]>([
    ['an action Red this quarter, no commentary', Q2, candidate('action', '1.a.', ['Red'], { hasCommentary: false }),
      'Reported RED this quarter. RED with no commentary.', 'Adroddwyd COCH y chwarter hwn. COCH heb sylwebaeth.'],
    ['a measure Red at year end', Q4, candidate('measure', '1.a.', ['Red', 'Green']),
      'RED against target this quarter. Target missed at year end.', 'COCH yn erbyn y targed y chwarter hwn. Methwyd y targed ar ddiwedd y flwyddyn.'],
    ['Amber for 2 quarters', Q2, candidate('action', '1.a.', ['Amber', 'Amber', 'Green']),
      'This has been AMBER for 2 quarters.', 'Mae hwn wedi bod yn AMBR ers 2 chwarter.'],
    ['Red for 3 quarters', Q2, candidate('action', '1.a.', ['Red', 'Red', 'Red', 'Green']),
      'Reported RED this quarter. This has been RED for 3 quarters.', 'Adroddwyd COCH y chwarter hwn. Mae hwn wedi bod yn GOCH ers 3 chwarter.'],
    ['Amber or Red for 6 quarters, moved from Red', Q2, candidate('measure', '1.a.', ['Amber', 'Red', 'Amber', 'Amber', 'Red', 'Amber', 'Green']),
      'This has been AMBER or RED for 6 quarters. Moved from RED to AMBER.', "Mae hwn wedi bod yn AMBR neu'n GOCH ers 6 chwarter. Wedi symud o GOCH i AMBR."],
    ['Amber for 11 quarters', Q2, candidate('measure', '1.a.', Array.from({ length: 11 }, () => 'Amber' as const)),
      'This has been AMBER for 11 quarters.', 'Mae hwn wedi bod yn AMBR ers 11 chwarter.']
  ])('%s', (_name, period, item, english, welsh) => {
    expect([reasonIn(EN_GB, period, item), reasonIn(CY_GB, period, item)]).toEqual([english, welsh]);
  });
});

describe('challenge references', () => {
  test.each<[string, string, string]>([
    ['the objective code when set', '1', 'E'],
    ['else the objective ref', '2', '2'],
    ['upper-cased without punctuation', 'r1.a', 'R1A']
  ])('use %s', (_name, objectiveRef, code) => {
    expect(objectiveCode(objectiveRef, [objective('1', 'Education', 'E'), objective('2', 'Employment', '  ')])).toBe(code);
  });

  test('are numbered per code: objective order, actions before measures, natural ref order', () => {
    const plan = [objective('1', 'Education', 'E'), objective('2', 'Employment'), objective('R3.b', 'Recommendation 3 b')];
    const shuffled = [
      candidate('measure', 'R3.b.1', ['Red'], { objectiveRef: 'R3.b' }),
      candidate('measure', '1.b.', ['Red']),
      candidate('action', '2.a.', ['Amber', 'Amber'], { objectiveRef: '2' }),
      candidate('action', '1.10.', ['Red']),
      candidate('action', '1.b.', ['Red']),
      candidate('action', '1.c.', ['Green']),
      candidate('action', '1.a.', ['Red'])
    ];
    const refs = detectChallenges(Q4, plan, shuffled).map((challenge) => [challenge.ref, challenge.itemType, challenge.itemRef]);
    expect(refs).toEqual([
      ['Q4E01', 'action', '1.a.'],
      ['Q4E02', 'action', '1.b.'],
      ['Q4E03', 'action', '1.10.'],
      ['Q4E04', 'measure', '1.b.'],
      ['Q4201', 'action', '2.a.'],
      ['Q4R3B01', 'measure', 'R3.b.1']
    ]);
  });

  test('objectives sharing a code share one sequence', () => {
    const plan = [objective('1', 'Schools', 'E'), objective('2', 'Skills', 'E')];
    const refs = detectChallenges(Q2, plan, [
      candidate('action', '2.a.', ['Red'], { objectiveRef: '2' }),
      candidate('action', '1.a.', ['Red'])
    ]).map((challenge) => challenge.ref);
    expect(refs).toEqual(['Q2E01', 'Q2E02']);
  });

  test('carry the item, its status this quarter, the run length and an empty place for the response', () => {
    const [challenge] = detectChallenges(Q2, objectives, [candidate('action', '1.a.', ['Amber', 'Amber', 'Amber'], { title: 'Review support' })]);
    expect(challenge).toEqual({
      ref: 'Q2E01',
      severity: 'important',
      itemType: 'action',
      itemRef: '1.a.',
      reason: 'This has been AMBER for 3 quarters.',
      title: 'Review support',
      objectiveRef: '1',
      status: 'Amber',
      reasons: ['AmberOrRedForQuarters'],
      consecutiveQuarters: 3,
      remedialResponse: null
    });
  });
});
