/**
 * @jest-environment node
 */
import { ConflictError, ForbiddenError, ValidationError } from '../../src/data/errors';
import { Plan } from '../../src/domain/model';
import { SharePointStore } from '../../src/local/sharepointStore';
import { actionRow, actionsFile, LEAD, repositoryAs, startStore, VISITOR } from './repositoryHarness';

const SEP: Plan = {
  title: 'Powys County Council Strategic Equality Plan 2016-20',
  type: 'Strategic Equality Plan',
  firstYear: '2016-17',
  lastYear: '2019-20',
  status: 'Active',
  allowChangeRequests: false,
  lead: { name: LEAD.title, email: LEAD.email }
};

describe('TrackerRepository.savePlan', () => {
  let store: SharePointStore;

  beforeAll(async () => {
    store = await startStore();
  }, 30000);

  afterAll(() => store.close());

  test('sets up a plan that imports then fill in, without changing its type or years', async () => {
    const repository = repositoryAs(store);
    await repository.savePlan(SEP);
    await repository.importRows(actionsFile([actionRow(SEP.title, 1)]));
    const plans = await repository.listPlans();
    expect(plans.map((plan) => plan.value)).toEqual([SEP]);
    expect((await repository.loadTracker(SEP.title, { financialYear: '2017-18', quarter: 'Q4' })).actions).toHaveLength(1);
  });

  test('a second plan with the same title is refused with a sentence, not a duplicate', async () => {
    const repository = repositoryAs(store);
    await expect(repository.savePlan({ ...SEP, type: 'Other' })).rejects.toThrow(ValidationError);
    await expect(repository.savePlan({ ...SEP, type: 'Other' })).rejects.toThrow(`There is already a plan called "${SEP.title}": choose another title.`);
    expect(await repository.listPlans()).toHaveLength(1);
  });

  test('two people editing the plan: the second gets the first one\'s version, nothing is overwritten', async () => {
    const repository = repositoryAs(store);
    const [read] = await repository.listPlans();
    await repository.savePlan({ ...read.value, lastYear: '2020-21' }, read);
    const stale = repository.savePlan({ ...read.value, status: 'Closed' }, read);
    await expect(stale).rejects.toThrow(ConflictError);
    const error = (await stale.catch((caught: ConflictError<Plan>) => caught)) as ConflictError<Plan>;
    expect(error.current && error.current.lastYear).toBe('2020-21');
    expect((await repository.listPlans())[0].value).toMatchObject({ lastYear: '2020-21', status: 'Active' });
  });

  test('a visitor cannot set up plans', async () => {
    await expect(repositoryAs(store, VISITOR.email).savePlan({ ...SEP, title: 'Another plan' })).rejects.toThrow(ForbiddenError);
    expect(await repositoryAs(store).listPlans()).toHaveLength(1);
  });
});
