import {
  Aggregation, DEFAULT_TOLERANCE, Frequency, Measure, MeasureValue, Polarity, ValuePeriod
} from '../../domain/model';
import {
  choiceMap, ItemJson, ItemProps, lookupText, numberOf, orNull, personOf, textOf, titleOf, titleProps
} from './fieldValues';
import { withDefined } from './actionMapping';

/** Measures and Measure Values lists ↔ the domain. */

export const AGGREGATION_CHOICE = choiceMap<Aggregation>([
  ['InQuarter', 'In quarter'],
  ['Cumulative', 'Cumulative'],
  ['Rolling12Months', 'Rolling 12 months']
]);

const TOLERANCE_KIND_CHOICE = choiceMap<'percent' | 'absolute'>([
  ['percent', 'Percent'],
  ['absolute', 'Absolute']
]);

export function measureFromItem(item: ItemJson): Measure {
  const target = numberOf(item.Target);
  const upper = numberOf(item.TargetUpper);
  const amount = numberOf(item.ToleranceAmount);
  const comparator = numberOf(item.Comparator);
  const measure: Measure = {
    ref: textOf(item.Ref) || '',
    objectiveRef: lookupText(item, 'Objective') || '',
    title: titleOf(item),
    financialYear: textOf(item.FinancialYear) || '',
    unit: textOf(item.Unit) || '',
    polarity: (textOf(item.Polarity) as Polarity) || 'High',
    frequency: (textOf(item.Frequency) as Frequency) || 'Quarterly',
    aggregation: AGGREGATION_CHOICE.fromItem(item.Aggregation) || 'InQuarter',
    tolerance: amount === undefined ? DEFAULT_TOLERANCE : { kind: TOLERANCE_KIND_CHOICE.fromItem(item.ToleranceKind) || 'percent', amount }
  };
  return withDefined(measure, {
    target: target === undefined ? undefined : { lower: target, upper: upper === undefined ? target : upper },
    priorYearActual: numberOf(item.PriorYearActual),
    comparator: comparator === undefined ? undefined : { label: textOf(item.ComparatorLabel) || '', value: comparator },
    owner: personOf(item, 'Owner', 'OwnerName'),
    serviceArea: textOf(item.ServiceArea),
    dataSource: textOf(item.DataSource)
  });
}

export interface MeasureLinks {
  planId: number;
  objectiveId?: number;
  ownerId?: number;
}

export function measureToItem(measure: Measure, links: MeasureLinks): ItemProps {
  const target = measure.target;
  return {
    ...titleProps(measure.title),
    PlanId: links.planId,
    ObjectiveId: orNull(links.objectiveId),
    Ref: measure.ref,
    FinancialYear: measure.financialYear,
    Unit: measure.unit || null,
    Polarity: measure.polarity,
    Frequency: measure.frequency,
    Aggregation: AGGREGATION_CHOICE.toItem(measure.aggregation),
    Target: target ? target.lower : null,
    TargetUpper: target && target.upper !== target.lower ? target.upper : null,
    ToleranceKind: TOLERANCE_KIND_CHOICE.toItem(measure.tolerance.kind),
    ToleranceAmount: measure.tolerance.amount,
    PriorYearActual: orNull(measure.priorYearActual),
    ComparatorLabel: measure.comparator ? measure.comparator.label : null,
    Comparator: measure.comparator ? measure.comparator.value : null,
    OwnerId: orNull(links.ownerId),
    OwnerName: measure.owner ? measure.owner.name : null,
    ServiceArea: orNull(measure.serviceArea),
    DataSource: orNull(measure.dataSource)
  };
}

export function measureValueFromItem(item: ItemJson): MeasureValue {
  const value: MeasureValue = {
    measureRef: lookupText(item, 'Measure') || '',
    financialYear: textOf(item.FinancialYear) || '',
    period: (textOf(item.ValuePeriod) as ValuePeriod) || 'Annual'
  };
  return withDefined(value, { value: numberOf(item.Value), note: textOf(item.Note), enteredBy: personOf(item, 'EnteredBy') });
}

export interface MeasureValueLinks {
  planId: number;
  measureId: number;
  enteredById?: number;
  /** When the value was entered (an ISO instant); the caller passes the time in. */
  enteredOn?: string;
}

export function measureValueToItem(value: MeasureValue, links: MeasureValueLinks): ItemProps {
  return {
    Title: `${value.measureRef} ${value.financialYear} ${value.period}`,
    PlanId: links.planId,
    MeasureId: links.measureId,
    FinancialYear: value.financialYear,
    ValuePeriod: value.period,
    Value: orNull(value.value),
    Note: orNull(value.note),
    EnteredById: orNull(links.enteredById),
    EnteredOn: orNull(links.enteredOn)
  };
}
