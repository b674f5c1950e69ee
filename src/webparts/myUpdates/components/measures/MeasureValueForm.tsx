import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatString } from '../../../../components/formatString';
import { StatusBadge } from '../../../../components/StatusBadge';
import { Stored } from '../../../../data/ITrackerRepository';
import { Measure, MeasureValue, ValuePeriod } from '../../../../domain/model';
import { useMeasureValueEntry } from '../../hooks/useMeasureValueEntry';
import { errorText } from '../shared/errorText';
import { ragBadge, trendText } from './measureFacts';
import { Fact, ValueConflict } from './MeasureParts';
import { useMyUpdatesContext } from '../MyUpdatesContext';
import { useClasses } from '../shared/styles';

export interface IMeasureValueFormProps {
  plan: string;
  measure: Stored<Measure>;
  values: Stored<MeasureValue>[];
  /** The period the value is for (`measureValuePeriod`): the form is only shown when there is one. */
  valuePeriod: ValuePeriod;
  /** "Q4 2017-18" */
  periodLabel: string;
}

/**
 * Enters this period's value of a measure: the figure (or "no data" and why), its RAG and trend
 * shown as it is typed, and a save that never overwrites a value someone else saved meanwhile.
 * The state lives in useMeasureValueEntry; this draws it.
 */
export function MeasureValueForm({ plan, measure, values, valuePeriod, periodLabel }: IMeasureValueFormProps): JSX.Element {
  const classes = useClasses();
  const { strings } = useMyUpdatesContext();
  const words = strings.Measure;
  const { ref, unit } = measure.value;
  const form = useMeasureValueEntry(plan, measure, values, valuePeriod);
  const { entry, change, save, conflict } = form;
  const rag = ragBadge(form.rag, words);
  const trend = trendText(form.trend, words);

  return (
    <div className={classes.form}>
      {!entry.noData && (
        <TextField
          componentRef={form.figureField}
          label={formatString(words.Value, periodLabel)}
          required
          inputMode="decimal"
          autoComplete="off"
          suffix={unit.trim() || undefined}
          value={entry.figure}
          onChange={(_event, value) => change({ figure: value || '' })}
          onBlur={form.onFigureLeft}
          errorMessage={form.figureError && words.NotANumber}
        />
      )}
      <Checkbox label={words.NoValue} checked={entry.noData} onChange={(_event, checked) => change({ noData: !!checked })} />
      {entry.noData && (
        <TextField
          componentRef={form.reasonField}
          label={words.NoValueReason}
          description={words.NoValueReasonHint}
          required
          multiline
          autoAdjustHeight
          value={entry.reason}
          onChange={(_event, value) => change({ reason: value || '' })}
          errorMessage={form.reasonError && words.ReasonRequired}
        />
      )}
      <div aria-live="polite" aria-atomic="true">
        <dl className={classes.facts}>
          <Fact term={words.Result}>
            <StatusBadge tone={rag.tone} label={rag.label} /> <span>{trend}</span>
          </Fact>
        </dl>
      </div>
      {conflict ? (
        <ValueConflict
          key={conflict.currentEtag || 'deleted'}
          theirs={conflict.current}
          mine={form.mine}
          unit={unit}
          strings={strings}
          onKeepMine={form.keepMine}
          onUseTheirs={form.takeTheirs}
        />
      ) : (
        <div className={classes.buttons}>
          <PrimaryButton text={words.Save} aria-label={`${words.Save}: ${ref}`} disabled={save.phase === 'saving'} allowDisabledFocus onClick={form.onSave} />
          {save.phase === 'saving' && <span>{strings.General.Saving}</span>}
        </div>
      )}
      {save.phase === 'saved' && <MessageBar messageBarType={MessageBarType.success}>{words.Saved}</MessageBar>}
      {save.phase === 'failed' && !conflict && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings)}</MessageBar>
      )}
    </div>
  );
}
