import MailComposer from 'nodemailer/lib/mail-composer';
import { directoryFromPeople, GraphOutbox, OutboxPerson, startGraphOutbox } from '../../../src/local/graphOutbox';
import { OutboxFaults } from '../../../src/local/graphOutbox/outboxTypes';

/** A small council: Ada has Teams and a mailbox, Bryn no notifier app, Cerys no mailbox. */
export const PEOPLE: OutboxPerson[] = [
  { email: 'ada.lovelace@council.gov.uk', title: 'Ada Lovelace', language: 'en-GB' },
  { email: 'bryn.terfel@council.gov.uk', title: 'Bryn Terfel', language: 'cy-GB', teams: false },
  { email: 'cerys.matthews@council.gov.uk', title: 'Cerys Matthews', mailbox: false },
  { email: 'reminders@council.gov.uk', title: 'Performance reminders', teams: false }
];

export const SENDER = 'reminders@council.gov.uk';

export function startCouncilOutbox(faults?: OutboxFaults): Promise<GraphOutbox> {
  return startGraphOutbox({ directory: directoryFromPeople(PEOPLE), faults, quiet: true });
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** A call to `/v1.0…` with a bearer token (unless `headers` says otherwise). */
export async function graph(outbox: GraphOutbox, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const isText = typeof body === 'string';
  const response = await fetch(`${outbox.url}/v1.0${path}`, {
    method,
    headers: { Authorization: 'Bearer local', ...(body === undefined ? {} : { 'Content-Type': isText ? 'text/plain' : 'application/json' }), ...headers },
    body: body === undefined ? undefined : isText ? body : JSON.stringify(body)
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** `POST /v1.0/$batch`; the inner responses in request order. */
export async function batch(outbox: GraphOutbox, requests: unknown[]): Promise<Answer & { byId: Map<string, any> }> {
  const answer = await graph(outbox, 'POST', '/$batch', { requests });
  const responses: any[] = (answer.body && answer.body.responses) || [];
  return { ...answer, byId: new Map(responses.map((response) => [response.id, response])) };
}

export function activityBody(activityType = 'updateDueSoon'): Record<string, unknown> {
  return {
    topic: { source: 'text', value: 'Quarterly updates', webUrl: 'https://teams.microsoft.com/l/entity/app/myMilestones' },
    activityType,
    previewText: { content: 'Two updates are due on 14 April' },
    templateParameters: [{ name: 'count', value: '2' }]
  };
}

/** A MIME message (HTML and plain text) in base64, as the reminder job sends it. */
export async function mimeBase64(to: string, subject = 'Updates due on 14 April'): Promise<string> {
  const message = await new MailComposer({ from: SENDER, to, subject, html: '<h1>Updates due</h1><p>Two updates.</p>', text: 'Updates due. Two updates.' }).compile().build();
  return message.toString('base64');
}
