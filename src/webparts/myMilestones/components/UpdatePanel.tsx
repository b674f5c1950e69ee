import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { formatString } from '../../../components/formatString';
import { useLoad } from '../../myUpdates/hooks/useLoad';
import { ActionUpdateForm, FormLoading } from '../../myUpdates/components/lazyForms';
import { IMyUpdatesContext, MyUpdatesContext, useMyUpdatesContext } from '../../myUpdates/components/MyUpdatesContext';
import { errorText } from '../../myUpdates/components/shared/errorText';
import { DueRow } from './dueText';
import { MyMilestonesStrings } from './IMyMilestonesProps';

export interface IUpdatePanelProps {
  item: Extract<DueRow, { kind: 'updateOwed' }>;
  onClose: () => void;
  announce: (message: string) => void;
}

/**
 * My updates' own update form for the quarter the row owes, not a second form: the action and
 * its updates are read as My updates reads them (`myItems` for that quarter), and the form runs
 * in My updates' context for that quarter. Once submitted, the list is read again (the row
 * leaves it) and the page says so.
 */
export function UpdatePanel({ item, onClose, announce }: IUpdatePanelProps): JSX.Element {
  const outer = useMyUpdatesContext();
  const strings = outer.strings as MyMilestonesStrings;
  const { repository, user } = outer;
  const { financialYear, quarter } = item.period;
  const [state] = useLoad(() => repository.myItems(user.email, item.period), [repository, user.email, financialYear, quarter]);
  const context = React.useMemo<IMyUpdatesContext>(() => ({
    ...outer,
    period: item.period,
    reload: () => {
      announce(formatString(strings.QuickAction.UpdateSent, item.ref));
      outer.reload();
    }
  }), [outer, item.period, item.ref, announce, strings]);

  if (state.phase === 'loading') return <Spinner label={strings.General.Loading} />;
  if (state.phase === 'failed') return <MessageBar messageBarType={MessageBarType.error} role="alert">{errorText(state.error, strings)}</MessageBar>;
  const owned = state.value.actions.filter((entry) => entry.plan === item.plan && entry.action.value.ref === item.ref)[0];
  if (!owned) return <MessageBar messageBarType={MessageBarType.warning}>{formatString(strings.QuickAction.ActionGone, item.ref)}</MessageBar>;
  return (
    <MyUpdatesContext.Provider value={context}>
      <FormLoading label={strings.General.Loading}>
        <ActionUpdateForm plan={owned.plan} action={owned.action} updates={owned.updates} onClose={onClose} />
      </FormLoading>
    </MyUpdatesContext.Provider>
  );
}
