import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { PartialTheme, ThemeProvider } from '@fluentui/react/lib/Theme';
import { ISiteSchemaReader } from '../../../data/ISiteSchemaReader';
import { ListCheck } from '../../../data/schemaCheck';
import { formatString } from '../../../components/formatString';
import { useSchemaCheck } from '../hooks/useSchemaCheck';
import { ListHealthTable } from './ListHealthTable';
import { useClasses } from './styles';

export interface ITrackerSetupProps {
  reader: ISiteSchemaReader;
  strings: ITrackerSetupWebPartStrings;
  /** The host's theme (a section's variant, Teams' dark or high contrast); the page's own when absent. */
  theme?: PartialTheme;
}

/** The list provisioning check (SPEC §5.5): which of the tracker's lists are ready. */
export function TrackerSetup({ theme, ...props }: ITrackerSetupProps): JSX.Element {
  return (
    <ThemeProvider theme={theme} applyTo="element">
      <TrackerSetupBody {...props} />
    </ThemeProvider>
  );
}

function TrackerSetupBody({ reader, strings }: Omit<ITrackerSetupProps, 'theme'>): JSX.Element {
  const state = useSchemaCheck(reader);
  const classes = useClasses();
  return (
    <section className={classes.root} data-testid="tracker-setup" aria-labelledby="tracker-setup-title" aria-busy={state.phase === 'loading'}>
      <h2 id="tracker-setup-title" className={classes.title}>{strings.Title}</h2>
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
