import { ReportingPeriod, PersonRef, Plan } from '../domain/model';
import { isPlanTitleTaken } from '../domain/plans';
import { ImportParseResult } from '../domain/import';
import {
  ChallengeResponse, ImportOptions, ImportOutcome, ItemVersions, ITrackerRepository, LinkOutcome, PlanTracker, ReportTracker, Revision, Stored
} from './ITrackerRepository';
import { readChallengeResponses, saveChallengeResponse } from './challengeSaves';
import { readActionVersions, readMeasureVersions } from './queries/historyReads';
import { readReportItems, ReportItems, ReportSpan } from './queries/reportReads';
import { challengeResponseFromItem } from './mapping/challengeMapping';
import { linkNamedPerson, setObjectiveLeads } from './admin/personLinks';
import { NotFoundError, ValidationError } from './errors';
import { planFromItem, planToItem } from './mapping/planMapping';
import { PeopleResolver } from './people';
import { readLastReportedPeriod } from './queries/lastReported';
import { readPlans, readTrackerItems } from './queries/trackerReads';
import { storedAll, trackerOf } from './trackerMapping';
import { WorkRepository } from './WorkRepository';

export type { TrackerRepositoryOptions } from './WorkRepository';

/**
 * The tracker's lists through PnPjs (ITrackerRepository, every role): a person's work and reviews
 * (WorkRepository), and here plans, reports and the dashboard, administration and import — thin,
 * delegating reads to queries/, single saves to ItemSaves, imports to import/, and the rules to
 * src/domain. The CLI, local mode, the dashboard and tests hold this one.
 */
export class TrackerRepository extends WorkRepository implements ITrackerRepository {
  public listPlans(): Promise<Stored<Plan>[]> {
    return this.guard('listPlans', 'The plans list', async () => storedAll(await readPlans(this.sp), planFromItem));
  }

  public savePlan(plan: Plan, revision?: Revision): Promise<Stored<Plan>> {
    return this.guard('savePlan', `Plan "${plan.title}"`, async () => {
      const leadId = await new PeopleResolver(this.sp).idOf(plan.lead);
      const props = planToItem(plan, leadId);
      if (revision) {
        return this.saves.save('plans', revision.id, revision.etag, props, plan, planFromItem, 'plan');
      }
      if (isPlanTitleTaken((await this.listPlans()).map((stored) => stored.value), plan.title)) {
        throw new ValidationError([{ field: 'title', code: 'planTitleTaken', message: `There is already a plan called "${plan.title}": choose another title.`, args: { title: plan.title } }]);
      }
      return this.saves.add('plans', props, plan, 'plan');
    });
  }

  public loadTracker(planTitle: string, period: ReportingPeriod): Promise<PlanTracker> {
    return this.guard('loadTracker', `Plan "${planTitle}"`, async () => {
      const items = await readTrackerItems(this.sp, planTitle, period);
      if (!items) {
        throw new NotFoundError(`Plan "${planTitle}"`);
      }
      return trackerOf(items, period);
    });
  }

  public loadReportTracker(planTitle: string, period: ReportingPeriod): Promise<ReportTracker> {
    return this.guard('loadReportTracker', `Plan "${planTitle}"`, async () => (await this.reportItems(planTitle, { period, from: period })).tracker);
  }

  public loadDashboardTracker(planTitle: string, period: ReportingPeriod, from: ReportingPeriod): Promise<{ tracker: ReportTracker; responses: Stored<ChallengeResponse>[] }> {
    return this.guard('loadDashboardTracker', `Plan "${planTitle}"`, async () => {
      const items = await this.reportItems(planTitle, { period, from, withResponses: true });
      return { tracker: items.tracker, responses: storedAll(items.responses, challengeResponseFromItem) };
    });
  }

  public lastReportedPeriod(planTitle: string): Promise<ReportingPeriod | undefined> {
    return this.guard('lastReportedPeriod', `Plan "${planTitle}"`, async () => {
      const plan = await this.lookups.plan(planTitle);
      return readLastReportedPeriod(this.sp, plan.id, plan.value);
    });
  }

  public challengeResponses(planTitle: string, period: ReportingPeriod): Promise<Stored<ChallengeResponse>[]> {
    return this.guard('challengeResponses', `Plan "${planTitle}"`, async () => readChallengeResponses(this.sp, (await this.lookups.plan(planTitle)).id, period));
  }

  public saveChallengeResponse(planTitle: string, response: ChallengeResponse, revision: Revision | undefined, editor: PersonRef): Promise<Stored<ChallengeResponse>> {
    const context = { sp: this.sp, lookups: this.lookups, saves: this.saves };
    return this.guard('saveChallengeResponse', `The response to challenge ${response.ref}`, () => saveChallengeResponse(context, planTitle, response, revision, editor));
  }

  public itemVersions(planTitle: string, itemType: 'action' | 'measure', ref: string): Promise<ItemVersions> {
    return this.guard('itemVersions', `The history of ${itemType} ${ref}`, () =>
      itemType === 'action' ? readActionVersions(this.sp, this.lookups, planTitle, ref) : readMeasureVersions(this.sp, this.lookups, planTitle, ref));
  }

  public linkNamedPerson(plan: string, name: string, person: PersonRef): Promise<LinkOutcome> {
    return this.guard('linkNamedPerson', `Plan "${plan}"`, () => linkNamedPerson(this.sp, this.lookups, this.saves, plan, name, person));
  }

  public setObjectiveLeads(plan: string, objectiveRef: string, leads: PersonRef[]): Promise<void> {
    return this.guard('setObjectiveLeads', `Objective ${objectiveRef}`, () => setObjectiveLeads(this.sp, this.lookups, this.saves, plan, objectiveRef, leads));
  }

  public async importRows(parsed: ImportParseResult, options: ImportOptions = {}): Promise<ImportOutcome> {
    // Web parts never import: the writer stays out of their bundles (a chunk loaded if ever used).
    const { importRows } = await import(/* webpackChunkName: 'tracker-import' */ './import/importWriter');
    return importRows(this.sp, parsed, options);
  }

  private async reportItems(planTitle: string, span: ReportSpan): Promise<ReportItems> {
    const items = await readReportItems(this.sp, planTitle, span);
    if (!items) {
      throw new NotFoundError(`Plan "${planTitle}"`);
    }
    return items;
  }

}
