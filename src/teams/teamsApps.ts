/**
 * The two Teams apps the tracker ships (teams-apps/ holds their manifests; README "Teams apps"):
 * - the **tracker app**: the SPFx web parts as a personal app ("My milestones") and a channel tab
 *   (the dashboard), signed in through SharePoint;
 * - the **notifier app**: no tabs, only the activity types the reminder job posts to a person's
 *   Teams activity feed. Its webApplicationInfo is the reminder job's own Entra app, which the
 *   SPFx app cannot be (its webApplicationInfo is SharePoint's).
 * The reminder job, the package step and the tests read the ids and names from here.
 */

/** The My milestones web part (src/webparts/myMilestones/MyMilestonesWebPart.manifest.json). */
export const MY_MILESTONES_COMPONENT_ID = 'f8a2d087-3d4b-4d93-a0d2-54ecfb697bc8';

/** The dashboard web part (src/webparts/dashboard/DashboardWebPart.manifest.json), the channel tab. */
export const DASHBOARD_COMPONENT_ID = '0d3c7a52-6f1e-4b8a-9c2d-5e4f1a7b8c90';

/** The My updates web part (src/webparts/myUpdates/MyUpdatesWebPart.manifest.json): a Teams tab too, not in the tracker app. */
export const MY_UPDATES_COMPONENT_ID = '58fa56f6-e708-4729-a311-34adfd8790d4';

/**
 * The tracker Teams app's id: the My milestones component id, as SharePoint's "Sync to Teams"
 * names a generated app after its component, so an app synced before the custom package is
 * replaced rather than duplicated.
 */
export const TRACKER_TEAMS_APP_ID = MY_MILESTONES_COMPONENT_ID;

/** The personal app's static tab: the `<entityId>` of its deep links. */
export const MY_MILESTONES_ENTITY_ID = 'myMilestones';

/** The notifier Teams app's own id (its manifest's `id`, not the reminder job's Entra app id). */
export const NOTIFIER_TEAMS_APP_ID = '69722f61-6557-411f-a74d-e71797eadd8e';

/**
 * The activity feed notifications the reminder job sends, one digest per person per reminder
 * stage (SPEC §4.5), and the deadline change requests waiting for a lead's decision. The notifier
 * manifest declares exactly these `activityTypes`; they are the reminder kinds of
 * src/domain/reminders (REMINDER_KINDS), and a test keeps the two equal.
 */
export const ACTIVITY_TYPES = [
  'updateDueSoon', 'updateOverdue', 'milestoneDueSoon', 'milestoneOverdue', 'escalationDigest', 'decisionsWaiting'
] as const;

export type ActivityType = typeof ACTIVITY_TYPES[number];

/** True for one of ACTIVITY_TYPES. */
export function isActivityType(value: string): value is ActivityType {
  return (ACTIVITY_TYPES as readonly string[]).indexOf(value) >= 0;
}
