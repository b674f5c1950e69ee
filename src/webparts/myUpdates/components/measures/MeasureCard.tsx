import * as React from 'react';
import { formatString } from '../../../../components/formatString';
import { SafeText } from '../../../../components/SafeText';
import { Stored } from '../../../../data/ITrackerRepository';
import { Measure, MeasureValue } from '../../../../domain/model';
import { measureValuePeriod, nextValueDue } from '../../../../domain/quarterlyDuties';
import { previousRecord } from '../../../../domain/measureValues';
import { periodText, polarityText, targetText } from './measureFacts';
import { Fact, RecordedValue } from './MeasureParts';
import { FormLoading, MeasureValueForm } from '../lazyForms';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { quarterLabel } from '../shared/periodLabel';
import { useClasses } from '../shared/styles';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

export interface IMeasureCardProps {
  plan: string;
  measure: Stored<Measure>;
  /** The measure's values of the period's year and the year before, as stored. */
  values: Stored<MeasureValue>[];
  /** The card's heading level: under a plan (h3) and an objective (h4) heading it is h5. */
  headingLevel?: 3 | 4 | 5 | 6;
}

/**
 * One measure the person owns: its unit, target and polarity, the last value recorded, and (when
 * the measure is due a value this period) the box to enter it, with its RAG and trend as typed.
 */
export function MeasureCard({ plan, measure, values, headingLevel = 5 }: IMeasureCardProps): JSX.Element {
  const classes = useClasses();
  const { strings, period } = useMyUpdatesContext();
  const { ref, title, unit, financialYear } = measure.value;
  const valuePeriod = measureValuePeriod(measure.value, period);
  const nextDue = valuePeriod ? undefined : nextValueDue(measure.value, period);
  const recorded = values.map((stored) => stored.value);
  const previous = previousRecord(recorded, ref, { financialYear: period.financialYear, period: valuePeriod || period.quarter });
  const Heading = `h${headingLevel}` as 'h5';
  const headingId = `measure-${measure.id}-title`;

  return (
    <div className={classes.card}>
      <Heading id={headingId} className={classes.cardHeading}>{ref} <SafeText text={title} /></Heading>
      <dl className={classes.facts}>
        {!!unit.trim() && <Fact term={strings.Measure.Unit}><SafeText text={unit} /></Fact>}
        <Fact term={strings.Measure.Target}>{targetText(measure.value, strings)}</Fact>
        <Fact term={strings.Measure.Polarity}>{polarityText(measure.value, strings)}</Fact>
      </dl>
      {previous && <PreviousValue record={previous} unit={unit} strings={strings} />}
      {nextDue && <p className={classes.hint}>{formatString(strings.Measure.AnnualNextDue, financialYear, quarterLabel(nextDue.quarter, strings))}</p>}
      {valuePeriod && (
        <FormLoading label={strings.General.Loading}>
          <MeasureValueForm
            plan={plan}
            measure={measure}
            values={values}
            valuePeriod={valuePeriod}
            periodLabel={periodText(financialYear, valuePeriod, strings)}
          />
        </FormLoading>
      )}
    </div>
  );
}

/** "Q3 2017-18: 92%", or "No data" with the reason given for it. */
function PreviousValue({ record, unit, strings }: { record: MeasureValue; unit: string; strings: MyUpdatesStrings }): JSX.Element {
  const classes = useClasses();
  // The template around the value ("{0}: {1}"), so the value can keep a typed reason as SafeText.
  const [before, after] = strings.Measure.PreviousValue.split('{1}');
  const label = periodText(record.financialYear, record.period, strings);
  return (
    <p className={classes.meta}>
      <span>
        {formatString(before, label)}
        <RecordedValue record={record} unit={unit} strings={strings} />
        {formatString(after || '', label)}
      </span>
    </p>
  );
}
