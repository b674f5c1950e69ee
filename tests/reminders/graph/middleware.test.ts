/**
 * @jest-environment node
 */
import { createServer, IncomingHttpHeaders, Server } from 'http';
import { AddressInfo } from 'net';
import { certificateGraphToken, ReminderGraph, virtualClock } from '../../../src/reminders/graph';
import { reminderUserAgent } from '../../../src/reminders/graph/userAgent';
import { activityFor, UNPACED } from './graphHarness';

const packageVersion: string = require('../../../package.json').version;

/** A server that records what reaches it and answers every call with `status`. */
async function recordingServer(status: number): Promise<{ url: string; seen: IncomingHttpHeaders[]; server: Server }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    request.resume();
    request.on('end', () => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(status === 200 ? { responses: [{ id: '1', status: 204, headers: {} }] } : { error: { code: 'x', message: 'down' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

function graphAt(url: string): ReminderGraph {
  return new ReminderGraph({ getAccessToken: async () => 'token-123', company: 'Cyngor Sir Gâr', senderMailbox: 'r@council.gov.uk', baseUrl: url, clock: virtualClock(), rates: UNPACED });
}

describe('the Graph client chain', () => {
  test('every call carries the bearer token and NONISV|<company>|PerformanceTracker/<package.json version>, to /v1.0/$batch', async () => {
    const { url, seen, server } = await recordingServer(200);
    try {
      const [outcome] = await graphAt(url).sendActivities([activityFor('u1', 'k')]);
      expect(outcome.status).toBe('sent');
      expect(seen).toHaveLength(1);
      expect(seen[0].authorization).toBe('Bearer token-123');
      expect(seen[0]['user-agent']).toBe(`NONISV|Cyngor Sir Gâr|PerformanceTracker/${packageVersion}`);
    } finally {
      server.close();
    }
  });

  test.each([500, 502, 503, 504])('a $batch POST answered %i is sent once (no SDK RetryHandler) and its activities are unknown', async (status) => {
    const { url, seen, server } = await recordingServer(status);
    try {
      const [outcome] = await graphAt(url).sendActivities([activityFor('u1', 'k')]);
      expect(outcome).toEqual({ key: 'k', channel: 'Teams', status: 'unknown', detail: `The $batch call answered ${status}: down` });
      expect(seen).toHaveLength(1);
    } finally {
      server.close();
    }
  });

  test('a $batch POST still unanswered after timeoutMs is unknown', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const graph = new ReminderGraph({ getAccessToken: async () => 't', company: 'Council', senderMailbox: 'r@council.gov.uk', baseUrl: url, clock: virtualClock(), rates: UNPACED, timeoutMs: 300 });
      const started = Date.now();
      const [outcome] = await graph.sendActivities([activityFor('u1', 'k')]);
      expect([outcome.status, outcome.detail]).toEqual(['unknown', expect.stringContaining('The $batch call failed')]);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('a connection Graph never answers is unknown', async () => {
    const [outcome] = await graphAt('http://127.0.0.1:1').sendActivities([activityFor('u1', 'k')]);
    expect([outcome.status, outcome.detail]).toEqual(['unknown', expect.stringContaining('The $batch call failed')]);
  });

  test.each([
    ['a company with "|"', 'A|B', 'company must be a name without "|"'],
    ['an empty company', ' ', 'company must be a name']
  ])('the User-Agent refuses %s', (_, company, message) => {
    expect(() => reminderUserAgent(company, '1.0.0')).toThrow(message);
  });

  test.each([
    ['no tenantId', { tenantId: '', clientId: 'c', certificatePath: 'x.pem' }, 'needs tenantId'],
    ['no clientId', { tenantId: 't', clientId: '', certificatePath: 'x.pem' }, 'needs clientId'],
    ['no certificate', { tenantId: 't', clientId: 'c' }, 'one of certificatePath and certificatePem'],
    ['two certificates', { tenantId: 't', clientId: 'c', certificatePath: 'x.pem', certificatePem: 'PEM' }, 'one of certificatePath and certificatePem']
  ])('the certificate credential with %s is refused, naming the setting', (_, settings, message) => {
    expect(() => certificateGraphToken(settings)).toThrow(message);
  });
});
