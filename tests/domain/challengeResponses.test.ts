import { challengeResponseProblems, mayRespondToChallenges } from '../../src/domain/challengeResponses';
import { PersonRef } from '../../src/domain/model';

describe('who may respond to a performance challenge', () => {
  const plan = { lead: { name: 'Pat Lead', email: 'Lead@Council.gov.uk' } };
  test.each<[string, PersonRef, boolean]>([
    ['the plan’s lead', { name: 'Pat Lead', email: 'lead@council.gov.uk' }, true],
    ['the lead whatever the e-mail’s case', { name: 'Pat', email: ' LEAD@council.gov.uk ' }, true],
    ['someone else', { name: 'Jan Coles', email: 'jan.coles@council.gov.uk' }, false],
    ['a person known only by name', { name: 'Pat Lead' }, false]
  ])('%s: %s', (_case, editor, expected) => {
    expect(mayRespondToChallenges(plan, editor)).toBe(expected);
  });

  test('nobody, when the plan has no lead', () => {
    expect(mayRespondToChallenges({ lead: undefined }, { name: 'Pat Lead', email: 'lead@council.gov.uk' })).toBe(false);
  });
});

describe('what a response must hold', () => {
  test.each<[string, { ref: string; response: string }, string[]]>([
    ['a reference and some words', { ref: 'Q4E01', response: 'Recovery plan agreed with the service.' }, []],
    ['no words', { ref: 'Q4E01', response: '   ' }, ['responseEmpty']],
    ['no reference', { ref: '', response: 'Agreed' }, ['challengeRefMissing']],
    ['neither', { ref: ' ', response: '' }, ['challengeRefMissing', 'responseEmpty']]
  ])('%s', (_case, response, expected) => {
    expect(challengeResponseProblems(response).map((problem) => problem.code)).toEqual(expected);
  });
});
