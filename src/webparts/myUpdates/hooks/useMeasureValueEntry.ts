import * as React from 'react';
import { ITextField } from '@fluentui/react/lib/TextField';
import { ConflictError } from '../../../data/errors';
import { Revision, Stored } from '../../../data/ITrackerRepository';
import { measureRag, measureTrend } from '../../../domain/measures';
import { valuesWithTyped } from '../../../domain/measureValues';
import { Measure, MeasureValue, Rag, Trend, ValuePeriod } from '../../../domain/model';
import { recordedValueIndex } from '../../../domain/quarterlyDuties';
import { useMyUpdatesContext } from '../components/MyUpdatesContext';
import { focusAfterRender } from '../components/shared/focusAfterRender';
import { parseFigure } from '../components/measures/parseFigure';
import { SaveState, useSave } from './useSave';

/** The form as typed: the figure's text, or "no data" with its reason. */
export interface ValueEntry {
  figure: string;
  noData: boolean;
  reason: string;
}

export interface MeasureValueEntry {
  entry: ValueEntry;
  change(next: Partial<ValueEntry>): void;
  /** The value as typed, to show and to save. */
  mine: MeasureValue;
  /** The RAG and trend of the figure as typed (SPEC §4.3). */
  rag: Rag;
  trend: Trend;
  figureError?: 'notANumber';
  reasonError?: 'reasonRequired';
  save: SaveState;
  /** Someone else saved a value for the period first: theirs and mine, to choose between. */
  conflict?: ConflictError<MeasureValue>;
  figureField: React.RefObject<ITextField>;
  reasonField: React.RefObject<ITextField>;
  onSave(): void;
  keepMine(): void;
  takeTheirs(): void;
  onFigureLeft(): void;
}

function entryOf(record: MeasureValue | undefined): ValueEntry {
  if (!record) return { figure: '', noData: false, reason: '' };
  const hasFigure = typeof record.value === 'number' && isFinite(record.value);
  return { figure: hasFigure ? String(record.value) : '', noData: !hasFigure, reason: hasFigure ? '' : record.note || '' };
}

/**
 * A measure value form's state (SPEC §5.1): the entry as typed, its RAG and trend before it is
 * saved, the checks that keep a save from sending nonsense, and a save that never overwrites a
 * value someone else saved meanwhile (their version and mine, to choose between).
 */
export function useMeasureValueEntry(plan: string, measure: Stored<Measure>, values: Stored<MeasureValue>[], valuePeriod: ValuePeriod): MeasureValueEntry {
  const { repository, user, period, reload } = useMyUpdatesContext();
  const recorded = values.map((stored) => stored.value);
  const index = recordedValueIndex(measure.value, recorded, period);
  const stored = index >= 0 ? values[index] : undefined;

  const [entry, setEntry] = React.useState<ValueEntry>(() => entryOf(stored && stored.value));
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
    measureRef: measure.value.ref,
    financialYear: measure.value.financialYear,
    period: valuePeriod,
    value: typedValue,
    note: entry.noData && reason ? reason : undefined,
    enteredBy: { name: user.name, email: user.email }
  };
  const conflict = save.phase === 'failed' && save.error instanceof ConflictError ? (save.error as ConflictError<MeasureValue>) : undefined;

  const change = (next: Partial<ValueEntry>): void => {
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

  const figureWrong = !entry.noData && ((showErrors && parsed.kind !== 'figure') || (figureLeft && parsed.kind === 'invalid'));
  return {
    entry,
    change,
    mine,
    rag: measureRag(measure.value, valuePeriod, typedValue),
    trend: measureTrend(measure.value, valuePeriod, valuesWithTyped(recorded, mine)),
    figureError: figureWrong ? 'notANumber' : undefined,
    reasonError: entry.noData && showErrors && !reason ? 'reasonRequired' : undefined,
    save,
    conflict,
    figureField,
    reasonField,
    onSave,
    keepMine,
    takeTheirs,
    onFigureLeft: () => setFigureLeft(true)
  };
}
