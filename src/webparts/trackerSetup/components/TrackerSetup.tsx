import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { ISiteSchemaReader } from '../../../data/ISiteSchemaReader';
import { ListCheck } from '../../../data/schemaCheck';
import { formatString } from '../../../components/formatString';
import { useSchemaCheck } from '../hooks/useSchemaCheck';
import { ListHealthTable } from './ListHealthTable';
import styles from './TrackerSetup.module.scss';

export interface ITrackerSetupProps {
  reader: ISiteSchemaReader;
  strings: ITrackerSetupWebPartStrings;
}

/** The list provisioning check (SPEC §5.5): which of the tracker's lists are ready. */
export function TrackerSetup({ reader, strings }: ITrackerSetupProps): JSX.Element {
  const state = useSchemaCheck(reader);
  return (
    <section className={styles.trackerSetup} aria-labelledby="tracker-setup-title" aria-busy={state.phase === 'loading'}>
      <h2 id="tracker-setup-title" className={styles.title}>{strings.Title}</h2>
      <p>{strings.Intro}</p>
      {state.phase === 'loading' && <Spinner label={strings.Loading} />}
      {state.phase === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">{strings.LoadFailed}</MessageBar>
      )}
      {state.phase === 'ready' && <Summary checks={state.checks} strings={strings} />}
      {state.phase === 'ready' && <ListHealthTable checks={state.checks} strings={strings} />}
    </section>
  );
}

function Summary({ checks, strings }: { checks: ListCheck[]; strings: ITrackerSetupWebPartStrings }): JSX.Element {
  const needingAttention = checks.filter((check) => check.health !== 'ok').length;
  if (!needingAttention) {
    return <MessageBar messageBarType={MessageBarType.success}>{formatString(strings.SummaryAllOk, checks.length)}</MessageBar>;
  }
  return (
    <MessageBar messageBarType={MessageBarType.warning} role="status">
      {formatString(strings.SummaryProblems, needingAttention, checks.length)} {strings.HowToFix}
    </MessageBar>
  );
}
