import { readFileSync } from 'fs';
import { join } from 'path';
import { MeasureImportRow } from '../../domain/import';
import { Measure, PersonRef, ReportedStatus } from '../../domain/model';
import { measureOutturn } from '../../domain/measureValues';
import { parsePeriodKey } from '../../domain/periods';
import { ITrackerRepository, PlanTracker } from '../../data/ITrackerRepository';
import { DemoPerson } from '../workbench/demoPeople';

/**
 * The demo overlay (demoOverlay.json, README.md "The demo overlay"): what local mode adds to the
 * councils' transcribed plans so every demo person has real work on the demo's own day (SPEC
 * §5.6), without editing the councils' figures: which owners named in the documents ("ALN1",
 * "CR") each demo person plays, who leads what, the year's measures restated for the next year
 * as a performance team does each April, and a few updates and a deadline change request made
 * through the repository as the demo people.
 */

export interface OverlayPerson extends DemoPerson {
  /** The owners each plan names that this person plays in the demo. */
  plays: Array<{ plan: string; names: string[] }>;
}

interface DemoUpdate {
  as: string;
  plan: string;
  action: string;
  period: string;
  status: ReportedStatus;
  submittedOn: string;
  progress: string;
  remedialAction?: string;
}

interface DemoDeadlineChange {
  as: string;
  plan: string;
  action: string;
  requestedDate: string;
  reason: string;
}

export interface DemoOverlay {
  /** The demo's own day: local mode's clock starts here. */
  today: string;
  people: OverlayPerson[];
  planLeads: Array<{ plan: string; lead: string }>;
  objectiveLeads: Array<{ plan: string; objectives: string[]; leads: string[] }>;
  restateMeasures: Array<{ plan: string; from: string; to: string }>;
  updates: DemoUpdate[];
  deadlineChanges: DemoDeadlineChange[];
}

export const DEMO_OVERLAY: DemoOverlay = JSON.parse(readFileSync(join(__dirname, 'demoOverlay.json'), 'utf8')) as DemoOverlay;

/** The demo people, as the store's directory and the workbench's "sign in as" know them. */
export const DEMO_PEOPLE: OverlayPerson[] = DEMO_OVERLAY.people;

function personOf(email: string): PersonRef {
  const person = DEMO_PEOPLE.filter((candidate) => candidate.email === email)[0];
  if (!person) {
    throw new Error(`demoOverlay.json names ${email}, who is not one of its people`);
  }
  return { name: person.title, email: person.email };
}

/** The year's measures as the next year's: same definition and target, last year's outturn as the prior year's actual, no values. */
function restatedRows(tracker: PlanTracker, from: string, to: string): MeasureImportRow[] {
  const values = tracker.measureValues.map((stored) => stored.value);
  return tracker.measures
    .map((stored) => stored.value)
    .filter((measure) => measure.financialYear === from)
    .map((measure, index) => {
      const objective = tracker.objectives.filter((stored) => stored.value.ref === measure.objectiveRef)[0];
      const outturn = measureOutturn(values, measure.ref, from);
      const restated: Measure = { ...measure, financialYear: to };
      if (outturn !== undefined) restated.priorYearActual = outturn;
      return { rowNumber: index + 2, plan: tracker.plan.value.title, objectiveRef: measure.objectiveRef, objectiveTitle: objective && objective.value.title, measure: restated, values: [] };
    });
}

async function restateMeasures(repository: ITrackerRepository, overlay: DemoOverlay): Promise<void> {
  for (const restatement of overlay.restateMeasures) {
    const tracker = await repository.loadTracker(restatement.plan, { financialYear: restatement.from, quarter: 'Q4' });
    await repository.importRows({ kind: 'measures', errors: [], warnings: [], rows: restatedRows(tracker, restatement.from, restatement.to) });
  }
}

async function assignRoles(repository: ITrackerRepository, overlay: DemoOverlay): Promise<void> {
  for (const person of overlay.people) {
    for (const role of person.plays) {
      for (const name of role.names) {
        await repository.linkNamedPerson(role.plan, name, personOf(person.email));
      }
    }
  }
  const plans = await repository.listPlans();
  for (const { plan, lead } of overlay.planLeads) {
    const stored = plans.filter((candidate) => candidate.value.title === plan)[0];
    await repository.savePlan({ ...stored.value, lead: personOf(lead) }, { id: stored.id, etag: stored.etag });
  }
  for (const { plan, objectives, leads } of overlay.objectiveLeads) {
    for (const ref of objectives) {
      await repository.setObjectiveLeads(plan, ref, leads.map(personOf));
    }
  }
}

async function stageActivity(repositoryAs: (email: string) => ITrackerRepository, overlay: DemoOverlay): Promise<void> {
  for (const update of overlay.updates) {
    const period = parsePeriodKey(update.period);
    if (!period) throw new Error(`demoOverlay.json: "${update.period}" is not a period`);
    await repositoryAs(update.as).saveUpdate(update.plan, {
      actionRef: update.action, financialYear: period.financialYear, quarter: period.quarter, status: update.status,
      progress: update.progress, remedialAction: update.remedialAction, reviewState: 'Submitted',
      submittedBy: personOf(update.as), submittedOn: new Date(update.submittedOn).toISOString()
    });
  }
  for (const change of overlay.deadlineChanges) {
    const repository = repositoryAs(change.as);
    const tracker = await repository.loadTracker(change.plan, { financialYear: '2019-20', quarter: 'Q4' });
    const action = tracker.actions.filter((stored) => stored.value.ref === change.action)[0];
    await repository.requestDeadlineChange(change.plan, {
      actionRef: change.action, currentDate: action.value.endDate as string, requestedDate: change.requestedDate,
      reason: change.reason, requester: personOf(change.as), decision: 'Pending'
    });
  }
}

/** Applies the overlay once the demo plans are imported: roles, restated measures, then the demo people's activity. */
export async function applyDemoOverlay(repositoryAs: (email: string) => ITrackerRepository, owner: ITrackerRepository, overlay: DemoOverlay = DEMO_OVERLAY): Promise<void> {
  await assignRoles(owner, overlay);
  await restateMeasures(owner, overlay);
  await stageActivity(repositoryAs, overlay);
}
