import { PLAN_STATUSES, PLAN_TYPES, QUARTERS, RISK_TRENDS } from '../domain/model';
import { documentLibraryDefinition, listDefinition, FieldDefinition, ListDefinition } from './schemaTypes';

/**
 * The one definition of the tracker's SharePoint lists (SPEC §3): internal names, types,
 * required flags, choices and indexes. The .sppkg's Feature Framework XML is generated from it
 * (`npm run schema:xml`), the embedded store and `tracker provision` create lists from it, and the
 * repository reads and writes by these names. Internal names have no spaces, so each is also
 * the REST EntityPropertyName.
 */

export const STATUS_CHOICES = ['Blue', 'Green', 'Amber', 'Red', 'Not due', 'Withdrawn'] as const;
export const POLARITY_CHOICES = ['High', 'Low', 'Band'] as const;
export const FREQUENCY_CHOICES = ['Quarterly', 'Annual'] as const;
export const AGGREGATION_CHOICES = ['In quarter', 'Cumulative', 'Rolling 12 months'] as const;
export const TOLERANCE_KIND_CHOICES = ['Percent', 'Absolute'] as const;
export const VALUE_PERIOD_CHOICES = [...QUARTERS, 'Annual'] as const;
export const REVIEW_STATE_CHOICES = ['Draft', 'Submitted', 'Approved', 'Returned'] as const;
export const DECISION_CHOICES = ['Pending', 'Approved', 'Rejected'] as const;
export const SEVERITY_CHOICES = ['Critical', 'Important'] as const;
export const ITEM_TYPE_CHOICES = ['Action', 'Measure'] as const;
export const CHANNEL_CHOICES = ['Teams', 'Email'] as const;
export const DELIVERY_CHOICES = ['Sending', 'Sent', 'Failed'] as const;

/** Long titles (priorities, actions) keep their full wording here; Title holds the first 255 characters. */
const fullTitle: FieldDefinition = { name: 'FullTitle', title: 'Full title', kind: 'note' };
const plan: FieldDefinition = { name: 'Plan', title: 'Plan', kind: 'lookup', lookupList: 'plans', required: true, indexed: true };
const reference: FieldDefinition = { name: 'Ref', title: 'Reference', kind: 'text', required: true, indexed: true, maxLength: 32 };
const financialYear: FieldDefinition = { name: 'FinancialYear', title: 'Financial year', kind: 'text', required: true, indexed: true, maxLength: 7 };
const periodKey: FieldDefinition = { name: 'PeriodKey', title: 'Period', kind: 'text', required: true, indexed: true, maxLength: 10 };
const owner: FieldDefinition = { name: 'Owner', title: 'Owner', kind: 'person', indexed: true };
/** The owner as the tracker names them (`IB`, `Jan Coles`), kept when no site user matches yet. */
const ownerName: FieldDefinition = { name: 'OwnerName', title: 'Owner name', kind: 'text' };
const serviceArea: FieldDefinition = { name: 'ServiceArea', title: 'Service area', kind: 'text' };
const evidence: FieldDefinition = { name: 'Evidence', title: 'Evidence', kind: 'note' };

