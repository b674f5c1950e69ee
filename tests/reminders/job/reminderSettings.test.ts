import { TRACKER_TEAMS_APP_ID } from '../../../src/teams/teamsApps';
import {
  GRAPH_URL, isLoopback, ReminderJobSettings, reminderSettingsFromEnv, ReminderSettingsError
} from '../../../src/reminders/job/reminderSettings';

/**
 * The reminder job's settings (README "Reminders"): what a Function app, or `tracker remind
 * --site https://…`, must be given, what is assumed when a setting is left out, and local mode's
 * exception (a store and an outbox on 127.0.0.1 need no sign-in). Every problem is named at once.
 */

const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT_ID = '0b4f3a1e-5c6d-4e7f-8a9b-0c1d2e3f4a5b';

/** A complete tenant configuration: every required setting, nothing optional. */
const TENANT: NodeJS.ProcessEnv = {
  TRACKER_SITE: 'https://contoso.sharepoint.com/sites/tracker/',
  TRACKER_TENANT_ID: TENANT_ID,
  TRACKER_CLIENT_ID: CLIENT_ID,
  TRACKER_CERTIFICATE_PATH: '/home/site/reminders.pem',
  TRACKER_SENDER_MAILBOX: 'performance@contoso.gov.uk',
  TRACKER_MY_MILESTONES_URL: 'https://contoso.sharepoint.com/sites/tracker/SitePages/My-milestones.aspx'
};

