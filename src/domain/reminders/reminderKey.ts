import { ReportingPeriod } from '../model';
import { periodKey } from '../periods';

/** The reminder log's key (its unique Title): `email|periodKey|stage`, the e-mail in lower case. */
export function reminderKey(email: string, period: ReportingPeriod, stage: string): string {
  return `${email.toLowerCase()}|${periodKey(period)}|${stage}`;
}
