/**
 * @jest-environment node
 */
import { NotFoundError, ValidationError } from '../../src/data/errors';
import { TrackerRepository } from '../../src/data/TrackerRepository';
import { ActionImportRow, MeasureImportRow } from '../../src/domain/import';
import { PersonRef, ReportingPeriod } from '../../src/domain/model';
import { SharePointStore, StorePerson } from '../../src/local/sharepointStore';
import { startTrackerSite } from '../../src/local/trackerSite';
import { actionRow, actionsFile, LEAD, OWNER, repositoryAs, snapshot, spAs, VISITOR } from './repositoryHarness';
import { OTHER_LEAD, ownersUpdate, personOf, setPlan } from './reviewHarness';

/**
 * Plan leads' admin of people (SPEC §4.6, §5.5): an owner the import kept as a name ("IB") is
 * linked to a site user, who then owns what the name owns and is a delegate where it is one, in
 * that plan only; an objective's leads are set, and then review its actions' updates.
 */

/** The site user the tracker's "IB" turns out to be. */
const IFAN: StorePerson = { email: 'ifan.bowen@council.gov.uk', title: 'Ifan Bowen', role: 'member' };
const PLAN = 'Corporate Improvement Plan';
const OTHER_PLAN = 'Strategic Equality Plan 2016-20';
const Q1: ReportingPeriod = { financialYear: '2018-19', quarter: 'Q1' };
const IB: PersonRef = { name: 'IB' };
const JAN = personOf(OWNER);

/** Action `ref` (actionRow n, objective 1 + n % 3) with this owner and these delegates. */
function action(plan: string, n: number, owner: PersonRef, delegates: PersonRef[] = []): ActionImportRow {
  const row = actionRow(plan, n);
  return { ...row, action: { ...row.action, owner, delegates } };
}

function measure(plan: string, rowNumber: number, ref: string, owner: PersonRef): MeasureImportRow {
  return {
    rowNumber, plan, objectiveRef: '1', values: [],
    measure: {
      ref, objectiveRef: '1', title: `Measure ${ref}`, financialYear: '2018-19', unit: '%', polarity: 'High', frequency: 'Quarterly',
      aggregation: 'InQuarter', target: { lower: 75, upper: 75 }, tolerance: { kind: 'percent', amount: 10 }, owner
    }
  };
}

// Plan A: IB owns actions 1.0. and 3.5., milestone "Survey sent" (by default, from 1.0.) and "Consultation closes" (named
// on the row), and measure M1; IB is a delegate on 2.1. (Jan's) and on 3.2. (beside Jan); "IBM" is someone else.
const PLAN_ACTIONS = [
  action(PLAN, 0, IB), action(PLAN, 1, JAN, [IB]), action(PLAN, 2, { name: 'CA1' }, [JAN, IB]), action(PLAN, 3, JAN),
  action(PLAN, 4, { name: 'IBM' }), action(PLAN, 5, IB)
];
const LINKED_IN_PLAN = { owned: 2 + 2 + 1, delegated: 2 };

