import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { DeadlineChangeForm, FormLoading } from '../../myUpdates/components/lazyForms';
import { useMyUpdatesContext } from '../../myUpdates/components/MyUpdatesContext';
import { focusAfterRender } from '../../myUpdates/components/shared/focusAfterRender';
import { useClasses } from '../../myUpdates/components/shared/styles';
import { DueRow } from './dueText';
import { MyMilestonesStrings } from './IMyMilestonesProps';
import { MarkDoneButton } from './MarkDoneButton';

// The update panel goes with My updates' forms chunk (fetched when the browser is idle: see DueWork), not the list's first download.
const UpdatePanel = React.lazy(() => import(/* webpackChunkName: 'my-updates-forms' */ './UpdatePanel').then((module) => ({ default: module.UpdatePanel })));

// Only plan leads decide requests: the card comes with My updates' review chunk, loaded when Decide is pressed.
const DeadlineRequestCard = React.lazy(() =>
  import(/* webpackChunkName: 'my-updates-review' */ '../../myUpdates/components/review/DeadlineRequests').then((module) => ({ default: module.DeadlineRequestCard })));

export interface IQuickActionsProps {
  item: DueRow;
  announce: (message: string) => void;
}

/**
 * The row's one quick action, each My updates' own: a milestone is marked done; an owed update
 * opens My updates' update form; an action's end date opens its deadline change form; a request
 * opens the plan lead's decision card from the review queue.
 */
export function QuickActions({ item, announce }: IQuickActionsProps): JSX.Element {
  const strings = useMyUpdatesContext().strings as MyMilestonesStrings;
  const words = strings.QuickAction;
  switch (item.kind) {
    case 'milestone':
      return <MarkDoneButton item={item} announce={announce} />;
    case 'updateOwed':
      return <Opens label={words.WriteUpdate} itemRef={item.ref}>{(close) => <FormLoading label={strings.General.Loading}><UpdatePanel item={item} onClose={close} announce={announce} /></FormLoading>}</Opens>;
    case 'actionEnd':
      return (
        <Opens label={words.AskDeadline} itemRef={item.ref}>
          {(close) => (
            <FormLoading label={strings.General.Loading}>
              <DeadlineChangeForm plan={item.plan} actionRef={item.ref} currentDate={item.dueDate} onSent={() => undefined} onDone={close} />
            </FormLoading>
          )}
        </Opens>
      );
    case 'changeRequest':
      return (
        <Opens label={words.Decide} itemRef={item.ref}>
          {() => <DecidePanel item={item} announce={announce} />}
        </Opens>
      );
  }
}

interface IOpensProps {
  label: string;
  itemRef: string;
  /** The panel, given a function that closes it and puts focus back on the button. */
  children: (close: () => void) => React.ReactNode;
}

/** A button named with the row's ref that opens a panel under it; closing the panel returns focus to the button. */
function Opens({ label, itemRef, children }: IOpensProps): JSX.Element {
  const classes = useClasses();
  const [open, setOpen] = React.useState(false);
  const button = React.useRef<HTMLButtonElement>(null);
  const close = React.useCallback(() => {
    setOpen(false);
    focusAfterRender(button);
  }, []);
  return (
    <>
      <div className={classes.buttons}>
        <DefaultButton elementRef={button} text={label} aria-label={`${label}: ${itemRef}`} aria-expanded={open} onClick={() => setOpen(!open)} />
      </div>
      {open && children(close)}
    </>
  );
}

/** The plan lead's card from the review queue, for the one request: agree or turn down. */
function DecidePanel({ item, announce }: { item: Extract<DueRow, { kind: 'changeRequest' }>; announce: (message: string) => void }): JSX.Element {
  const classes = useClasses();
  const strings = useMyUpdatesContext().strings;
  return (
    <FormLoading label={strings.General.Loading}>
      <ul className={classes.list}>
        <DeadlineRequestCard item={{ plan: item.plan, request: item.request }} onDecided={announce} />
      </ul>
    </FormLoading>
  );
}
