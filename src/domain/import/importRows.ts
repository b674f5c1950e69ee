import { Action, Measure, MeasureValue, Milestone, Update } from '../model';
import { ImportProblem } from './importProblems';
import { ImportKind } from './layouts';

/**
 * What an import file holds once parsed: typed rows ready to write, with the plan and objective
 * they belong to named as the file named them (the data layer matches them by plan + reference).
 */

interface ImportRowBase {
  /** The spreadsheet row the item came from. */
  rowNumber: number;
  /** The plan's title as the file gives it. */
  plan: string;
}

export interface ActionImportRow extends ImportRowBase {
  objectiveRef: string;
  objectiveTitle?: string;
  action: Action;
  /** Present when the row gives a Financial Year, Quarter and Status; recorded as Approved. */
  update?: Update;
}

export interface MeasureImportRow extends ImportRowBase {
  objectiveRef: string;
  objectiveTitle?: string;
  /** The measure as defined for the row's financial year. */
  measure: Measure;
  /**
   * One value per filled Q1–Q4 cell. An annual measure's Q4 cell is the year's outturn and is
   * recorded with period `Annual`; its Q1–Q3 cells saying `Annual` (or `n/a`) record nothing.
   */
  values: MeasureValue[];
}

export interface MilestoneImportRow extends ImportRowBase {
  /** `owner` is absent when the file leaves it empty: it then defaults to the action's owner. */
  milestone: Milestone;
}

interface ParseOutcome<K extends ImportKind | 'unknown', R> {
  kind: K;
  /** The rows with no errors, in file order. */
  rows: R[];
  /**
   * Everything that must be fixed before the file can be imported. Import is all or nothing
   * (SPEC §4.6): callers show `rows` as a preview but write nothing while `errors` is non-empty.
   */
  errors: ImportProblem[];
  /** What a person should know but that does not stop the import (e.g. a Red row with no remedial action). */
  warnings: ImportProblem[];
}

export type ActionsParseResult = ParseOutcome<'actions', ActionImportRow>;
export type MeasuresParseResult = ParseOutcome<'measures', MeasureImportRow>;
export type MilestonesParseResult = ParseOutcome<'milestones', MilestoneImportRow>;
/** The header matched no layout and no kind was given: `errors` says what it is closest to. */
export type UnknownParseResult = ParseOutcome<'unknown', never>;

export type ImportParseResult = ActionsParseResult | MeasuresParseResult | MilestonesParseResult | UnknownParseResult;
