import { PersonRef } from '../domain/model';
import { IDashboardRepository, Stored } from '../data/ITrackerRepository';
import { ChallengeResponse, ResponseSave } from './dashboardTypes';

/**
 * A plan lead writes the management team's response to a performance challenge, in place on the
 * dashboard (SPEC §4.4, issue 13). A first save adds it; a later one passes the revision read, and
 * a stale revision throws ConflictError carrying the server's version, as saving an update does.
 * Anyone but the plan's lead gets NotPlanLeadError.
 */
export function saveChallengeResponse(repo: IDashboardRepository, save: ResponseSave, editor: PersonRef): Promise<Stored<ChallengeResponse>> {
  return repo.saveChallengeResponse(save.plan, save.response, save.revision, editor);
}
