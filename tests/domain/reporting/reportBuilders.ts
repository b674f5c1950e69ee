import { Action, Measure, MeasureValue, Objective, Quarter, ReportedStatus, ReviewState, Update } from '../../../src/domain/model';

/** Small builders for report tests: only what a test states differs from a plain item. */

export function objective(ref: string, title: string, code?: string): Objective {
  return { ref, title, code, leads: [] };
}

export function action(ref: string, objectiveRef: string, extra: Partial<Action> = {}): Action {
  return { ref, objectiveRef, title: `Action ${ref}`, owner: { name: 'IB' }, delegates: [], ...extra };
}

export function update(
  actionRef: string,
  financialYear: string,
  quarter: Quarter,
  status: ReportedStatus,
  extra: Partial<Update> = {}
): Update {
  const reviewState: ReviewState = 'Approved';
  return { actionRef, financialYear, quarter, status, progress: 'Progress as reported.', reviewState, ...extra };
}

export function measure(ref: string, objectiveRef: string, extra: Partial<Measure> = {}): Measure {
  return {
    ref,
    objectiveRef,
    title: `Measure ${ref}`,
    financialYear: '2017-18',
    unit: '%',
    polarity: 'High',
    frequency: 'Quarterly',
    aggregation: 'InQuarter',
    target: { lower: 100, upper: 100 },
    tolerance: { kind: 'percent', amount: 10 },
    ...extra
  };
}

export function value(measureRef: string, financialYear: string, period: MeasureValue['period'], amount?: number, note?: string): MeasureValue {
  return { measureRef, financialYear, period, value: amount, note };
}