export const LISTS = {
  plans: listDefinition('plans', 'Plans', 'Lists/Plans', 'Plan', [
    { name: 'PlanType', title: 'Plan type', kind: 'choice', choices: PLAN_TYPES, required: true },
    { name: 'FirstYear', title: 'First financial year', kind: 'text', required: true, maxLength: 7 },
    { name: 'LastYear', title: 'Last financial year', kind: 'text', required: true, maxLength: 7 },
    { name: 'PlanLead', title: 'Plan lead', kind: 'person' },
    { name: 'PlanStatus', title: 'Plan status', kind: 'choice', choices: PLAN_STATUSES, required: true, defaultValue: 'Active' },
    { name: 'AllowChangeRequests', title: 'Allow deadline change requests', kind: 'boolean', defaultValue: '1' },
    { name: 'Description', title: 'Description', kind: 'note' }
  ], { indexTitle: true, uniqueTitle: true }),

  objectives: listDefinition('objectives', 'Objectives', 'Lists/Objectives', 'Objective', [
    fullTitle,
    plan,
    reference,
    { name: 'ParentRef', title: 'Parent reference', kind: 'text', maxLength: 32 },
    { name: 'PriorityCode', title: 'Priority code', kind: 'text', maxLength: 8 },
    { name: 'Leads', title: 'Leads', kind: 'personMulti' },
    { name: 'LeadNames', title: 'Lead names', kind: 'text' },
    { name: 'Rationale', title: 'Rationale', kind: 'note' },
    { name: 'SuccessCriteria', title: 'Success criteria', kind: 'note' },
    { name: 'SortOrder', title: 'Sort order', kind: 'number' }
  ]),

  actions: listDefinition('actions', 'Actions', 'Lists/Actions', 'Action', [
    fullTitle,
    plan,
    { name: 'Objective', title: 'Objective', kind: 'lookup', lookupList: 'objectives', required: true, indexed: true },
    reference,
    serviceArea,
    owner,
    { ...ownerName, required: true },
    { name: 'Delegates', title: 'Delegates', kind: 'personMulti' },
    { name: 'DelegateNames', title: 'Delegate names', kind: 'text' },
    { name: 'StartDate', title: 'Start date', kind: 'date' },
    { name: 'EndDate', title: 'End date', kind: 'date', indexed: true },
    { name: 'OriginalEndDate', title: 'Original end date', kind: 'date' },
    { name: 'ResourceImplications', title: 'Resource implications', kind: 'note' },
    evidence,
    { name: 'CurrentStatus', title: 'Current status', kind: 'choice', choices: STATUS_CHOICES },
    { name: 'WithdrawnReason', title: 'Withdrawn reason', kind: 'note' },
    /**
     * Kept by the repository whenever the action's updates change (domain/reporting/reportedStatuses):
     * the status that counts each quarter, so a report reads one row per action, not one per update.
     */
    { name: 'ReportedStatuses', title: 'Reported statuses', kind: 'note' }
  ]),

  milestones: listDefinition('milestones', 'Milestones', 'Lists/Milestones', 'Milestone', [
    fullTitle,
    plan,
    { name: 'Action', title: 'Action', kind: 'lookup', lookupList: 'actions', required: true, indexed: true },
    owner,
    ownerName,
    { name: 'DueDate', title: 'Due date', kind: 'date', required: true, indexed: true },
    { name: 'OriginalDueDate', title: 'Original due date', kind: 'date' },
    { name: 'DoneDate', title: 'Done date', kind: 'date' },
    evidence
  ]),

  measures: listDefinition('measures', 'Measures', 'Lists/Measures', 'Measure', [
    fullTitle,
    plan,
    { name: 'Objective', title: 'Objective', kind: 'lookup', lookupList: 'objectives', indexed: true },
    reference,
    financialYear,
    { name: 'Unit', title: 'Unit', kind: 'text', maxLength: 32 },
    { name: 'Polarity', title: 'Polarity', kind: 'choice', choices: POLARITY_CHOICES, required: true },
    { name: 'Frequency', title: 'Frequency', kind: 'choice', choices: FREQUENCY_CHOICES, required: true, defaultValue: 'Quarterly' },
    { name: 'Aggregation', title: 'Aggregation', kind: 'choice', choices: AGGREGATION_CHOICES, required: true, defaultValue: 'In quarter' },
    { name: 'Target', title: 'Target', kind: 'number' },
    { name: 'TargetUpper', title: 'Target upper bound', kind: 'number' },
    { name: 'ToleranceKind', title: 'Amber tolerance kind', kind: 'choice', choices: TOLERANCE_KIND_CHOICES, defaultValue: 'Percent' },
    { name: 'ToleranceAmount', title: 'Amber tolerance', kind: 'number' },
    { name: 'PriorYearActual', title: 'Prior year actual', kind: 'number' },
    { name: 'ComparatorLabel', title: 'Comparator label', kind: 'text' },
    { name: 'Comparator', title: 'Comparator', kind: 'number' },
    owner,
    ownerName,
    serviceArea,
    { name: 'DataSource', title: 'Data source', kind: 'text' }
  ]),

  measureValues: listDefinition('measureValues', 'Measure Values', 'Lists/MeasureValues', 'Measure value', [
    plan,
    { name: 'Measure', title: 'Measure', kind: 'lookup', lookupList: 'measures', required: true, indexed: true },
    financialYear,
    { name: 'ValuePeriod', title: 'Period', kind: 'choice', choices: VALUE_PERIOD_CHOICES, required: true },
    { name: 'Value', title: 'Value', kind: 'number' },
    { name: 'Note', title: 'Note', kind: 'note' },
    { name: 'EnteredBy', title: 'Entered by', kind: 'person' },
    { name: 'EnteredOn', title: 'Entered on', kind: 'dateTime' }
  ], { titleRequired: false }),

  updates: listDefinition('updates', 'Updates', 'Lists/Updates', 'Update', [
    plan,
    { name: 'Action', title: 'Action', kind: 'lookup', lookupList: 'actions', required: true, indexed: true },
    { ...financialYear, indexed: false },
    { name: 'Quarter', title: 'Quarter', kind: 'choice', choices: QUARTERS, required: true },
    periodKey,
    { name: 'Status', title: 'Status', kind: 'choice', choices: STATUS_CHOICES, required: true },
    { name: 'Progress', title: 'Progress', kind: 'note' },
    { name: 'Issue', title: 'Issue', kind: 'note' },
    { name: 'RemedialAction', title: 'Remedial action', kind: 'note' },
    evidence,
    { name: 'WithdrawnReason', title: 'Withdrawn reason', kind: 'note' },
    { name: 'RevisedDate', title: 'Revised date requested', kind: 'date' },
    { name: 'SubmittedBy', title: 'Submitted by', kind: 'person', indexed: true },
    { name: 'SubmittedOn', title: 'Submitted on', kind: 'dateTime' },
    { name: 'ReviewState', title: 'Review state', kind: 'choice', choices: REVIEW_STATE_CHOICES, required: true, indexed: true, defaultValue: 'Draft' },
    { name: 'ReviewComment', title: 'Review comment', kind: 'note' },
    { name: 'ReviewedBy', title: 'Reviewed by', kind: 'person' },
    { name: 'ReviewedOn', title: 'Reviewed on', kind: 'dateTime' }
  ], { titleRequired: false }),

  changeRequests: listDefinition('changeRequests', 'Deadline Change Requests', 'Lists/DeadlineChangeRequests', 'Deadline change request', [
    plan,
    { name: 'Action', title: 'Action', kind: 'lookup', lookupList: 'actions', required: true, indexed: true },
    { name: 'Milestone', title: 'Milestone', kind: 'lookup', lookupList: 'milestones' },
    { name: 'CurrentDate', title: 'Current date', kind: 'date', required: true },
    { name: 'RequestedDate', title: 'Requested date', kind: 'date', required: true },
    { name: 'Reason', title: 'Reason', kind: 'note', required: true },
    { name: 'Requester', title: 'Requester', kind: 'person', required: true },
    { name: 'Decision', title: 'Decision', kind: 'choice', choices: DECISION_CHOICES, required: true, indexed: true, defaultValue: 'Pending' },
    { name: 'DecidedBy', title: 'Decided by', kind: 'person' },
    { name: 'DecidedOn', title: 'Decided on', kind: 'date' }
  ], { titleRequired: false }),

  risks: listDefinition('risks', 'Risks', 'Lists/Risks', 'Risk', [
    plan,
    reference,
    { name: 'Objective', title: 'Objective', kind: 'lookup', lookupList: 'objectives' },
    owner,
    ownerName,
    { name: 'PortfolioHolder', title: 'Portfolio holder', kind: 'text' },
    { name: 'Likelihood', title: 'Likelihood', kind: 'number', required: true, min: 1, max: 5 },
    { name: 'Impact', title: 'Impact', kind: 'number', required: true, min: 1, max: 5 },
    { name: 'RiskTrend', title: 'Trend', kind: 'choice', choices: RISK_TRENDS, defaultValue: 'New' },
    { name: 'Mitigation', title: 'Mitigation', kind: 'note' }
  ]),

  challenges: listDefinition('challenges', 'Challenges', 'Lists/Challenges', 'Challenge', [
    plan,
    reference,
    periodKey,
    { name: 'ItemType', title: 'Item type', kind: 'choice', choices: ITEM_TYPE_CHOICES, required: true },
    { name: 'ItemRef', title: 'Item reference', kind: 'text', required: true, maxLength: 32 },
    { name: 'Severity', title: 'Severity', kind: 'choice', choices: SEVERITY_CHOICES, required: true },
    { name: 'Reason', title: 'Reason', kind: 'note' },
    { name: 'Question', title: 'Question', kind: 'note' },
    { name: 'ManagementResponse', title: 'Management response', kind: 'note' }
  ]),

  calendar: listDefinition('calendar', 'Reporting Calendar', 'Lists/ReportingCalendar', 'Reporting period', [
    financialYear,
    { name: 'Quarter', title: 'Quarter', kind: 'choice', choices: QUARTERS, required: true },
    { name: 'UpdatesDue', title: 'Updates due', kind: 'date', required: true },
    { name: 'ReportDate', title: 'Report date', kind: 'date' },
    { name: 'ReminderOffsets', title: 'Reminder days before due', kind: 'text', defaultValue: '14,7,2' },
    { name: 'EscalationDelay', title: 'Escalation after (working days)', kind: 'number', defaultValue: '3' }
  ], { titleRequired: false }),

  reminderLog: listDefinition('reminderLog', 'Reminder Log', 'Lists/ReminderLog', 'Reminder key', [
    { name: 'Recipient', title: 'Recipient', kind: 'text', required: true },
    periodKey,
    { name: 'Stage', title: 'Stage', kind: 'text', required: true, maxLength: 32 },
    { name: 'Channel', title: 'Channel', kind: 'choice', choices: CHANNEL_CHOICES },
    { name: 'DeliveryState', title: 'Delivery state', kind: 'choice', choices: DELIVERY_CHOICES, required: true, defaultValue: 'Sending' },
    { name: 'SentOn', title: 'Sent on', kind: 'dateTime' },
    { name: 'ItemCount', title: 'Items', kind: 'number' },
    { name: 'FailureReason', title: 'Failure reason', kind: 'note' },
    /** When a run claimed the row (wall clock): a Sending row older than the job's lease is taken over by a later run. */
    { name: 'ClaimedAt', title: 'Claimed at', kind: 'dateTime' },
    { name: 'RunId', title: 'Run', kind: 'text', maxLength: 64 }
  ], { indexTitle: true, uniqueTitle: true }),

  /**
   * Evidence files an update links to (SPEC §3 Update, §4.2: Blue carries evidence of completion).
   * Each file is tagged with its plan, action reference and period; the tags are set just after
   * the upload, so none is required.
   */
  evidence: documentLibraryDefinition('evidence', 'Evidence', 'Evidence', [
    { ...plan, required: false },
    { name: 'ActionRef', title: 'Action reference', kind: 'text', indexed: true, maxLength: 32 },
    { ...periodKey, required: false, indexed: false }
  ])
} satisfies Record<string, ListDefinition>;

export type ListKey = keyof typeof LISTS;

/** Lists in provisioning order: every lookup's target comes before the list that uses it. */
export const LIST_ORDER: readonly ListKey[] = [
  'plans', 'objectives', 'actions', 'milestones', 'measures', 'measureValues', 'updates',
  'changeRequests', 'risks', 'challenges', 'calendar', 'reminderLog', 'evidence'
];
