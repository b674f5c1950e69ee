import MailComposer from 'nodemailer/lib/mail-composer';
import { directoryFromPeople, GraphOutbox, OutboxPerson, startGraphOutbox } from '../../../src/local/graphOutbox';
import { OutboxFaults } from '../../../src/local/graphOutbox/outboxTypes';
import { ActivityRequest, MailRequest } from '../../../src/reminders/contracts';
import { GraphClock, GraphRates, localGraphToken, ReminderGraph, virtualClock } from '../../../src/reminders/graph';

export const SENDER = 'reminders@council.gov.uk';

/** `count` owners with Teams and a mailbox, plus the sender mailbox. */
export function owners(count: number): OutboxPerson[] {
  return Array.from({ length: count }, (_, n) => ({ email: `owner${n}@council.gov.uk`, title: `Owner ${n}` }));
}

export async function startOutbox(people: OutboxPerson[], faults?: OutboxFaults): Promise<GraphOutbox> {
  return startGraphOutbox({ directory: directoryFromPeople([...people, { email: SENDER, title: 'Reminders', teams: false }]), faults, quiet: true });
}

/** No pacing, for tests about something else. */
export const UNPACED: GraphRates = { users: Infinity, activity: Infinity, mail: Infinity };

export function graphFor(outbox: GraphOutbox, options: { clock?: GraphClock; rates?: Partial<GraphRates>; maxTries?: number } = {}): ReminderGraph {
  return new ReminderGraph({
    getAccessToken: localGraphToken(),
    company: 'Test Council',
    senderMailbox: SENDER,
    baseUrl: outbox.url,
    clock: options.clock || virtualClock(),
    rates: options.rates || UNPACED,
    maxTries: options.maxTries
  });
}

export function activityFor(userId: string, key: string): ActivityRequest {
  return {
    key,
    userId,
    body: {
      topic: { source: 'text', value: 'Quarterly updates', webUrl: 'https://teams.microsoft.com/l/entity/app/myMilestones' },
      activityType: 'updateDueSoon',
      previewText: { content: 'Your updates are due on 14 April' },
      templateParameters: [{ name: 'count', value: '2' }]
    }
  };
}

export async function mailFor(to: string, key: string): Promise<MailRequest> {
  const mime = await new MailComposer({ from: SENDER, to, subject: 'Updates due on 14 April', html: '<h1>Updates due</h1>', text: 'Updates due' }).compile().build();
  return { key, mimeBase64: mime.toString('base64') };
}

/** Object ids of the people, looked up as the job would. */
export async function idsOf(graph: ReminderGraph, people: OutboxPerson[]): Promise<string[]> {
  const users = await graph.lookUpUsers(people.map((person) => person.email));
  return people.map((person) => (users.get(person.email) as { id: string }).id);
}
