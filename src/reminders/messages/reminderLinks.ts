import { formatMyMilestonesFocus, IMyMilestonesFocus, myMilestonesDeepLink, parseMyMilestonesFocus } from '../../teams/deepLinks';
import { StoredDigest } from '../contracts';
import { ReminderStrings } from './reminderStrings';

/** Where a reminder sends the person: My milestones in Teams, or its SharePoint page from an e-mail. */
export interface ReminderLinks {
  /** The tracker Teams app's id (TRACKER_TEAMS_APP_ID). */
  teamsAppId: string;
  /** The site page holding the My milestones web part, which reads `?subEntityId=` as Teams' own. */
  myMilestonesPageUrl: string;
}

/** The items a digest names: milestones by item id, owed updates and action end dates by their action's id. */
export function digestFocus(digest: StoredDigest): Omit<IMyMilestonesFocus, 'more'> {
  const milestoneIds: number[] = [];
  const actionIds: number[] = [];
  const add = (ids: number[], id: number): void => { if (ids.indexOf(id) < 0) ids.push(id); };
  digest.rows.forEach((row) => {
    if (row.kind === 'milestone') add(milestoneIds, row.milestone.id);
    else if (row.kind === 'updateOwed' || row.kind === 'actionEnd') add(actionIds, row.action.id);
  });
  return { activity: digest.kind, milestoneIds, actionIds };
}

/** The Teams deep link into My milestones on the digest's items, within Teams' 1,024 characters. */
export function teamsLink(digest: StoredDigest, strings: ReminderStrings, links: ReminderLinks): string {
  return myMilestonesDeepLink({ teamsAppId: links.teamsAppId, label: strings.myMilestones }, digestFocus(digest));
}

/**
 * The e-mail's link: the My milestones page with the same focus as the Teams link, so it is as
 * short (ids beyond what fits are left off and `more` is set).
 */
export function pageLink(digest: StoredDigest, strings: ReminderStrings, links: ReminderLinks): string {
  const context = new URL(teamsLink(digest, strings, links)).searchParams.get('context') || '{}';
  const focus = parseMyMilestonesFocus(JSON.parse(context).subEntityId) as IMyMilestonesFocus;
  const separator = links.myMilestonesPageUrl.indexOf('?') >= 0 ? '&' : '?';
  return `${links.myMilestonesPageUrl}${separator}subEntityId=${encodeURIComponent(formatMyMilestonesFocus(focus))}`;
}
