import * as React from 'react';
import { MyItems } from '../../../data/ITrackerRepository';
import { IMyUpdatesProps } from './IMyUpdatesProps';

/** What every part of the web part needs, given once by the root instead of passed down each level. */
export interface IMyUpdatesContext extends IMyUpdatesProps {
  /** Reads my items and the review queue again after a save. */
  reload: () => void;
  /**
   * Milestones marked done while the page is open: a reload no longer lists them (my items are
   * what is still owed), so the page keeps them, done, where they were, with Undo.
   */
  doneMilestones: MyItems['milestones'];
  milestoneDone: (entry: MyItems['milestones'][number]) => void;
  milestoneReopened: (id: number) => void;
}

export const MyUpdatesContext = React.createContext<IMyUpdatesContext | undefined>(undefined);

export function useMyUpdatesContext(): IMyUpdatesContext {
  const context = React.useContext(MyUpdatesContext);
  if (!context) {
    throw new Error('My updates components must be rendered inside <MyUpdates>');
  }
  return context;
}
