import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ITextField, TextField } from '@fluentui/react/lib/TextField';
import { formatString } from '../../../components/formatString';
import { StatusBadge } from '../../../components/StatusBadge';
import { ConflictError } from '../../../data/errors';
import { Revision, Stored } from '../../../data/ITrackerRepository';
import { Measure, MeasureValue, ValuePeriod } from '../../../domain/model';
import { measureRag, measureTrend } from '../../../domain/measures';
import { recordedValueIndex } from '../../../domain/quarterlyDuties';
import { useSave } from '../hooks/useSave';
import { errorText } from './errorText';
import { focusAfterRender } from './focusAfterRender';
import { valuesWithTyped } from '../../../domain/measureValues';
import { ragBadge, trendText } from './measureFacts';
import { Fact, ValueConflict } from './MeasureParts';
import { useMyUpdatesContext } from './MyUpdatesContext';
import { parseFigure } from './parseFigure';
import { classes } from './styles';

export interface IMeasureValueFormProps {
  plan: string;
  measure: Stored<Measure>;
  values: Stored<MeasureValue>[];
  /** The period the value is for (`measureValuePeriod`): the form is only shown when there is one. */
  valuePeriod: ValuePeriod;
  /** "Q4 2017-18" */
  periodLabel: string;
}

/** The form as typed: the figure's text, or "no data" with its reason. */
interface Entry {
  figure: string;
  noData: boolean;
  reason: string;
}

function entryOf(record: MeasureValue | undefined): Entry {
  if (!record) return { figure: '', noData: false, reason: '' };
  const hasFigure = typeof record.value === 'number' && isFinite(record.value);
  return { figure: hasFigure ? String(record.value) : '', noData: !hasFigure, reason: hasFigure ? '' : record.note || '' };
}

/**
 * Enters this period's value of a measure: the figure (or "no data" and why), its RAG and trend
 * shown as it is typed, and a save that never overwrites a value someone else saved meanwhile.
 */
