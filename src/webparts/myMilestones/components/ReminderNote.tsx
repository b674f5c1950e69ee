import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatCount } from '../../../components/formatCount';
import { MyMilestonesStrings } from './IMyMilestonesProps';

export interface IReminderNoteProps {
  /** How many of a reminder's items are still due; undefined when not opened from a reminder. */
  found: number | undefined;
  strings: MyMilestonesStrings;
}

/** Opened from a reminder: how many of its items are shown, or that none is due any more (never an error). */
export function ReminderNote({ found, strings }: IReminderNoteProps): JSX.Element {
  if (found === undefined) return <></>;
  const text = found > 0 ? formatCount(strings.Locale, strings.DeepLink.Showing, found, found) : strings.DeepLink.Stale;
  // Fluent's info MessageBar is itself a polite status.
  return <MessageBar messageBarType={MessageBarType.info}>{text}</MessageBar>;
}
