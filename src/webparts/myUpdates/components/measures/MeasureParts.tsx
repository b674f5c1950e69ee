import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SafeText } from '../../../../components/SafeText';
import { MeasureValue } from '../../../../domain/model';
import { figureText } from './measureFacts';
import { useClasses } from '../shared/styles';
import { MyUpdatesStrings } from '../IMyUpdatesProps';

/** One term and its description in a `classes.facts` list. */
export function Fact({ term, children }: { term: string; children: React.ReactNode }): JSX.Element {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export interface IRecordedValueProps {
  /** A recorded value, or `undefined` for an empty one. */
  record: MeasureValue | undefined;
  unit: string;
  strings: MyUpdatesStrings;
}

/** A figure (`92%`), or "No data" with the reason given for it, as the person wrote it. */
export function RecordedValue({ record, unit, strings }: IRecordedValueProps): JSX.Element {
  if (record && typeof record.value === 'number' && isFinite(record.value)) {
    return <>{figureText(record.value, unit, strings)}</>;
  }
  const note = record && record.note && record.note.trim() ? record.note : undefined;
  return (
    <>
      {strings.Measure.RagNoData}
      {note && <> (<SafeText text={note} />)</>}
    </>
  );
}

export interface IValueConflictProps {
  /** What the server holds now; `undefined` when the value was deleted meanwhile. */
  theirs: MeasureValue | undefined;
  mine: MeasureValue;
  unit: string;
  strings: MyUpdatesStrings;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Someone saved a value for the period while this person was typing theirs: both figures, and a
 * choice of which to keep. Nothing is saved until they choose. Focus moves here when it appears.
 */
export function ValueConflict({ theirs, mine, unit, strings, onKeepMine, onUseTheirs }: IValueConflictProps): JSX.Element {
  const classes = useClasses();
  const title = React.useRef<HTMLParagraphElement>(null);
  React.useEffect(() => {
    if (title.current) title.current.focus();
  }, []);
  return (
    <div className={classes.lastQuarter}>
      <p ref={title} tabIndex={-1} style={{ margin: '0 0 4px', fontWeight: 600 }}>{strings.Conflict.ValueTitle}</p>
      <MessageBar messageBarType={MessageBarType.warning}>{theirs ? strings.Conflict.Intro : strings.Conflict.ValueDeleted}</MessageBar>
      <dl className={classes.facts}>
        {theirs && (
          <Fact term={strings.Conflict.Theirs}>
            <RecordedValue record={theirs} unit={unit} strings={strings} />
          </Fact>
        )}
        <Fact term={strings.Conflict.Yours}>
          <RecordedValue record={mine} unit={unit} strings={strings} />
        </Fact>
      </dl>
      <div className={classes.buttons}>
        <PrimaryButton text={strings.Conflict.KeepMine} onClick={onKeepMine} />
        {theirs && <DefaultButton text={strings.Conflict.UseTheirs} onClick={onUseTheirs} />}
      </div>
    </div>
  );
}
