/* eslint-disable @rushstack/no-new-null -- the §6 JSON contract spells an absent value `null` (trend: null). */
import {
  Aggregation,
  FinancialYearLabel,
  Frequency,
  IsoDate,
  Plan,
  PlanType,
  Polarity,
  Quarter,
  Rag,
  ReportingPeriod,
  RiskTrend,
  Severity,
  Trend
} from '../model';
import { ExactShare } from './largestRemainder';

/**
 * The quarterly report as data: the JSON document of SPEC §6. Field names in §6 are a contract
 * (Power BI, Power Automate and scripts read them); fields added here only extend it. JSON has
 * no `undefined`, so absent values are `null`.
 */

/** Action columns of "status at a glance", in display order (also the rounding tie-break order). */
export const ACTION_BUCKETS = ['Blue', 'Green', 'Amber', 'Red', 'NoUpdate', 'NotDue', 'Withdrawn'] as const;
export type ActionBucket = (typeof ACTION_BUCKETS)[number];

/**
 * Measure columns of "status at a glance": one per RAG value. `NoTarget` (a value, but no target
 * to judge it by) has its own column: it is neither met, missed nor missing.
 */
export const MEASURE_BUCKETS = ['Green', 'Amber', 'Red', 'NoTarget', 'NoData', 'NotDue'] as const;
export type MeasureBucket = (typeof MEASURE_BUCKETS)[number];

export type ActionCounts = Record<ActionBucket, number> & { total: number };
export type MeasureCounts = Record<MeasureBucket, number> & { total: number };

/** A row's counts as whole percentages of the row's own total, summing to 100 (0s when empty). */
export interface RowPercentages {
  actions: Record<ActionBucket, number>;
  measures: Record<MeasureBucket, number>;
}

export interface AtAGlanceRow {
  objectiveRef: string;
  /** The objective's title; empty for items whose objective the plan does not list. */
  objective: string;
  actions: ActionCounts;
  measures: MeasureCounts;
  /** Extension: this row's percentages (actions and measures each of their own row total). */
  percent: RowPercentages;
}

export interface AtAGlance {
  /** One row per objective, in the plan's order. */
  rows: AtAGlanceRow[];
  total: { actions: ActionCounts; measures: MeasureCounts };
  /** The total row as whole percentages of its own total, summing to 100 (0s when empty). */
  percent: RowPercentages;
  /** Extension: the unrounded shares behind `percent`, for hover text and exports. */
  exact: { actions: Record<ActionBucket, ExactShare>; measures: Record<MeasureBucket, ExactShare> };
}

/** A Band measure's target is its band; other measures' is one number. */
export interface TargetBand {
  lower: number;
  upper: number;
}

export interface MeasurePeriodCell {
  value: number | null;
  rag: Rag;
  trend: Trend;
  /** Extension: the text kept with a missing value ("Not yet available" …). */
  note: string | null;
}

export interface ReportMeasure {
  ref: string;
  title: string;
  objectiveRef: string;
  polarity: Polarity;
  unit: string;
  /** A number for High/Low measures, the band for Band measures, `null` when no target is set. */
  target: number | TargetBand | null;
  priorYearActual: number | null;
  /** Extension: the comparator (e.g. Welsh average) with its label. */
  comparator: { label: string; value: number } | null;
  /** Extension. */
  frequency: Frequency;
  /** Extension. */
  aggregation: Aggregation;
  /**
   * Q1 up to the report's quarter for quarterly measures. Annual measures have only Q4: the
   * year's outturn, or `NotDue` before Q4.
   */
  periods: Partial<Record<Quarter, MeasurePeriodCell>>;
}

export type ChallengeItemType = 'action' | 'measure';

/** Why an item is challenged, in the order reasons are written. */
export const CHALLENGE_REASONS = [
  'RedThisQuarter',
  'MissedAtYearEnd',
  'AmberOrRedForQuarters',
  'RedToAmber',
  'RedWithoutCommentary'
] as const;
export type ChallengeReason = (typeof CHALLENGE_REASONS)[number];

export interface ReportChallenge {
  /** Quarter + priority code + sequence, e.g. `Q4E01`. */
  ref: string;
  severity: Severity;
  itemType: ChallengeItemType;
  itemRef: string;
  /** Every reason that applies, as sentences, e.g. "This has been AMBER for 3 quarters." */
  reason: string;
  /** Extension. */
  title: string;
  /** Extension. */
  objectiveRef: string;
  /** Extension: the item's status this quarter (an action status or a measure RAG). */
  status: string;
  /** Extension: `reason` as codes, for filtering without parsing text. */
  reasons: ChallengeReason[];
  /** Extension: how many quarters in a row, up to this one, the item has been Amber or Red. */
  consecutiveQuarters: number;
  /** Extension: the management team's remedial response; always `null` when generated. */
  remedialResponse: string | null;
}

export interface OverdueItem {
  itemType: 'action' | 'milestone';
  /** The action's reference (for a milestone, the action it belongs to). */
  itemRef: string;
  /** The owner's display name (or initials) as the tracker holds it. */
  owner: string;
  dueDate: IsoDate;
  /** Extension: the action's or milestone's title. */
  title: string;
  /** Extension. */
  ownerEmail: string | null;
  /** Extension: whole days from the due date to the report's as-of date. */
  daysOverdue: number;
}

export interface ReportRisk {
  ref: string;
  title: string;
  objectiveRef: string;
  owner: string | null;
  portfolioHolder: string | null;
  likelihood: number;
  impact: number;
  /** likelihood × impact. */
  score: number;
  trend: RiskTrend;
  mitigation: string | null;
}

/** What the report is on (SPEC §6): the plan's title, type and the financial years it covers. */
export interface ReportPlan {
  title: string;
  type: PlanType;
  years: { first: FinancialYearLabel; last: FinancialYearLabel };
}

export interface ReportDocument {
  period: { financialYear: FinancialYearLabel; quarter: Quarter };
  plan: ReportPlan;
  /** Extension: the day the report's statuses were judged on. */
  asOf: IsoDate;
  atAGlance: AtAGlance;
  headlines: string[];
  measures: ReportMeasure[];
  challenges: ReportChallenge[];
  overdue: OverdueItem[];
  risks: ReportRisk[];
}

/** Narrows a period to exactly the two fields §6 prints. */
export function documentPeriod(period: ReportingPeriod): ReportDocument['period'] {
  return { financialYear: period.financialYear, quarter: period.quarter };
}

/** Names the plan as §6 prints it: title, type and first and last financial years. */
export function documentPlan(plan: Plan): ReportPlan {
  return { title: plan.title, type: plan.type, years: { first: plan.firstYear, last: plan.lastYear } };
}
