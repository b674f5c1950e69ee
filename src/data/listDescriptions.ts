import { ListKey } from './schema';

/**
 * Each list's description, as provisioning and the .sppkg's feature give it to SharePoint. Kept
 * apart from the schema (schema.ts) because only they write it: the web parts, which carry the
 * schema's column names in the bundle every page loads, never read it.
 */
export const LIST_DESCRIPTIONS: Record<ListKey, string> = {
  plans: 'Improvement plans and their reporting years.',
  objectives: 'Objectives, priorities and recommendations of each plan.',
  actions: 'The actions (activities) of each plan, with owners and due dates.',
  milestones: 'Dated milestones under each action.',
  measures: 'Measures of success (KPIs), defined per financial year with their targets.',
  measureValues: 'One value (or no-data note) per measure and period.',
  updates: 'Quarterly progress updates on actions, with their review state.',
  changeRequests: 'Requests to move an action or milestone date, and their decisions.',
  risks: 'Corporate risk register rows linked to plan priorities.',
  challenges: 'Performance challenges put to management, with their remedial response.',
  calendar: 'Per quarter: when updates are due, the report date, reminders and escalation.',
  reminderLog: 'One row per reminder sent; the key (person + period + stage) makes sending idempotent.',
  evidence: 'Evidence files for quarterly updates, tagged with their plan, action and period.'
};
