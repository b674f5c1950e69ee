import { isIsoDate } from '../../domain/calendarDate';
import { ReminderLanguage } from '../contracts';
import { TRACKER_TEAMS_APP_ID } from '../../teams/teamsApps';

/**
 * The reminder job's settings in production (README "Reminders"): the Function app's settings or
 * the environment of `tracker remind --site https://…`. Every missing or malformed setting is
 * named in one error, so a first deployment is fixed in one pass.
 */

/** A PEM file (certificate and private key), or the PEM itself (a Key Vault reference in the Function's settings). */
export type CertificateSource = { certificatePath: string } | { certificate: string };

/** How the job signs in: the reminder app's certificate, or nothing against local mode's own servers on 127.0.0.1. */
export type ReminderAuth =
  | {
    kind: 'certificate';
    tenantId: string;
    clientId: string;
    certificate: CertificateSource;
  }
  | { kind: 'local' };

export interface ReminderJobSettings {
  siteUrl: string;
  /** Graph's address: Microsoft's, or local mode's outbox (TRACKER_GRAPH_URL). */
  graphUrl: string;
  auth: ReminderAuth;
  sender: { name: string; address: string };
  myMilestonesPageUrl: string;
  teamsAppId: string;
  language: ReminderLanguage;
  bilingual: boolean;
  organisation: string;
  siteName: string;
  /** Seconds the run may take before it stops starting new slices (the Function's timeout less a margin). */
  timeLimitSeconds: number;
  /**
   * REMINDER_NOW: the instant to plan for instead of the real time. Local mode only (a store and
   * an outbox on 127.0.0.1), so a test can fire the Function on a working day of its choosing;
   * against a tenant, reminders are always planned on the real clock.
   */
  planAt?: Date;
}

