import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { MyItems } from '../../../data/ITrackerRepository';
import { periodOpenForUpdatesOn } from '../../../domain/periods';
import { loadMyMilestones, MyMilestones as DueList } from '../../../report/loadMyMilestones';
import { useLoad } from '../../myUpdates/hooks/useLoad';
import { preloadForms } from '../../myUpdates/components/lazyForms';
import { IMyUpdatesContext, MyUpdatesContext } from '../../myUpdates/components/MyUpdatesContext';
import { errorText } from '../../myUpdates/components/shared/errorText';
import { useClasses } from '../../myUpdates/components/shared/styles';
import { IMyMilestonesProps } from './IMyMilestonesProps';
import { DueLists } from './DueLists';
import { ReminderNote } from './ReminderNote';
import { useAnnouncer } from './useAnnouncer';
import { useReminderFocus } from './useReminderFocus';

// Needed only once a milestone is marked done: it goes with My updates' forms chunk, fetched when the browser is idle.
const DoneNotes = React.lazy(() => import(/* webpackChunkName: 'my-updates-forms' */ './DoneNotes').then((module) => ({ default: module.DoneNotes })));

/**
 * "My milestones" (SPEC §5.3): what the signed-in person has overdue and due in the next 30
 * days, on the page's clock, with quick actions. Every action ends in a re-read of the whole
 * list, so it and its counts stay right on the one clock (SPEC §5.6).
 */
export function MyMilestones(props: IMyMilestonesProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme} applyTo="element">
      <DueWork {...props} />
    </ThemeProvider>
  );
}

function DueWork(props: IMyMilestonesProps): JSX.Element {
  const classes = useClasses();
  const { repository, user, today, strings, focus } = props;
  const [state, reload] = useLoad<DueList>(() => loadMyMilestones(repository, { email: user.email, today }), [repository, user.email, today]);
  const context = useQuickActionContext(props, reload);
  const announcer = useAnnouncer();
  const reminder = useReminderFocus(state.phase === 'ready' ? state.value : undefined, focus);
  const ready = state.phase === 'ready';
  // As My updates does: the forms' chunk is fetched once the list shows and the browser is idle.
  React.useEffect(() => { if (ready) preloadForms(); }, [ready]);

  return (
    <MyUpdatesContext.Provider value={context}>
      <section className={classes.root} aria-labelledby="my-milestones-title" aria-busy={state.phase === 'loading'}>
        <h2 id="my-milestones-title" className={classes.title}>{strings.DueList.Title}</h2>
        <div ref={announcer.ref} tabIndex={-1} role="status" aria-live="polite">{announcer.message}</div>
        {state.phase === 'loading' && <Spinner label={strings.DueList.Loading} />}
        {state.phase === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error} role="alert" actions={<DefaultButton text={strings.DueList.Retry} onClick={reload} />}>
            {errorText(state.error, strings)}
          </MessageBar>
        )}
        {state.phase === 'ready' && (
          <>
            <ReminderNote found={reminder.found} strings={strings} />
            {context.doneMilestones.length > 0 && <React.Suspense fallback={<></>}><DoneNotes /></React.Suspense>}
            <DueLists list={state.value} highlighted={reminder.highlighted} announce={announcer.announce} />
          </>
        )}
      </section>
    </MyUpdatesContext.Provider>
  );
}

/**
 * My updates' forms and notes read what they need from its context: the same services, the
 * quarter open for updates on the page's day, and a reload that re-reads this list. Milestones
 * marked done here are kept (with Undo) as My updates keeps them.
 */
function useQuickActionContext(props: IMyMilestonesProps, reload: () => void): IMyUpdatesContext {
  const [doneMilestones, setDoneMilestones] = React.useState<MyItems['milestones']>([]);
  const milestoneDone = React.useCallback((entry: MyItems['milestones'][number]) => {
    setDoneMilestones((done) => done.filter((other) => other.milestone.id !== entry.milestone.id).concat([entry]));
  }, []);
  const milestoneReopened = React.useCallback((id: number) => setDoneMilestones((done) => done.filter((other) => other.milestone.id !== id)), []);
  return React.useMemo<IMyUpdatesContext>(
    () => ({ ...props, period: periodOpenForUpdatesOn(props.today), reload, doneMilestones, milestoneDone, milestoneReopened }),
    [props, reload, doneMilestones, milestoneDone, milestoneReopened]
  );
}