describe('linking named people and setting objective leads against the embedded SharePoint store', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;

  beforeAll(async () => {
    store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: [LEAD, OWNER, VISITOR, OTHER_LEAD, IFAN] });
    lead = repositoryAs(store);
    await lead.importRows(actionsFile(PLAN_ACTIONS.concat([action(OTHER_PLAN, 0, IB, [IB])])));
    await lead.importRows({
      kind: 'milestones', errors: [], warnings: [],
      rows: [
        { rowNumber: 2, plan: PLAN, milestone: { actionRef: '1.0.', title: 'Survey sent', dueDate: '2018-06-30' } },
        { rowNumber: 3, plan: PLAN, milestone: { actionRef: '2.1.', title: 'Consultation closes', dueDate: '2018-06-30', owner: IB } },
        { rowNumber: 4, plan: PLAN, milestone: { actionRef: '2.1.', title: 'Report drafted', dueDate: '2018-09-30' } },
        { rowNumber: 5, plan: OTHER_PLAN, milestone: { actionRef: '1.0.', title: 'Survey sent', dueDate: '2018-06-30' } }
      ]
    });
    await lead.importRows({
      kind: 'measures', errors: [], warnings: [],
      rows: [measure(PLAN, 2, 'M1', IB), measure(PLAN, 3, 'M2', JAN), measure(OTHER_PLAN, 4, 'M1', IB)]
    });
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
  }, 60000);

  afterAll(() => store.close());

  const ifansItems = async (): Promise<Record<string, string[]>> => {
    const mine = await repositoryAs(store, IFAN.email).myItems(IFAN.email, Q1);
    return {
      actions: mine.actions.map((item) => `${item.plan} ${item.action.value.ref}`).sort(),
      milestones: mine.milestones.map((item) => `${item.plan} ${item.milestone.value.title}`).sort(),
      measures: mine.measures.map((item) => `${item.plan} ${item.measure.value.ref}`).sort()
    };
  };

  const ownersIn = async (plan: string): Promise<Record<string, PersonRef | undefined>> => {
    const tracker = await lead.loadTracker(plan, Q1);
    const owners: Record<string, PersonRef | undefined> = {};
    tracker.actions.forEach((item) => (owners[item.value.ref] = item.value.owner));
    tracker.milestones.forEach((item) => (owners[item.value.title] = item.value.owner));
    tracker.measures.forEach((item) => (owners[item.value.ref] = item.value.owner));
    return owners;
  };

  describe('linkNamedPerson', () => {
    test.each<[string, string, string, PersonRef, string, string]>([
      ['someone the site does not know', PLAN, 'IB', { name: 'Nia Nobody', email: 'nia.nobody@council.gov.uk' }, 'ValidationError', 'Nia Nobody is not a user of this site.'],
      ['an unknown plan', 'No such plan', 'IB', personOf(IFAN), 'NotFoundError', 'Plan "No such plan" could not be found. It may have been deleted, or the tracker\'s lists are not set up on this site.']
    ])('to %s is refused with a sentence, and nothing is written', async (_case, plan, name, person, type, message) => {
      const before = await snapshot(spAs(store));
      const error = await lead.linkNamedPerson(plan, name, person).catch((e) => e);
      expect(error).toBeInstanceOf(type === 'ValidationError' ? ValidationError : NotFoundError);
      expect(error.message).toBe(message);
      expect(await snapshot(spAs(store))).toEqual(before);
    });

    test('a name nobody in the plan uses links nothing, says so, and writes nothing', async () => {
      const before = await snapshot(spAs(store));
      expect(await lead.linkNamedPerson(PLAN, 'ZZ', personOf(IFAN))).toEqual({ owned: 0, delegated: 0 });
      expect(await snapshot(spAs(store))).toEqual(before);
    });

    test('before linking, the named owner owes nothing to anyone: Ifan Bowen has no items', async () => {
      expect(await ifansItems()).toEqual({ actions: [], milestones: [], measures: [] });
    });

    test('links every action, milestone and measure of the plan the name owns, and every action it is a delegate on, and counts them', async () => {
      expect(await lead.linkNamedPerson(PLAN, 'IB', personOf(IFAN))).toEqual(LINKED_IN_PLAN);
      expect(await ifansItems()).toEqual({
        actions: [`${PLAN} 1.0.`, `${PLAN} 2.1.`, `${PLAN} 3.2.`, `${PLAN} 3.5.`],
        milestones: [`${PLAN} Consultation closes`, `${PLAN} Survey sent`],
        measures: [`${PLAN} M1`]
      });
    });

    test('the name stays as the tracker wrote it, now with the person; other names are untouched', async () => {
      const linkedIb = { name: 'IB', email: IFAN.email };
      expect(await ownersIn(PLAN)).toEqual({
        '1.0.': linkedIb, '2.1.': JAN, '3.2.': { name: 'CA1' }, '1.3.': JAN, '2.4.': { name: 'IBM' }, '3.5.': linkedIb,
        'Survey sent': linkedIb, 'Consultation closes': linkedIb, 'Report drafted': JAN, M1: linkedIb, M2: JAN
      });
    });

    test('the other plan’s "IB" is not linked: a name is only known within its plan', async () => {
      expect(await ownersIn(OTHER_PLAN)).toEqual({ '1.0.': IB, 'Survey sent': IB, M1: IB });
    });

    test('a delegate already linked stays a delegate beside the newly linked one', async () => {
      const jans = (await repositoryAs(store, OWNER.email).myItems(OWNER.email, Q1)).actions.map((item) => item.action.value.ref).sort();
      expect(jans).toEqual(['1.3.', '2.1.', '3.2.']);
    });

    test('the linked delegate reads back as linked, as the linked owner does', async () => {
      const tracker = await lead.loadTracker(PLAN, Q1);
      const delegatesOf = (ref: string): PersonRef[] => tracker.actions.filter((item) => item.value.ref === ref)[0].value.delegates;
      expect(delegatesOf('2.1.')).toEqual([{ name: 'IB', email: IFAN.email }]);
      expect(delegatesOf('3.2.')).toEqual([JAN, { name: 'IB', email: IFAN.email }]);
    });

    test('linking the same name again changes nothing anyone owns', async () => {
      await lead.linkNamedPerson(PLAN, 'IB', personOf(IFAN));
      expect((await ifansItems()).actions).toEqual([`${PLAN} 1.0.`, `${PLAN} 2.1.`, `${PLAN} 3.2.`, `${PLAN} 3.5.`]);
    });

    test('re-importing the same tracker (which still says "IB") keeps the link: re-import updates, it does not undo admin', async () => {
      await lead.importRows(actionsFile(PLAN_ACTIONS));
      expect((await ifansItems()).actions).toEqual([`${PLAN} 1.0.`, `${PLAN} 2.1.`, `${PLAN} 3.2.`, `${PLAN} 3.5.`]);
    });
  });

  describe('an address the directory does not know (SPEC §4.6: kept as a named owner, not an error)', () => {
    test('an import keeps it as a name listed as not linked yet, and that name can then be linked', async () => {
      const plan = 'Libraries Service Plan';
      const outcome = await lead.importRows(actionsFile([action(plan, 0, { name: 'Gwen Ghost', email: 'gwen.ghost@council.gov.uk' })])).catch((e) => e);
      expect(outcome).toMatchObject({ created: 1, unlinkedOwners: ['Gwen Ghost'] });
      expect((await ownersIn(plan))['1.0.']).toEqual({ name: 'Gwen Ghost' });
      expect(await lead.linkNamedPerson(plan, 'Gwen Ghost', personOf(IFAN))).toEqual({ owned: 1, delegated: 0 });
    });
  });

  describe('setObjectiveLeads', () => {
    beforeAll(async () => {
      const owner = repositoryAs(store, OWNER.email);
      // 2.1. sits under objective 2, 1.3. under objective 1.
      await owner.saveUpdate(PLAN, ownersUpdate('2.1.', '2018-19', 'Q1', 'Submitted', '2018-07-02T09:00:00Z'));
      await owner.saveUpdate(PLAN, ownersUpdate('1.3.', '2018-19', 'Q1', 'Submitted', '2018-07-03T09:00:00Z'));
    });

    const leadsOf = async (ref: string): Promise<PersonRef[]> =>
      (await lead.loadTracker(PLAN, Q1)).objectives.filter((item) => item.value.ref === ref)[0].value.leads;

    const queueOf = async (person: StorePerson): Promise<string[]> =>
      (await repositoryAs(store, person.email).reviewQueue(person.email, Q1)).updates.map((item) => item.action.value.ref);

    test.each<[string, string, string, PersonRef[], string, string]>([
      ['an objective the plan does not have', PLAN, '9', [personOf(IFAN)], 'NotFoundError', 'Objective 9 could not be found. It may have been deleted, or the tracker\'s lists are not set up on this site.'],
      ['an unknown plan', 'No such plan', '2', [personOf(IFAN)], 'NotFoundError', 'Plan "No such plan" could not be found. It may have been deleted, or the tracker\'s lists are not set up on this site.'],
      ['a lead the site does not know', PLAN, '2', [personOf(IFAN), { name: 'Nia Nobody', email: 'nia.nobody@council.gov.uk' }], 'ValidationError', 'Nia Nobody is not a user of this site.']
    ])('%s is refused with a sentence naming it, and nothing is written', async (_case, plan, ref, leads, type, message) => {
      const before = await snapshot(spAs(store));
      const error = await lead.setObjectiveLeads(plan, ref, leads).catch((e) => e);
      expect(error).toBeInstanceOf(type === 'ValidationError' ? ValidationError : NotFoundError);
      expect(error.message).toBe(message);
      expect(await snapshot(spAs(store))).toEqual(before);
    });

    test("the objective's leads are saved, and then review its actions' updates, and no other objective's", async () => {
      expect(await queueOf(IFAN)).toEqual([]);
      await lead.setObjectiveLeads(PLAN, '2', [personOf(IFAN), personOf(OTHER_LEAD)]);
      expect(await leadsOf('2')).toEqual([personOf(IFAN), personOf(OTHER_LEAD)]);
      expect(await leadsOf('1')).toEqual([]);
      expect(await queueOf(IFAN)).toEqual(['2.1.']);
      expect(await queueOf(OTHER_LEAD)).toEqual(['2.1.']);
      // The plan lead reviews every objective's, whoever leads them.
      expect(await queueOf(LEAD)).toEqual(['2.1.', '1.3.']);
    });

    test('setting them again replaces them: a lead taken off no longer reviews the objective', async () => {
      await lead.setObjectiveLeads(PLAN, '2', [personOf(OTHER_LEAD)]);
      expect(await leadsOf('2')).toEqual([personOf(OTHER_LEAD)]);
      expect(await queueOf(IFAN)).toEqual([]);
      expect(await queueOf(OTHER_LEAD)).toEqual(['2.1.']);
    });

    test('no leads clears them', async () => {
      await lead.setObjectiveLeads(PLAN, '2', []);
      expect(await leadsOf('2')).toEqual([]);
      expect(await queueOf(OTHER_LEAD)).toEqual([]);
    });
  });
});
