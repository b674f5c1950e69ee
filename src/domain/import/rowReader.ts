import { IsoDate } from '../model';
import { DateRole, meansNoDate, parseDate } from './dates';
import { ImportProblem, quote } from './importProblems';
import { ColumnIndex } from './layouts';
import { Parsed } from './parsed';
import { cellAt, TableRow } from './table';

/** Where a parse collects what it finds: errors stop the write, warnings are shown. */
export interface ProblemSink {
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

/**
 * Reads one row's cells by canonical column name and records every problem with the row and
 * column, so a row parser reads like the layout and never stops at the first problem.
 */
export class RowReader {
  private errorCount: number = 0;

  public constructor(
    private readonly row: TableRow,
    private readonly columns: ColumnIndex,
    private readonly sink: ProblemSink
  ) {}

  public get rowNumber(): number {
    return this.row.rowNumber;
  }

  /** True when no error has been recorded for this row. */
  public get isValid(): boolean {
    return this.errorCount === 0;
  }

  /** The cell's text, trimmed; `''` for an empty cell. */
  public text(column: string): string {
    return this.rawText(column).trim();
  }

  /** True when the cell holds anything but spaces. */
  public has(column: string): boolean {
    return this.text(column) !== '';
  }

  /** The cell's text, or `undefined` when it is empty. */
  public optional(column: string): string | undefined {
    return this.has(column) ? this.text(column) : undefined;
  }

  /** The cell's text; an empty cell is an error saying why the column is needed. */
  public required(column: string, why: string = 'this column is required'): string | undefined {
    if (!this.has(column)) {
      this.error(column, `the cell is empty, but ${why}`);
      return undefined;
    }
    return this.text(column);
  }

  /** The parsed cell, or `undefined` when it is empty or not valid (an error is recorded). */
  public parse<T>(column: string, parser: (text: string) => Parsed<T>, requiredBecause?: string): T | undefined {
    const text = requiredBecause === undefined ? this.optional(column) : this.required(column, requiredBecause);
    if (text === undefined) {
      return undefined;
    }
    const parsed = parser(text);
    if (!parsed.ok) {
      this.error(column, parsed.message);
      return undefined;
    }
    return parsed.value;
  }

  /**
   * A date cell read by `role`. `Ongoing`, `TBC` and the like mean no date: a warning for an
   * optional date, an error for a required one.
   */
  public date(column: string, role: DateRole, requiredBecause?: string): IsoDate | undefined {
    const text = this.text(column);
    if (text !== '' && meansNoDate(text)) {
      if (requiredBecause === undefined) {
        this.warn(column, `${quote(text)} is not a date, so the item is imported without one`);
      } else {
        this.error(column, `${quote(text)} is not a date, but ${requiredBecause}`);
      }
      return undefined;
    }
    return this.parse(column, (cell) => parseDate(cell, role), requiredBecause);
  }

  /** Records an error: the row is not imported. */
  public error(column: string | undefined, message: string): void {
    this.errorCount += 1;
    this.sink.errors.push(this.problem(column, message));
  }

  /** Records a warning: the row is imported, and the person is told. */
  public warn(column: string | undefined, message: string): void {
    this.sink.warnings.push(this.problem(column, message));
  }

  private problem(column: string | undefined, message: string): ImportProblem {
    const problem: ImportProblem = { row: this.row.rowNumber, message };
    if (column !== undefined) {
      problem.column = column;
      problem.value = this.rawText(column);
    }
    return problem;
  }

  private rawText(column: string): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : cellAt(this.row, index);
  }
}
