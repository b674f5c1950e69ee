/**
 * @jest-environment node
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { dateToItem } from '../../../src/data/mapping/fieldValues';
import { silentLogger } from '../../../src/data/logger';
import { ReminderStore } from '../../../src/data/reminders/ReminderStore';
import { StoredReminderSources } from '../../../src/data/reminders/reminderStoreTypes';
import { LISTS } from '../../../src/data/schema';
import { TrackerRepository } from '../../../src/data/TrackerRepository';
import { MilestoneImportRow } from '../../../src/domain/import';
import { ReminderInput } from '../../../src/domain/reminders/reminderTypes';
import { SharePointStore } from '../../../src/local/sharepointStore';
import { startTrackerSite } from '../../../src/local/trackerSite';
import { actionRow, actionsFile, LEAD, OWNER, planActions, repositoryAs, spAs, VISITOR } from '../repositoryHarness';
import { OTHER_LEAD, personOf, setObjectiveLeads, setPlan } from '../reviewHarness';

/**
 * The reminder job's input for a small site, through the real PnPjs store over HTTP. Today is
 * Thu 5 July 2018: 2018-19 Q1 is open for updates and Q2 is today's quarter, so the log's Q1 and
 * Q2 rows are read, not 2017-18 Q4's or Q3's. The store's clock stands at 00:30 on 4 July, London
 * time (23:30 UTC on the 3rd), so a request made now was made on 4 July.
 * Jan Coles owns the odd rows of each plan's actions (2.1., 1.3., 3.5.) and their milestones, and
 * a milestone under IB's action 1.0.; Pat Lead leads the Corporate Improvement Plan; Sam Other
 * leads the Strategic Equality Plan's objective 1; Val Viewer leads the closed plan.
 */

const PLAN = 'Corporate Improvement Plan';
const CLOSED_PLAN = 'Post-inspection Action Plan 2015';
const OTHER_PLAN = 'Strategic Equality Plan 2016-20';
const TODAY = '2018-07-05';
const CLOCK = Date.parse('2018-07-03T23:30:00Z');
type Person = ReminderInput<StoredReminderSources>['people'][number];

function milestoneRow(plan: string, actionRef: string, title: string, dueDate: string, owner?: typeof OWNER): MilestoneImportRow {
  return { rowNumber: 2, plan, milestone: owner ? { actionRef, title, dueDate, owner: personOf(owner) } : { actionRef, title, dueDate } };
}

function short(plan: string): string {
  return plan.split(' ').map((word) => word[0]).join('').replace(/\d/g, '');
}

/** `CIP 2.1. owned objective 2 owner jan.coles@…`, sorted. */
function actionLabels(person: Person): string[] {
  return person.actions.map((entry) => {
    const value = entry.action.value;
    return `${short(entry.plan)} ${value.ref} ${entry.owned ? 'owned' : 'not owned'} objective ${value.objectiveRef} owner ${value.owner.email || value.owner.name}`;
  }).sort();
}

function milestoneLabels(person: Person): string[] {
  return person.milestones.map((entry) => `${short(entry.plan)} ${entry.milestone.value.actionRef} ${entry.milestone.value.title} ${entry.milestone.value.dueDate}`).sort();
}

