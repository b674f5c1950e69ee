import { ListKey } from './schema';

/**
 * How every query the product makes stays under SharePoint's list view threshold (5,000 items,
 * M365-LIMITS.md): each filter leads with an indexed column whose matches stay well below the
 * threshold, and each order is on an indexed column. The repository builds its queries from
 * these entries; tests check each leading and ordering column is indexed in schema.ts and that
 * no index is left unused.
 */
export interface PlannedQuery {
  list: ListKey;
  /** The indexed column the `$filter` starts with (lookups and people compare on their Id). */
  leadsWith: string;
  /** Further conditions, applied by SharePoint after the index has narrowed the rows. */
  thenFilters: readonly string[];
  /** Indexed column(s) the results are ordered by, or ID. */
  orderBy: string;
  /** Why the leading column keeps the matches bounded. */
  bound: string;
}

export const QUERY_PLAN = {
  plansByTitle: {
    list: 'plans', leadsWith: 'Title', thenFilters: [], orderBy: 'Title',
    bound: 'Plan titles are unique; a council runs tens of plans.'
  },
  objectivesOfPlan: {
    list: 'objectives', leadsWith: 'Plan', thenFilters: [], orderBy: 'ID',
    bound: 'A plan has tens of objectives and priorities.'
  },
  objectiveByRef: {
    list: 'objectives', leadsWith: 'Ref', thenFilters: ['Plan'], orderBy: 'ID',
    bound: 'A reference repeats at most once per plan (import matching on plan + reference).'
  },
  actionsOfPlan: {
    list: 'actions', leadsWith: 'Plan', thenFilters: [], orderBy: 'ID',
    bound: 'A plan has tens to a few hundred actions (also narrowed by item id, which is always indexed).'
  },
  delegatedActionsOfPlan: {
    list: 'actions', leadsWith: 'Plan', thenFilters: ['Delegates'], orderBy: 'ID',
    bound: "A plan's actions (hundreds, a few thousand at most) are what the Plan index reads; Delegates, which SharePoint cannot index, then keeps one person's."
  },
  actionsOfObjective: {
    list: 'actions', leadsWith: 'Objective', thenFilters: [], orderBy: 'ID',
    bound: 'An objective has tens of actions.'
  },
  actionsOwnedBy: {
    list: 'actions', leadsWith: 'Owner', thenFilters: ['EndDate'], orderBy: 'EndDate',
    bound: 'One person owns a handful of actions across all plans.'
  },
  actionsDueBetween: {
    list: 'actions', leadsWith: 'EndDate', thenFilters: [], orderBy: 'EndDate',
    bound: 'A window of weeks holds a small share of all actions (overdue and due-soon checks).'
  },
  actionByPlanAndRef: {
    list: 'actions', leadsWith: 'Ref', thenFilters: ['Plan'], orderBy: 'ID',
    bound: 'A reference repeats at most once per plan (import matching on plan + reference).'
  },
  milestonesOfAction: {
    list: 'milestones', leadsWith: 'Action', thenFilters: [], orderBy: 'DueDate',
    bound: 'An action has a few dated milestones.'
  },
  milestonesOfPlan: {
    list: 'milestones', leadsWith: 'Plan', thenFilters: ['DoneDate'], orderBy: 'ID',
    bound: 'A plan has hundreds of milestones at most.'
  },
  milestonesDueOfPlan: {
    list: 'milestones', leadsWith: 'Plan', thenFilters: ['DoneDate', 'DueDate'], orderBy: 'ID',
    bound: "A plan's milestones not done due within a reminder's few weeks."
  },
  milestonesOwnedBy: {
    list: 'milestones', leadsWith: 'Owner', thenFilters: ['DoneDate'], orderBy: 'DueDate',
    bound: 'One person owns tens of milestones.'
  },
  milestonesDueBetween: {
    list: 'milestones', leadsWith: 'DueDate', thenFilters: ['DoneDate'], orderBy: 'DueDate',
    bound: 'Reminder windows span days: a small share of milestones.'
  },
  measuresOfYear: {
    list: 'measures', leadsWith: 'FinancialYear', thenFilters: ['Plan'], orderBy: 'ID',
    bound: 'Measures are restated each financial year; one year holds hundreds.'
  },
  measuresOfPlan: {
    list: 'measures', leadsWith: 'Plan', thenFilters: ['FinancialYear'], orderBy: 'ID',
    bound: 'A plan restates tens of measures a year over its four or five years.'
  },
  measuresOfObjective: {
    list: 'measures', leadsWith: 'Objective', thenFilters: ['FinancialYear'], orderBy: 'ID',
    bound: 'An objective has tens of measures across its years.'
  },
  measureByRef: {
    list: 'measures', leadsWith: 'Ref', thenFilters: ['Plan', 'FinancialYear'], orderBy: 'ID',
    bound: 'A reference repeats once per plan and year (import matching on plan + reference + year).'
  },
  measuresOwnedBy: {
    list: 'measures', leadsWith: 'Owner', thenFilters: ['FinancialYear'], orderBy: 'ID',
    bound: 'One person owns a few measures a year.'
  },
  valuesOfYear: {
    list: 'measureValues', leadsWith: 'FinancialYear', thenFilters: ['Plan', 'Measure'], orderBy: 'ID',
    bound: "One year's values across every plan: at most five per measure defined that year (hundreds), so low thousands; Plan and Measure (its id, or its Ref for last year's definitions) then keep a person's."
  },
  valuesOfMeasure: {
    list: 'measureValues', leadsWith: 'Measure', thenFilters: [], orderBy: 'ID',
    bound: 'At most five values per measure-year.'
  },
  valuesOfPlan: {
    list: 'measureValues', leadsWith: 'Plan', thenFilters: ['FinancialYear'], orderBy: 'ID',
    bound: "A plan's measure values over its life: hundreds, not thousands."
  },
  updatesOfPeriod: {
    list: 'updates', leadsWith: 'PeriodKey', thenFilters: ['Plan', 'ReviewState', 'Action'], orderBy: 'ID',
    bound: 'Updates grow every quarter; one period holds at most one or two per action.'
  },
  updatesOfAction: {
    list: 'updates', leadsWith: 'Action', thenFilters: ['PeriodKey'], orderBy: 'ID',
    bound: "An action's history: a few updates a quarter over the plan's life."
  },
  updatesOfPlan: {
    list: 'updates', leadsWith: 'Plan', thenFilters: ['PeriodKey'], orderBy: 'ID',
    bound: 'Used for small plans only; large plans page by period (updatesOfPeriod).'
  },
  updatesSubmittedBy: {
    list: 'updates', leadsWith: 'SubmittedBy', thenFilters: ['PeriodKey'], orderBy: 'ID',
    bound: "One person's own updates and drafts."
  },
  reviewQueue: {
    list: 'updates', leadsWith: 'ReviewState', thenFilters: ['Plan', 'PeriodKey'], orderBy: 'ID',
    bound: 'Only updates awaiting review are Submitted; approved ones move on.'
  },
  changeRequestsOfAction: {
    list: 'changeRequests', leadsWith: 'Action', thenFilters: ['Decision'], orderBy: 'ID',
    bound: 'A handful per action.'
  },
  changeRequestsOfPlan: {
    list: 'changeRequests', leadsWith: 'Plan', thenFilters: ['Decision'], orderBy: 'ID',
    bound: 'Tens per plan.'
  },
  pendingChangeRequests: {
    list: 'changeRequests', leadsWith: 'Decision', thenFilters: ['Plan'], orderBy: 'ID',
    bound: 'Pending requests are decided within weeks.'
  },
  risksOfPlan: {
    list: 'risks', leadsWith: 'Plan', thenFilters: [], orderBy: 'Ref',
    bound: 'A risk register has tens of rows per plan.'
  },
  riskByRef: {
    list: 'risks', leadsWith: 'Ref', thenFilters: ['Plan'], orderBy: 'ID',
    bound: 'A reference is unique within a plan.'
  },
  risksOwnedBy: {
    list: 'risks', leadsWith: 'Owner', thenFilters: [], orderBy: 'ID',
    bound: 'One person owns a few risks.'
  },
  challengesOfPeriod: {
    list: 'challenges', leadsWith: 'PeriodKey', thenFilters: ['Plan'], orderBy: 'Ref',
    bound: 'Tens of challenges a quarter.'
  },
  challengesOfPlan: {
    list: 'challenges', leadsWith: 'Plan', thenFilters: [], orderBy: 'ID',
    bound: 'Tens a quarter over the life of one plan.'
  },
  calendarOfYear: {
    list: 'calendar', leadsWith: 'FinancialYear', thenFilters: [], orderBy: 'ID',
    bound: 'Four rows a year.'
  },
  reminderByKey: {
    list: 'reminderLog', leadsWith: 'Title', thenFilters: [], orderBy: 'ID',
    bound: 'The key is unique: person + period + stage.'
  },
  remindersOfPeriod: {
    list: 'reminderLog', leadsWith: 'PeriodKey', thenFilters: ['Stage'], orderBy: 'ID',
    bound: 'A few reminders per owner per quarter.'
  },
  evidenceOfAction: {
    list: 'evidence', leadsWith: 'ActionRef', thenFilters: ['Plan', 'PeriodKey'], orderBy: 'ID',
    bound: 'A reference repeats once per plan; an action gathers a few files a quarter.'
  },
  evidenceOfPlan: {
    list: 'evidence', leadsWith: 'Plan', thenFilters: ['PeriodKey'], orderBy: 'ID',
    bound: "A plan's evidence: tens of files a quarter over its four or five years."
  }
} satisfies Record<string, PlannedQuery>;

export type QueryName = keyof typeof QUERY_PLAN;