export class ReminderSettingsError extends Error {
  public constructor(public readonly problems: string[]) {
    super(`The reminder job is not configured: ${problems.join(' ')}`);
    this.name = 'ReminderSettingsError';
  }
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
export const DEFAULT_TIME_LIMIT_SECONDS = 540;

function required(env: NodeJS.ProcessEnv, name: string, problems: string[], test?: { pattern: RegExp; says: string }): string {
  const value = (env[name] || '').trim();
  if (!value) problems.push(`${name} is not set.`);
  else if (test && !test.pattern.test(value)) problems.push(`${name} "${value}" is not ${test.says}.`);
  return value;
}

function languageOf(env: NodeJS.ProcessEnv, problems: string[]): ReminderLanguage {
  const value = (env.TRACKER_LANGUAGE || 'en-GB').trim();
  if (value === 'en-GB' || value === 'cy-GB') return value;
  problems.push(`TRACKER_LANGUAGE "${value}" is not en-GB or cy-GB.`);
  return 'en-GB';
}

function flagOf(env: NodeJS.ProcessEnv, name: string, problems: string[]): boolean {
  const value = (env[name] || 'false').trim().toLowerCase();
  if (value !== 'true' && value !== 'false') problems.push(`${name} "${env[name]}" is not true or false.`);
  return value === 'true';
}

function timeLimitOf(env: NodeJS.ProcessEnv, problems: string[]): number {
  const text = (env.REMINDER_TIME_LIMIT_SECONDS || String(DEFAULT_TIME_LIMIT_SECONDS)).trim();
  const seconds = Number(text);
  if (!/^\d+$/.test(text) || seconds < 30) problems.push(`REMINDER_TIME_LIMIT_SECONDS "${text}" is not a whole number of seconds, 30 or more.`);
  return seconds;
}

function certificateOf(env: NodeJS.ProcessEnv, problems: string[]): CertificateSource {
  if (env.TRACKER_CERTIFICATE) return { certificate: env.TRACKER_CERTIFICATE.replace(/\\n/g, '\n') };
  if (env.TRACKER_CERTIFICATE_PATH) return { certificatePath: env.TRACKER_CERTIFICATE_PATH };
  problems.push('Neither TRACKER_CERTIFICATE_PATH (a PEM file) nor TRACKER_CERTIFICATE (the PEM) is set.');
  return { certificatePath: '' };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function planAtOf(env: NodeJS.ProcessEnv, local: boolean, problems: string[]): Date | undefined {
  const text = (env.REMINDER_NOW || '').trim();
  if (!text) return undefined;
  if (!local) {
    problems.push('REMINDER_NOW is set, but only local mode (a site and TRACKER_GRAPH_URL on 127.0.0.1) may plan for another time: remove it.');
    return undefined;
  }
  // Date.parse rolls 30 February over into March; the calendar date must exist as written.
  if (!INSTANT.test(text) || !isIsoDate(text.slice(0, 10)) || isNaN(Date.parse(text))) {
    problems.push(`REMINDER_NOW "${text}" is not an ISO instant with its offset (e.g. 2018-07-06T09:00:00+01:00).`);
    return undefined;
  }
  return new Date(text);
}

export const GRAPH_URL = 'https://graph.microsoft.com';

/** Local mode's store and outbox listen on 127.0.0.1 only, and ask for no sign-in. */
export function isLoopback(url: string): boolean {
  return /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/i.test(url);
}

function authOf(env: NodeJS.ProcessEnv, local: boolean, problems: string[]): ReminderAuth {
  if (local) return { kind: 'local' };
  return {
    kind: 'certificate',
    tenantId: required(env, 'TRACKER_TENANT_ID', problems, { pattern: GUID, says: 'a directory (tenant) id' }),
    clientId: required(env, 'TRACKER_CLIENT_ID', problems, { pattern: GUID, says: "the reminder app's application (client) id" }),
    certificate: certificateOf(env, problems)
  };
}

export function reminderSettingsFromEnv(env: NodeJS.ProcessEnv): ReminderJobSettings {
  const problems: string[] = [];
  const https = { pattern: /^https:\/\/[^\s]+$/i, says: 'an https:// address' };
  const siteUrl = (env.TRACKER_SITE || '').trim().replace(/\/+$/, '');
  const graphUrl = (env.TRACKER_GRAPH_URL || GRAPH_URL).trim().replace(/\/+$/, '');
  // Both on 127.0.0.1, or both Microsoft's: a tenant's lists never go to a local outbox, nor the reverse.
  const local = isLoopback(siteUrl) && isLoopback(graphUrl);
  const web = local ? { pattern: /^http:\/\//i, says: 'an address' } : https;
  const settings: ReminderJobSettings = {
    siteUrl: required(env, 'TRACKER_SITE', problems, web).replace(/\/+$/, ''),
    graphUrl,
    auth: authOf(env, local, problems),
    sender: { name: (env.TRACKER_SENDER_NAME || 'Performance Tracker').trim(), address: required(env, 'TRACKER_SENDER_MAILBOX', problems, { pattern: EMAIL, says: 'an e-mail address' }) },
    myMilestonesPageUrl: required(env, 'TRACKER_MY_MILESTONES_URL', problems, web),
    teamsAppId: (env.TRACKER_TEAMS_APP_ID || TRACKER_TEAMS_APP_ID).trim(),
    language: languageOf(env, problems),
    bilingual: flagOf(env, 'TRACKER_BILINGUAL', problems),
    organisation: (env.TRACKER_ORGANISATION || 'Council').trim(),
    siteName: (env.TRACKER_SITE_NAME || 'Performance Tracker').trim(),
    timeLimitSeconds: timeLimitOf(env, problems)
  };
  const planAt = planAtOf(env, local, problems);
  if (planAt) settings.planAt = planAt;
  if (!local && graphUrl !== GRAPH_URL) problems.push(`TRACKER_GRAPH_URL "${graphUrl}" is not Microsoft Graph (${GRAPH_URL}); only local mode's outbox on 127.0.0.1 may stand in for it, with a site on 127.0.0.1.`);
  if (!GUID.test(settings.teamsAppId)) problems.push(`TRACKER_TEAMS_APP_ID "${settings.teamsAppId}" is not a Teams app id (a GUID).`);
  if (problems.length) throw new ReminderSettingsError(problems);
  return settings;
}