describe('the reminder input of a small site', () => {
  let store: SharePointStore;
  let lead: TrackerRepository;
  let input: ReminderInput<StoredReminderSources>;
  const read = (): Promise<ReminderInput<StoredReminderSources>> => new ReminderStore(spAs(store), { logger: silentLogger }).readReminderInput(TODAY);
  const personFor = (email: string): Person => input.people.filter((person) => person.email === email)[0];

  beforeAll(async () => {
    store = await startTrackerSite({ memory: true, port: 0, quiet: true, people: [LEAD, OWNER, VISITOR, OTHER_LEAD], clock: () => CLOCK });
    lead = repositoryAs(store);
    await lead.importRows(planActions(PLAN, 6));
    await lead.importRows(actionsFile([actionRow(CLOSED_PLAN, 0), actionRow(CLOSED_PLAN, 1)]));
    await lead.importRows(actionsFile([actionRow(OTHER_PLAN, 0), actionRow(OTHER_PLAN, 1)]));
    await lead.importRows({
      kind: 'milestones', errors: [], warnings: [], rows: [
        milestoneRow(PLAN, '2.1.', 'Train staff', '2018-07-01'),
        milestoneRow(PLAN, '1.0.', 'Brief the cabinet member', '2018-07-10', OWNER),
        milestoneRow(PLAN, '3.2.', 'Someone else’s', '2018-07-02'),
        milestoneRow(CLOSED_PLAN, '2.1.', 'In a closed plan', '2018-07-01'),
        milestoneRow(OTHER_PLAN, '2.1.', 'Equality training', '2018-06-25')
      ]
    });
    await setPlan(lead, PLAN, { lead: personOf(LEAD) });
    await setPlan(lead, CLOSED_PLAN, { lead: personOf(VISITOR), status: 'Closed' });
    await setObjectiveLeads(store, lead, OTHER_PLAN, '1', [OTHER_LEAD]);
    await repositoryAs(store, OWNER.email).requestDeadlineChange(PLAN, {
      actionRef: '3.5.', currentDate: '2018-06-30', requestedDate: '2018-09-30', reason: 'Consultation extended', requester: personOf(OWNER), decision: 'Pending'
    });
    const sp = spAs(store);
    const calendar = sp.web.lists.getByTitle(LISTS.calendar.title).items;
    await calendar.add({ FinancialYear: '2018-19', Quarter: 'Q1', UpdatesDue: dateToItem('2018-07-20') });
    await calendar.add({ FinancialYear: '2017-18', Quarter: 'Q4', UpdatesDue: dateToItem('2018-04-20') });
    const log = sp.web.lists.getByTitle(LISTS.reminderLog.title).items;
    await log.add({ Title: 'jan.coles@council.gov.uk|2018-19 Q1|updateDue14', Recipient: 'jan.coles@council.gov.uk', PeriodKey: '2018-19 Q1', Stage: 'updateDue14', DeliveryState: 'Sent', SentOn: '2018-07-06T08:00:00Z', ClaimedAt: '2018-07-06T07:59:00Z' });
    await log.add({ Title: 'jan.coles@council.gov.uk|2018-19 Q2|milestoneDueSoon 2018-07-10', Recipient: 'jan.coles@council.gov.uk', PeriodKey: '2018-19 Q2', Stage: 'milestoneDueSoon 2018-07-10', DeliveryState: 'Sending', ClaimedAt: '2018-07-05T08:00:00Z' });
    await log.add({ Title: 'jan.coles@council.gov.uk|2017-18 Q4|updateOverdue', Recipient: 'jan.coles@council.gov.uk', PeriodKey: '2017-18 Q4', Stage: 'updateOverdue', DeliveryState: 'Sent' });
    await log.add({ Title: 'lead@council.gov.uk|2018-19 Q3|escalation', Recipient: 'lead@council.gov.uk', PeriodKey: '2018-19 Q3', Stage: 'escalation', DeliveryState: 'Failed' });
    store.resetStats();
    input = await read();
  }, 60000);

  afterAll(() => store.close());

  test('lists the owners and the leads of the open plans by lower-case e-mail; the closed plan’s lead is not there', () => {
    expect(input.people.map((person) => [person.email, person.name])).toEqual([
      ['jan.coles@council.gov.uk', 'Jan Coles'],
      ['lead@council.gov.uk', 'Pat Lead'],
      ['sam.other@council.gov.uk', 'Sam Other']
    ]);
  });

  test('an owner has their actions in open plans with objective and owner, and the action of a milestone they own under someone else’s', () => {
    const jan = personFor(OWNER.email);
    expect(actionLabels(jan)).toEqual([
      'CIP 1.0. not owned objective 1 owner IB',
      'CIP 1.3. owned objective 1 owner jan.coles@council.gov.uk',
      'CIP 2.1. owned objective 2 owner jan.coles@council.gov.uk',
      'CIP 3.5. owned objective 3 owner jan.coles@council.gov.uk',
      'SEP 2.1. owned objective 2 owner jan.coles@council.gov.uk'
    ]);
    expect(jan.actions.filter((entry) => entry.owned).map((entry) => entry.action.value.owner)).toEqual(Array(4).fill({ name: 'Jan Coles', email: OWNER.email }));
    expect(milestoneLabels(jan)).toEqual([
      'CIP 1.0. Brief the cabinet member 2018-07-10',
      'CIP 2.1. Train staff 2018-07-01',
      'SEP 2.1. Equality training 2018-06-25'
    ]);
    expect(jan.plans.map((plan) => plan.title)).toEqual([PLAN, OTHER_PLAN]);
    expect(jan.changeRequests).toEqual([]);
  });

  test('actions carry the updates that counted (2017-18 Q4’s, from ReportedStatuses), milestones and requests their ETags', () => {
    const jan = personFor(OWNER.email);
    const owned = jan.actions.filter((entry) => entry.owned && entry.action.value.ref === '1.3.' && entry.plan === PLAN)[0];
    expect(owned.updates.map((update) => [update.financialYear, update.quarter, update.status])).toEqual([['2017-18', 'Q4', 'NotDue']]);
    expect(jan.milestones.every((entry) => entry.milestone.etag !== '' && entry.milestone.id > 0)).toBe(true);
  });

  test('a plan lead has the pending requests of their plan to decide, made on the London date it was asked', () => {
    const pat = personFor(LEAD.email);
    expect([pat.plans.map((plan) => plan.title), pat.actions, pat.milestones]).toEqual([[PLAN], [], []]);
    expect(pat.changeRequests.map((entry) => [entry.plan, entry.actionTitle, entry.request.value.actionRef, entry.request.value.requestedDate, entry.request.requestedOn])).toEqual([
      [PLAN, 'Action number 5', '3.5.', '2018-09-30', '2018-07-04']
    ]);
    expect(pat.changeRequests[0].request.etag).not.toBe('');
  });

  test('an objective lead who owns nothing is there with the plan they lead in; objectives are the open plans’', () => {
    const sam = personFor(OTHER_LEAD.email);
    expect([sam.plans.map((plan) => plan.title), sam.actions, sam.milestones, sam.changeRequests]).toEqual([[OTHER_PLAN], [], [], []]);
    expect(input.objectives.map((entry) => `${short(entry.plan)} ${entry.objective.ref} ${entry.objective.leads.map((person) => person.email).join(',')}`)).toEqual([
      'CIP 1 ', 'CIP 2 ', 'CIP 3 ', 'SEP 1 sam.other@council.gov.uk', 'SEP 2 '
    ]);
  });

  test('everyone has the calendar of 2018-19 (the open and current quarters’ year), not 2017-18’s', () => {
    input.people.forEach((person) => expect(person.calendar.map((entry) => `${entry.financialYear} ${entry.quarter} ${entry.updatesDue}`)).toEqual(['2018-19 Q1 2018-07-20']));
  });

  test('the log rows of 2018-19 Q1 and Q2 only; a Sending row’s time is its claim', () => {
    expect(input.log).toEqual([
      { key: 'jan.coles@council.gov.uk|2018-19 Q1|updateDue14', recipient: OWNER.email, periodKey: '2018-19 Q1', stage: 'updateDue14', state: 'Sent', sentOn: '2018-07-06T08:00:00Z' },
      { key: 'jan.coles@council.gov.uk|2018-19 Q2|milestoneDueSoon 2018-07-10', recipient: OWNER.email, periodKey: '2018-19 Q2', stage: 'milestoneDueSoon 2018-07-10', state: 'Sending', sentOn: '2018-07-05T08:00:00Z' }
    ]);
  });

  test('reads in two $batch requests; a third reads updates only for an action whose ReportedStatuses is empty', async () => {
    expect(store.stats().routes).toEqual({ 'POST /_api/$batch': 2 });
    const jan = personFor(OWNER.email);
    const action = jan.actions.filter((entry) => entry.owned && entry.action.value.ref === '1.3.' && entry.plan === PLAN)[0];
    await spAs(store).web.lists.getByTitle(LISTS.actions.title).items.getById(action.action.id).update({ ReportedStatuses: null });
    store.resetStats();
    const again = await read();
    expect(store.stats().routes).toEqual({ 'POST /_api/$batch': 2, 'GET /_api/web/lists/getByTitle()/items': 1 });
    const reread = again.people.filter((person) => person.email === OWNER.email)[0].actions.filter((entry) => entry.action.id === action.action.id)[0];
    expect(reread.updates.map((update) => [update.financialYear, update.quarter, update.status])).toEqual([['2017-18', 'Q4', 'NotDue']]);
  });

  test('given the planner’s window of due dates, only the milestones due within it are read', async () => {
    const windowed = await new ReminderStore(spAs(store), { logger: silentLogger }).readReminderInput(TODAY, { from: '2018-06-28', to: '2018-07-05' });
    const jan = windowed.people.filter((person) => person.email === OWNER.email)[0];
    // Train staff (1 July) is inside; Equality training (25 June) and the cabinet briefing (10 July) are not.
    expect(milestoneLabels(jan)).toEqual(['CIP 2.1. Train staff 2018-07-01']);
  });
});