export function MeasureValueForm({ plan, measure, values, valuePeriod, periodLabel }: IMeasureValueFormProps): JSX.Element {
  const { repository, user, period, strings, reload } = useMyUpdatesContext();
  const words = strings.Measure;
  const { ref, financialYear, unit } = measure.value;
  const recorded = values.map((stored) => stored.value);
  const index = recordedValueIndex(measure.value, recorded, period);
  const stored = index >= 0 ? values[index] : undefined;

  const [entry, setEntry] = React.useState<Entry>(() => entryOf(stored && stored.value));
  const [showErrors, setShowErrors] = React.useState(false);
  const [figureLeft, setFigureLeft] = React.useState(false);
  // The last save, and the ETag it was made over: it stands until `values` is read again.
  const [saved, setSaved] = React.useState<{ over: string | undefined; result: Stored<MeasureValue> }>();
  const [save, run, resetSave] = useSave();
  const figureField = React.useRef<ITextField>(null);
  const reasonField = React.useRef<ITextField>(null);

  const basis = stored ? stored.etag : undefined;
  const revision: Revision | undefined =
    saved && saved.over === basis ? { id: saved.result.id, etag: saved.result.etag } : stored ? { id: stored.id, etag: stored.etag } : undefined;

  const parsed = parseFigure(entry.figure);
  const typedValue = !entry.noData && parsed.kind === 'figure' ? parsed.value : undefined;
  const reason = entry.reason.trim();
  const mine: MeasureValue = {
    measureRef: ref,
    financialYear,
    period: valuePeriod,
    value: typedValue,
    note: entry.noData && reason ? reason : undefined,
    enteredBy: { name: user.name, email: user.email }
  };
  const rag = ragBadge(measureRag(measure.value, valuePeriod, typedValue), words);
  const trend = trendText(measureTrend(measure.value, valuePeriod, valuesWithTyped(recorded, mine)), words);
  const figureError =
    !entry.noData && ((showErrors && parsed.kind !== 'figure') || (figureLeft && parsed.kind === 'invalid')) ? words.NotANumber : undefined;
  const reasonError = entry.noData && showErrors && !reason ? words.ReasonRequired : undefined;
  const conflict = save.phase === 'failed' && save.error instanceof ConflictError ? (save.error as ConflictError<MeasureValue>) : undefined;

  const change = (next: Partial<Entry>): void => {
    setEntry((current) => ({ ...current, ...next }));
    if (save.phase === 'saved') resetSave();
  };

  const send = async (over: Revision | undefined): Promise<void> => {
    const result = await run(() => repository.saveMeasureValue(plan, mine, over));
    if (result) {
      setSaved({ over: basis, result });
      setShowErrors(false);
      reload();
    }
  };

  const onSave = (): void => {
    if (save.phase === 'saving') return;
    setShowErrors(true);
    const problemField = entry.noData ? (reason ? undefined : reasonField) : parsed.kind === 'figure' ? undefined : figureField;
    if (problemField) {
      if (problemField.current) problemField.current.focus();
      return;
    }
    send(revision).catch(() => undefined);
  };

  // What is stored now: the value I had read, or one someone else added while I had none.
  const theirs = (clash: ConflictError<MeasureValue>): Stored<MeasureValue> | undefined => {
    const id = revision ? revision.id : clash.currentId;
    return clash.current && clash.currentEtag && id !== undefined ? { id, etag: clash.currentEtag, value: clash.current } : undefined;
  };

  const keepMine = (): void => {
    if (!conflict) return;
    // Saved over what is there now; when the value was deleted meanwhile, saved afresh.
    const current = theirs(conflict);
    send(current ? { id: current.id, etag: current.etag } : undefined).catch(() => undefined);
  };

  const takeTheirs = (): void => {
    if (!conflict) return;
    setEntry(entryOf(conflict.current));
    const current = theirs(conflict);
    if (current) {
      // Theirs is what is stored now: a save before the reload lands goes over it, not over the stale ETag.
      setSaved({ over: basis, result: current });
    }
    resetSave();
    reload();
    focusAfterRender(conflict.current && typeof conflict.current.value !== 'number' ? reasonField : figureField);
  };

  return (
    <div className={classes.form}>
      {!entry.noData && (
        <TextField
          componentRef={figureField}
          label={formatString(words.Value, periodLabel)}
          required
          inputMode="decimal"
          autoComplete="off"
          suffix={unit.trim() || undefined}
          value={entry.figure}
          onChange={(_event, value) => change({ figure: value || '' })}
          onBlur={() => setFigureLeft(true)}
          errorMessage={figureError}
        />
      )}
      <Checkbox label={words.NoValue} checked={entry.noData} onChange={(_event, checked) => change({ noData: !!checked })} />
      {entry.noData && (
        <TextField
          componentRef={reasonField}
          label={words.NoValueReason}
          description={words.NoValueReasonHint}
          required
          multiline
          autoAdjustHeight
          value={entry.reason}
          onChange={(_event, value) => change({ reason: value || '' })}
          errorMessage={reasonError}
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
          mine={mine}
          unit={unit}
          strings={strings}
          onKeepMine={keepMine}
          onUseTheirs={takeTheirs}
        />
      ) : (
        <div className={classes.buttons}>
          <PrimaryButton text={words.Save} aria-label={`${words.Save}: ${ref}`} disabled={save.phase === 'saving'} allowDisabledFocus onClick={onSave} />
          {save.phase === 'saving' && <span>{strings.General.Saving}</span>}
        </div>
      )}
      {save.phase === 'saved' && <MessageBar messageBarType={MessageBarType.success}>{words.Saved}</MessageBar>}
      {save.phase === 'failed' && !conflict && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(save.error, strings.Errors)}</MessageBar>
      )}
    </div>
  );
}
