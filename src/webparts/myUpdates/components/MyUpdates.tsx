import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { MyItems, ReviewQueue } from '../../../data/ITrackerRepository';
import { useLoad } from '../hooks/useLoad';
import { periodLabel } from './shared/periodLabel';
import { errorText } from './shared/errorText';
import { ItemGroups } from './ItemGroups';
import { preloadForms } from './lazyForms';
import { IMyUpdatesProps } from './IMyUpdatesProps';
import { IMyUpdatesContext, MyUpdatesContext } from './MyUpdatesContext';
import { ProgressSummary } from './ProgressSummary';
import { useClasses } from './shared/styles';
import { MyUpdatesStrings } from './IMyUpdatesProps';

// Only plan and objective leads need the tabs and the queue: a separate chunk, loaded for them.
const ReviewTabs = React.lazy(() => import(/* webpackChunkName: 'my-updates-review' */ './review/ReviewTabs').then((module) => ({ default: module.ReviewTabs })));


interface Loaded {
  items: MyItems;
  queue: ReviewQueue;
}

/** The staff update web part (SPEC §5.1): my items this quarter, and plan leads' review queue. */
export function MyUpdates(props: IMyUpdatesProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme} applyTo="element">
      <MyItemsAndQueue {...props} />
    </ThemeProvider>
  );
}

function MyItemsAndQueue(props: IMyUpdatesProps): JSX.Element {
  const classes = useClasses();
  const { repository, user, period, strings } = props;
  const [state, reload] = useLoad<Loaded>(async () => {
    const [items, queue] = await Promise.all([repository.myItems(user.email, period), repository.reviewQueue(user.email, period)]);
    return { items, queue };
  }, [repository, user.email, period.financialYear, period.quarter]);
  const [doneMilestones, setDoneMilestones] = React.useState<MyItems['milestones']>([]);
  const milestoneDone = React.useCallback((entry: MyItems['milestones'][number]) => {
    setDoneMilestones((done) => done.filter((other) => other.milestone.id !== entry.milestone.id).concat([entry]));
  }, []);
  const milestoneReopened = React.useCallback((id: number) => setDoneMilestones((done) => done.filter((other) => other.milestone.id !== id)), []);
  const context = React.useMemo<IMyUpdatesContext>(
    () => ({ ...props, reload, doneMilestones, milestoneDone, milestoneReopened }),
    [props, reload, doneMilestones, milestoneDone, milestoneReopened]
  );

  return (
    <MyUpdatesContext.Provider value={context}>
      <section className={classes.root} aria-labelledby="my-updates-title" aria-busy={state.phase === 'loading'}>
        <h2 id="my-updates-title" className={classes.title}>{strings.General.Title}: {periodLabel(period, strings)}</h2>
        {state.phase === 'loading' && <Spinner label={strings.General.Loading} />}
        {state.phase === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error} role="alert" actions={<DefaultButton text={strings.General.Retry} onClick={reload} />}>
            {errorText(state.error, strings)}
          </MessageBar>
        )}
        {state.phase === 'ready' && <Loaded loaded={state.value} strings={strings} />}
      </section>
    </MyUpdatesContext.Provider>
  );
}

function Loaded({ loaded, strings }: { loaded: Loaded; strings: MyUpdatesStrings }): JSX.Element {
  React.useEffect(preloadForms, []);
  // A lead keeps the tab after clearing the queue, to see the last decision and "nothing waiting".
  const isReviewer = React.useRef(false);
  isReviewer.current = isReviewer.current || loaded.queue.updates.length + loaded.queue.deadlineChanges.length > 0;
  const mine = (
    <>
      <ProgressSummary items={loaded.items} />
      <ItemGroups items={loaded.items} />
    </>
  );
  if (!isReviewer.current) {
    return mine;
  }
  // My items show while the tabs' code loads.
  return (
    <React.Suspense fallback={mine}>
      <ReviewTabs mine={mine} queue={loaded.queue} strings={strings} />
    </React.Suspense>
  );
}
