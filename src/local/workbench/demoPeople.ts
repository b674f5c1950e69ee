import { StorePerson } from '../sharepointStore/startSharePointStore';

/**
 * Someone local mode lets you "sign in as" (SPEC §5.6). Local mode's own people, and the owners
 * in the councils' documents each of them plays, are in the demo overlay
 * (src/local/demoData/demoOverlay.json); tests bring their own.
 */
export interface DemoPerson extends StorePerson {
  /** What the workbench calls this person in its "sign in as" switch. */
  persona: string;
  /** What this person does in the demo, shown under the "sign in as" switch. */
  job?: string;
  /** Their language in the directory (Graph `preferredLanguage`): reminders come in it. */
  language?: 'en-GB' | 'cy-GB';
  /** The Teams notifier app is installed for them: reminders come to their activity feed, else by e-mail. */
  teams?: boolean;
}

export { DEMO_PEOPLE } from '../demoData/demoOverlay';
