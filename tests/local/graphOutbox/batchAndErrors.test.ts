/**
 * @jest-environment node
 */
import { request } from 'http';
import { GraphOutbox } from '../../../src/local/graphOutbox';
import { batch, graph, startCouncilOutbox } from './outboxHarness';

describe('the Graph outbox: $batch and errors', () => {
  let outbox: GraphOutbox;

  beforeEach(async () => {
    outbox = await startCouncilOutbox();
  });
  afterEach(() => outbox.close());

  test('a batch of 20 is answered request by request in one 200', async () => {
    const requests = Array.from({ length: 20 }, (_, n) => ({ id: String(n + 1), method: 'GET', url: "/users?$filter=mail eq 'ada.lovelace@council.gov.uk'&$select=id,mail" }));
    const answer = await batch(outbox, requests);
    expect(answer.status).toBe(200);
    expect(answer.body.responses).toHaveLength(20);
    expect(answer.byId.get('20')).toMatchObject({ status: 200, body: { value: [{ mail: 'ada.lovelace@council.gov.uk' }] } });
  });

  test('21 requests are refused whole with a 400 in Graph error shape, and nothing runs', async () => {
    const requests = Array.from({ length: 21 }, (_, n) => ({ id: String(n + 1), method: 'GET', url: '/users' }));
    const answer = await batch(outbox, requests);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BadRequest');
    expect(answer.body.error.message).toContain('20');
    expect(Object.keys(answer.body.error.innerError).sort()).toEqual(['client-request-id', 'date', 'request-id']);
    expect(outbox.stats().innerRequests).toEqual({});
  });

  test.each([
    ['two requests with one id', { requests: [{ id: '1', method: 'GET', url: '/users' }, { id: '1', method: 'GET', url: '/users' }] }, 'unique'],
    ['a request without a url', { requests: [{ id: '1', method: 'GET' }] }, "'url'"],
    ['a body without Content-Type', { requests: [{ id: '1', method: 'POST', url: '/users/x/sendMail', body: {} }] }, 'Content-Type'],
    ['no requests array', { calls: [] }, "'requests'"]
  ])('a batch with %s is a 400 naming the fault', async (_, body, named) => {
    const answer = await graph(outbox, 'POST', '/$batch', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain(named);
  });

  test('a call without a bearer token is a 401 InvalidAuthenticationToken', async () => {
    const answer = await graph(outbox, 'GET', '/users', undefined, { Authorization: '' });
    expect([answer.status, answer.body.error.code]).toEqual([401, 'InvalidAuthenticationToken']);
  });

  test('an unknown user is a 404 Request_ResourceNotFound, outside a batch and inside one', async () => {
    const single = await graph(outbox, 'GET', '/users/nobody@council.gov.uk');
    const inner = await batch(outbox, [{ id: 'a', method: 'GET', url: '/users/nobody@council.gov.uk' }]);
    expect([single.status, single.body.error.code]).toEqual([404, 'Request_ResourceNotFound']);
    expect([inner.byId.get('a').status, inner.byId.get('a').body.error.code]).toEqual([404, 'Request_ResourceNotFound']);
  });

  test('stats count HTTP calls and inner requests by route', async () => {
    await batch(outbox, [
      { id: '1', method: 'GET', url: '/users/ada.lovelace@council.gov.uk' },
      { id: '2', method: 'GET', url: '/users/bryn.terfel@council.gov.uk' }
    ]);
    await graph(outbox, 'GET', '/users');
    const stats = outbox.stats();
    expect(stats.httpCalls).toBe(2);
    expect(stats.routes).toEqual({ 'POST /v1.0/$batch': 1, 'GET /v1.0/users': 1 });
    expect(stats.innerRequests).toEqual({ 'GET /v1.0/users/{id}': 2 });
  });

  test('requests addressed to another host are refused with 421', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const call = request({ host: '127.0.0.1', port: outbox.port, path: '/v1.0/users', headers: { Host: 'evil.example', Authorization: 'Bearer x' } }, (response) => {
        response.resume();
        resolve(response.statusCode || 0);
      });
      call.on('error', reject);
      call.end();
    });
    expect(status).toBe(421);
  });
});
