/**
 * @jest-environment node
 */
import { SharePointStore } from '../../../src/local/sharepointStore';
import { rawFetch, startMemoryStore } from './storeHarness';

const SP_EXCEPTION = '-1, Microsoft.SharePoint.SPException';
const CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const MEASURES = "/_api/web/lists/getByTitle('Measures')/items";

function post(body: string, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json;charset=utf-8', ...headers }, body };
}

describe('bad input gets SharePoint\'s 400 error shapes', () => {
  let store: SharePointStore;
  let planId: number;

  beforeAll(async () => {
    store = await startMemoryStore();
    planId = (await rawFetch(store, "/_api/web/lists/getByTitle('Plans')/items", post(JSON.stringify({ Title: 'P', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' })))).json.Id;
  });

  afterAll(() => store.close());

  async function expectError(path: string, init: RequestInit, status: number, code: string, message: string | RegExp): Promise<void> {
    const response = await rawFetch(store, path, init);
    expect(response.status).toBe(status);
    expect(Object.keys(response.json)).toEqual(['odata.error']);
    expect(response.json['odata.error'].code).toBe(code);
    expect(response.json['odata.error'].message.lang).toBe('en-US');
    expect(response.json['odata.error'].message.value).toMatch(message);
  }

  test.each([
    ['a comparison with no value', 'Title eq', /^The expression "Title eq" is not valid\. The 'eq' comparison has no right-hand operand\.$/],
    ['an unclosed text literal', "Title eq 'open", /text literal starting at position 9 is not closed/],
    ['a missing parenthesis', "(Title eq 'a'", /Expected '\)' at the end/],
    ['an unknown function', "endswith(Title, 'a')", /The function 'endswith' is not supported/]
  ])('malformed $filter (%s) is 400 naming the problem', async (_name, filter, message) => {
    await expectError(`${MEASURES}?$filter=${encodeURIComponent(filter)}`, {}, 400, SP_EXCEPTION, message);
  });

  test('an unknown field in $select is "The field or property \'X\' does not exist."', async () => {
    await expectError(`${MEASURES}?$select=Title,Nope`, {}, 400, SP_EXCEPTION, /^The field or property 'Nope' does not exist\.$/);
  });

  test('an unknown column in $filter is "Column \'X\' does not exist."', async () => {
    await expectError(`${MEASURES}?$filter=${encodeURIComponent("Nope eq 'a'")}`, {}, 400, '-2146232832, Microsoft.SharePoint.SPException', /^Column 'Nope' does not exist\. It may have been deleted by another user\.$/);
  });

  test('a person field\'s properties without $expand is SharePoint\'s $expand error', async () => {
    await expectError(`${MEASURES}?$select=Owner/EMail`, {}, 400, SP_EXCEPTION, /The \$select query string must specify the target fields and the \$expand query string must contains Owner\.$/);
  });

  test('text for a Number field is 400 naming the EDM type and the field, and nothing is written', async () => {
    const body = JSON.stringify({ Title: 'm', PlanId: planId, Ref: 'M1', FinancialYear: '2017-18', Polarity: 'High', Target: 'lots' });
    await expectError(MEASURES, post(body), 400, CLIENT_QUERY, /^Cannot convert a primitive value to the expected type 'Edm\.Double'.*'Target'/);
    expect((await rawFetch(store, "/_api/web/lists/getByTitle('Measures')?$select=ItemCount")).json.ItemCount).toBe(0);
  });

  test('a property the list does not have, or __metadata in JSON light, is refused by name', async () => {
    await expectError(MEASURES, post(JSON.stringify({ Title: 'm', Colour: 'red' })), 400, CLIENT_QUERY, /^The property 'Colour' does not exist on type 'SP\.Data\.MeasuresListItem'\./);
    await expectError(MEASURES, post(JSON.stringify({ __metadata: { type: 'SP.Data.MeasuresListItem' }, Title: 'm' })), 400, CLIENT_QUERY, /^The property '__metadata' does not exist/);
  });

  test('invalid JSON, and a body over SharePoint\'s 2 MB message limit', async () => {
    await expectError(MEASURES, post('{"Title": '), 400, CLIENT_QUERY, /^Invalid JSON\. A token was not recognized in the JSON content\.$/);
    const huge = JSON.stringify({ Title: 'm', FullTitle: 'x'.repeat(2200000) });
    await expectError(MEASURES, post(huge), 400, CLIENT_QUERY, /^The request message is too big\. The server does not allow messages larger than 2097152 bytes\.$/);
  });

  test('a duplicate value in a unique column is refused', async () => {
    await expectError("/_api/web/lists/getByTitle('Plans')/items", post(JSON.stringify({ Title: 'p', PlanType: 'Other', FirstYear: '2017-18', LastYear: '2018-19' })), 400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', /duplicate values were found/);
  });

  test('verbose callers get the same error under "error"', async () => {
    const response = await rawFetch(store, `${MEASURES}?$select=Nope`, { headers: { Accept: 'application/json;odata=verbose' } });
    expect(response.json).toEqual({ error: { code: SP_EXCEPTION, message: { lang: 'en-US', value: "The field or property 'Nope' does not exist." } } });
  });

  test('after all of that the store still answers', async () => {
    expect((await rawFetch(store, '/_api/web?$select=Title')).json.Title).toBe('Tracker');
    expect((await rawFetch(store, '/_api/nothing/here')).status).toBe(404);
  });
});
