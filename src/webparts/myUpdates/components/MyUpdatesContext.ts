import * as React from 'react';
import { ITrackerRepository } from '../../../data/ITrackerRepository';
import { IsoDate, PersonRef, ReportingPeriod } from '../../../domain/model';
import { IDraftStore } from '../hooks/draftStore';

/** What every part of the web part needs, given once by the root instead of passed down each level. */
export interface IMyUpdatesContext {
  repository: ITrackerRepository;
  /** The signed-in person (owner, delegate or plan lead). */
  user: PersonRef & { email: string };
  period: ReportingPeriod;
  today: IsoDate;
  strings: IMyUpdatesWebPartStrings;
  drafts: IDraftStore;
  defaultPlan?: string;
  /** Reads my items and the review queue again after a save. */
  reload: () => void;
}

export const MyUpdatesContext = React.createContext<IMyUpdatesContext | undefined>(undefined);

export function useMyUpdatesContext(): IMyUpdatesContext {
  const context = React.useContext(MyUpdatesContext);
  if (!context) {
    throw new Error('My updates components must be rendered inside <MyUpdates>');
  }
  return context;
}
