import { IsoDate } from '../domain/model';
import { DueList, dueListOf } from '../domain/myMilestones';
import { IMyWorkRepository, StoredDueSources } from '../data/ITrackerRepository';

/**
 * The "My milestones" use case (SPEC §5.3, issue 14): one person's due list on one clock. The
 * Teams tab, the personal app and the web part call it on load and again after a quick action
 * (a milestone marked done, a request decided, an update submitted), so a done item is gone on
 * the re-read. The rows hand back the stored milestones and requests, ETags included, for those
 * quick actions (`completeMilestone`, `decideDeadlineChange`).
 */

export interface MyMilestonesRequest {
  /** The signed-in person. */
  email: string;
  /** The day everything is judged on: the caller's clock (the demo clock in local mode). */
  today: IsoDate;
}

export type MyMilestones = DueList<StoredDueSources>;

export async function loadMyMilestones(repository: Pick<IMyWorkRepository, 'myDueWork'>, request: MyMilestonesRequest): Promise<MyMilestones> {
  return dueListOf(await repository.myDueWork(request.email, request.today), request.today);
}
