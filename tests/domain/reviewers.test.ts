import { Objective, PersonRef } from '../../src/domain/model';
import { isSamePerson, mayReview, reviewsInPlan } from '../../src/domain/reviewers';

const planLead: PersonRef = { name: 'Ruth Gwyn', email: 'ruth.gwyn@council.example' };
const recommendationLead: PersonRef = { name: 'Ifan Bowen', email: 'ifan.bowen@council.example' };
const priorityLead: PersonRef = { name: 'Sara Lloyd', email: 'sara.lloyd@council.example' };
const otherLead: PersonRef = { name: 'Dai Price', email: 'dai.price@council.example' };
const owner = 'jan.coles@council.example';

const objectives: Objective[] = [
  { ref: 'R1', title: 'Improve outcomes for vulnerable pupils', leads: [recommendationLead] },
  { ref: 'a', parentRef: 'R1', title: 'Attendance', leads: [priorityLead] },
  { ref: 'b', parentRef: 'R1', title: 'Exclusions', leads: [] },
  { ref: 'R2', title: 'Leadership', leads: [otherLead, { name: 'IB' }] }
];
const plan = { lead: planLead };

describe('who may approve or return an update', () => {
  test.each<[string, string, string, boolean]>([
    ['the plan lead, any objective', 'ruth.gwyn@council.example', 'R2', true],
    ['the plan lead, an address typed in capitals', 'Ruth.Gwyn@Council.Example ', 'b', true],
    ['the objective lead, their own objective', 'dai.price@council.example', 'R2', true],
    ['an objective lead, another objective', 'dai.price@council.example', 'a', false],
    ['a recommendation lead, a priority nested under it', 'ifan.bowen@council.example', 'a', true],
    ['a recommendation lead, a priority with no lead of its own', 'ifan.bowen@council.example', 'b', true],
    ['a priority lead, its recommendation', 'sara.lloyd@council.example', 'R1', false],
    ['a priority lead, a sibling priority', 'sara.lloyd@council.example', 'b', false],
    ['the action owner, who leads nothing', owner, 'a', false],
    ['anyone, an objective the plan does not have', 'dai.price@council.example', 'Z9', false],
    ['an empty address never matches a lead known only by name', '', 'R2', false]
  ])('%s → %s', (_name, email, objectiveRef, expected) => {
    expect(mayReview(plan, objectives, objectiveRef, email)).toBe(expected);
  });

  test.each<[string, PersonRef | undefined, string, boolean]>([
    ['a plan with no lead: an objective lead still reviews', undefined, 'dai.price@council.example', true],
    ['a plan with no lead: the owner reviews nothing', undefined, owner, false],
    ['the plan lead', planLead, 'ruth.gwyn@council.example', true],
    ['a priority lead', planLead, 'sara.lloyd@council.example', true]
  ])('reviews something in the plan: %s → %s', (_name, lead, email, expected) => {
    expect(reviewsInPlan({ lead }, objectives, email)).toBe(expected);
  });
});

describe('people are matched by e-mail address', () => {
  test.each<[string, PersonRef | undefined, string, boolean]>([
    ['same address', planLead, 'ruth.gwyn@council.example', true],
    ['different case and spaces', planLead, '  RUTH.GWYN@council.example', true],
    ['another person', planLead, owner, false],
    ['a person known only by name', { name: 'IB' }, 'ib@council.example', false],
    ['nobody', undefined, owner, false],
    ['an empty address', { name: 'Nobody', email: '' }, '', false]
  ])('%s → %s', (_name, person, email, expected) => {
    expect(isSamePerson(person, email)).toBe(expected);
  });
});