/** Local mode: the embedded store and the Graph outbox, both on 127.0.0.1. */
const LOCAL: NodeJS.ProcessEnv = {
  TRACKER_SITE: 'http://127.0.0.1:4322/sites/tracker',
  TRACKER_GRAPH_URL: 'http://127.0.0.1:4323',
  TRACKER_SENDER_MAILBOX: 'performance.tracker@powys.example',
  TRACKER_MY_MILESTONES_URL: 'http://127.0.0.1:4321/milestones'
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    reminderSettingsFromEnv(env);
  } catch (error) {
    if (error instanceof ReminderSettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('reminderSettingsFromEnv: a tenant', () => {
  test('a complete configuration, with the defaults for what is left out', () => {
    const settings: ReminderJobSettings = reminderSettingsFromEnv(TENANT);
    expect(settings).toEqual({
      siteUrl: 'https://contoso.sharepoint.com/sites/tracker',
      graphUrl: 'https://graph.microsoft.com',
      auth: { kind: 'certificate', tenantId: TENANT_ID, clientId: CLIENT_ID, certificate: { certificatePath: '/home/site/reminders.pem' } },
      sender: { name: 'Performance Tracker', address: 'performance@contoso.gov.uk' },
      myMilestonesPageUrl: TENANT.TRACKER_MY_MILESTONES_URL,
      teamsAppId: TRACKER_TEAMS_APP_ID,
      language: 'en-GB',
      bilingual: false,
      organisation: 'Council',
      siteName: 'Performance Tracker',
      // The Consumption plan's 10 minutes less a minute's margin.
      timeLimitSeconds: 540
    });
  });

  test('optional settings given', () => {
    const settings = reminderSettingsFromEnv({
      ...TENANT, TRACKER_SENDER_NAME: 'Olrhain Perfformiad', TRACKER_LANGUAGE: 'cy-GB', TRACKER_BILINGUAL: 'TRUE',
      TRACKER_ORGANISATION: 'Powys', TRACKER_SITE_NAME: 'Powys County Council', REMINDER_TIME_LIMIT_SECONDS: '30',
      TRACKER_TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555', TRACKER_GRAPH_URL: 'https://graph.microsoft.com/'
    });
    expect(settings).toMatchObject({
      sender: { name: 'Olrhain Perfformiad' }, language: 'cy-GB', bilingual: true, organisation: 'Powys', siteName: 'Powys County Council',
      timeLimitSeconds: 30, teamsAppId: '11111111-2222-4333-8444-555555555555', graphUrl: GRAPH_URL
    });
  });

  test('the certificate itself (a Key Vault reference) wins over a path, its \\n made newlines', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----';
    const settings = reminderSettingsFromEnv({ ...TENANT, TRACKER_CERTIFICATE: pem });
    expect(settings.auth).toEqual({
      kind: 'certificate', tenantId: TENANT_ID, clientId: CLIENT_ID,
      certificate: { certificate: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----' }
    });
  });

  test('nothing set: every required setting named, in one error', () => {
    expect(problemsOf({})).toEqual([
      'TRACKER_SITE is not set.',
      'TRACKER_TENANT_ID is not set.',
      'TRACKER_CLIENT_ID is not set.',
      'Neither TRACKER_CERTIFICATE_PATH (a PEM file) nor TRACKER_CERTIFICATE (the PEM) is set.',
      'TRACKER_SENDER_MAILBOX is not set.',
      'TRACKER_MY_MILESTONES_URL is not set.'
    ]);
    expect(() => reminderSettingsFromEnv({})).toThrow(/^The reminder job is not configured: TRACKER_SITE is not set\. /);
  });

  test.each([
    ['TRACKER_SITE', 'http://contoso.sharepoint.com/sites/tracker', 'TRACKER_SITE "http://contoso.sharepoint.com/sites/tracker" is not an https:// address.'],
    ['TRACKER_SITE', '   ', 'TRACKER_SITE is not set.'],
    ['TRACKER_TENANT_ID', 'contoso.onmicrosoft.com', 'TRACKER_TENANT_ID "contoso.onmicrosoft.com" is not a directory (tenant) id.'],
    ['TRACKER_CLIENT_ID', 'reminders', 'TRACKER_CLIENT_ID "reminders" is not the reminder app\'s application (client) id.'],
    ['TRACKER_CERTIFICATE_PATH', '', 'Neither TRACKER_CERTIFICATE_PATH (a PEM file) nor TRACKER_CERTIFICATE (the PEM) is set.'],
    ['TRACKER_SENDER_MAILBOX', 'performance', 'TRACKER_SENDER_MAILBOX "performance" is not an e-mail address.'],
    ['TRACKER_MY_MILESTONES_URL', 'http://contoso.sharepoint.com/milestones', 'TRACKER_MY_MILESTONES_URL "http://contoso.sharepoint.com/milestones" is not an https:// address.'],
    ['TRACKER_LANGUAGE', 'cy', 'TRACKER_LANGUAGE "cy" is not en-GB or cy-GB.'],
    ['TRACKER_LANGUAGE', 'fr-FR', 'TRACKER_LANGUAGE "fr-FR" is not en-GB or cy-GB.'],
    ['TRACKER_BILINGUAL', 'yes', 'TRACKER_BILINGUAL "yes" is not true or false.'],
    ['REMINDER_TIME_LIMIT_SECONDS', '29', 'REMINDER_TIME_LIMIT_SECONDS "29" is not a whole number of seconds, 30 or more.'],
    ['REMINDER_TIME_LIMIT_SECONDS', '540.5', 'REMINDER_TIME_LIMIT_SECONDS "540.5" is not a whole number of seconds, 30 or more.'],
    ['REMINDER_TIME_LIMIT_SECONDS', 'ten minutes', 'REMINDER_TIME_LIMIT_SECONDS "ten minutes" is not a whole number of seconds, 30 or more.'],
    ['TRACKER_TEAMS_APP_ID', 'notifier', 'TRACKER_TEAMS_APP_ID "notifier" is not a Teams app id (a GUID).'],
    ['TRACKER_GRAPH_URL', 'https://graph.example.com',
      'TRACKER_GRAPH_URL "https://graph.example.com" is not Microsoft Graph (https://graph.microsoft.com); only local mode\'s outbox on 127.0.0.1 may stand in for it, with a site on 127.0.0.1.'],
    // A tenant's lists never go with a local outbox: the tenant's people would be "reminded" on this machine.
    ['TRACKER_GRAPH_URL', 'http://127.0.0.1:4323',
      'TRACKER_GRAPH_URL "http://127.0.0.1:4323" is not Microsoft Graph (https://graph.microsoft.com); only local mode\'s outbox on 127.0.0.1 may stand in for it, with a site on 127.0.0.1.'],
    ['REMINDER_NOW', '2018-07-06T09:00:00+01:00',
      'REMINDER_NOW is set, but only local mode (a site and TRACKER_GRAPH_URL on 127.0.0.1) may plan for another time: remove it.']
  ])('%s "%s": %s', (name, value, problem) => {
    expect(problemsOf({ ...TENANT, [name]: value })).toEqual([problem]);
  });
});

describe('reminderSettingsFromEnv: local mode (loopback)', () => {
  test('a store and an outbox on 127.0.0.1 need no tenant, client or certificate; plain http is fine', () => {
    const settings = reminderSettingsFromEnv(LOCAL);
    expect(settings.auth).toEqual({ kind: 'local' });
    expect(settings.siteUrl).toBe('http://127.0.0.1:4322/sites/tracker');
    expect(settings.graphUrl).toBe('http://127.0.0.1:4323');
    expect(settings.myMilestonesPageUrl).toBe('http://127.0.0.1:4321/milestones');
    expect(settings.planAt).toBeUndefined();
  });

  test('localhost counts as loopback too', () => {
    expect(reminderSettingsFromEnv({ ...LOCAL, TRACKER_SITE: 'http://localhost:4322/sites/tracker', TRACKER_GRAPH_URL: 'http://localhost:4323/' }).auth).toEqual({ kind: 'local' });
  });

  test('a 127.0.0.1 site with Microsoft Graph is not local: it needs https and the app\'s certificate', () => {
    expect(problemsOf({ ...LOCAL, TRACKER_GRAPH_URL: undefined })).toEqual([
      'TRACKER_SITE "http://127.0.0.1:4322/sites/tracker" is not an https:// address.',
      'TRACKER_TENANT_ID is not set.',
      'TRACKER_CLIENT_ID is not set.',
      'Neither TRACKER_CERTIFICATE_PATH (a PEM file) nor TRACKER_CERTIFICATE (the PEM) is set.',
      'TRACKER_MY_MILESTONES_URL "http://127.0.0.1:4321/milestones" is not an https:// address.'
    ]);
  });

  test('the sender mailbox and My milestones address are still required', () => {
    expect(problemsOf({ TRACKER_SITE: LOCAL.TRACKER_SITE, TRACKER_GRAPH_URL: LOCAL.TRACKER_GRAPH_URL })).toEqual([
      'TRACKER_SENDER_MAILBOX is not set.',
      'TRACKER_MY_MILESTONES_URL is not set.'
    ]);
  });

  test.each([
    ['2018-07-06T09:00:00+01:00', '2018-07-06T08:00:00.000Z'],
    ['2020-01-15T10:30:00Z', '2020-01-15T10:30:00.000Z'],
    ['2019-12-02T08:00+00:00', '2019-12-02T08:00:00.000Z']
  ])('REMINDER_NOW %s plans for %s', (text, instant) => {
    expect(reminderSettingsFromEnv({ ...LOCAL, REMINDER_NOW: text }).planAt?.toISOString()).toBe(instant);
  });

  test.each([
    // Without an offset the instant would depend on the machine's time zone.
    ['2018-07-06T09:00:00'],
    ['2018-07-06'],
    ['tomorrow'],
    ['2018-02-30T09:00:00Z']
  ])('REMINDER_NOW "%s" is refused, named', (text) => {
    expect(problemsOf({ ...LOCAL, REMINDER_NOW: text })).toEqual([`REMINDER_NOW "${text}" is not an ISO instant with its offset (e.g. 2018-07-06T09:00:00+01:00).`]);
  });
});

describe('isLoopback', () => {
  test.each([
    ['http://127.0.0.1:4322/sites/tracker', true],
    ['http://127.0.0.1', true],
    ['http://LOCALHOST:80/', true],
    ['https://127.0.0.1:4322', false],
    ['http://127.0.0.1.contoso.com/', false],
    ['http://10.0.0.1:4322', false],
    ['https://contoso.sharepoint.com/sites/tracker', false]
  ])('%s: %s', (url, loopback) => {
    expect(isLoopback(url)).toBe(loopback);
  });
});
