import { ActivityType, isActivityType, MY_MILESTONES_ENTITY_ID } from './teamsApps';

/**
 * Teams deep links into the "My milestones" personal app, for the reminder job's activity feed
 * notifications (their `topic.webUrl`): `https://teams.microsoft.com/l/entity/<appId>/<entityId>
 * ?label=…&context={"subEntityId":"…"}`. Teams hands `subEntityId` to the tab (TeamsJS
 * `app.getContext()` → `page.subPageId`), which reads it back with parseMyMilestonesFocus to
 * open on the items the reminder names. A link stays within MAX_DEEP_LINK_LENGTH: item ids that
 * do not fit are left off and the focus says so (`more`), as the tab lists every item anyway.
 */

/** Graph keeps an activity's `webUrl` under 1024 characters (M365-LIMITS.md, "Teams"). */
export const MAX_DEEP_LINK_LENGTH = 1024;

/** What a reminder asks the person to look at. */
export interface IMyMilestonesFocus {
  /** The reminder's activity type, which says why the person was sent here. */
  activity: ActivityType;
  /** SharePoint item ids of the milestones the reminder names, in its order. */
  milestoneIds: number[];
  /** Item ids of the actions whose updates the reminder names, in its order. */
  actionIds: number[];
  /** True when some ids were left off to keep the link short enough. */
  more: boolean;
}

/** The deep link's parts besides the focus. */
export interface IDeepLinkTarget {
  /** The tracker Teams app's id (TRACKER_TEAMS_APP_ID). */
  teamsAppId: string;
  /** The tab's label while Teams opens it, in the person's language. */
  label: string;
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const IDS = /^[1-9][0-9]*(\.[1-9][0-9]*)*$/;

function checkIds(ids: readonly number[], what: string): void {
  ids.forEach((id) => {
    if (!(Number.isInteger(id) && id > 0)) throw new RangeError(`${what} ids are SharePoint item ids (positive whole numbers), not ${id}.`);
  });
}

/** The focus as `subEntityId`: `milestoneOverdue;m=12.40;a=7;more` (parts with no ids left out). */
export function formatMyMilestonesFocus(focus: IMyMilestonesFocus): string {
  checkIds(focus.milestoneIds, 'Milestone');
  checkIds(focus.actionIds, 'Action');
  const parts: string[] = [focus.activity];
  if (focus.milestoneIds.length) parts.push(`m=${focus.milestoneIds.join('.')}`);
  if (focus.actionIds.length) parts.push(`a=${focus.actionIds.join('.')}`);
  if (focus.more) parts.push('more');
  return parts.join(';');
}

/** The focus a deep link carried, or undefined when the tab was opened some other way. */
export function parseMyMilestonesFocus(subEntityId: string | undefined): IMyMilestonesFocus | undefined {
  if (!subEntityId) return undefined;
  const [activity, ...parts] = subEntityId.split(';');
  if (!isActivityType(activity)) return undefined;
  const focus: IMyMilestonesFocus = { activity, milestoneIds: [], actionIds: [], more: false };
  for (const part of parts) {
    const ids = part.slice(2);
    if (part === 'more') focus.more = true;
    else if (part.indexOf('m=') === 0 && IDS.test(ids)) focus.milestoneIds = ids.split('.').map(Number);
    else if (part.indexOf('a=') === 0 && IDS.test(ids)) focus.actionIds = ids.split('.').map(Number);
    else return undefined;
  }
  return focus;
}

function linkFor(target: IDeepLinkTarget, focus: IMyMilestonesFocus): string {
  const context = JSON.stringify({ subEntityId: formatMyMilestonesFocus(focus) });
  return `https://teams.microsoft.com/l/entity/${target.teamsAppId}/${encodeURIComponent(MY_MILESTONES_ENTITY_ID)}` +
    `?label=${encodeURIComponent(target.label)}&context=${encodeURIComponent(context)}`;
}

/**
 * The deep link that opens My milestones on `focus`. Ids beyond what fits in
 * MAX_DEEP_LINK_LENGTH are dropped from the end of the longer list and `more` is set.
 * Throws RangeError for an app id that is not a GUID, an id that is not an item id, or a label
 * so long that no link fits.
 */
export function myMilestonesDeepLink(target: IDeepLinkTarget, focus: Omit<IMyMilestonesFocus, 'more'>): string {
  if (!GUID.test(target.teamsAppId)) throw new RangeError(`The Teams app id must be a GUID, not "${target.teamsAppId}".`);
  // Every id takes at least two characters (a digit and a separator), so no more than this many fit.
  const most = MAX_DEEP_LINK_LENGTH / 2;
  const fitted: IMyMilestonesFocus = {
    activity: focus.activity,
    milestoneIds: focus.milestoneIds.slice(0, most),
    actionIds: focus.actionIds.slice(0, most),
    more: focus.milestoneIds.length > most || focus.actionIds.length > most
  };
  let link = linkFor(target, fitted);
  while (link.length > MAX_DEEP_LINK_LENGTH) {
    if (!fitted.milestoneIds.length && !fitted.actionIds.length) {
      throw new RangeError(`A deep link with the label "${target.label}" is ${link.length} characters, over ${MAX_DEEP_LINK_LENGTH}.`);
    }
    if (fitted.milestoneIds.length >= fitted.actionIds.length) fitted.milestoneIds.pop();
    else fitted.actionIds.pop();
    fitted.more = true;
    link = linkFor(target, fitted);
  }
  return link;
}
