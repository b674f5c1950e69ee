import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { spfi } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { SiteSchemaReader } from '../../src/data/SiteSchemaReader';

/**
 * SiteSchemaReader through real PnPjs over HTTP, against a server answering the one route it
 * uses in SharePoint's JSON-light shape (SHAREPOINT-REST.md §1).
 */
describe('SiteSchemaReader', () => {
  let server: Server;
  let siteUrl: string;
  const requests: string[] = [];
  const lists = [
    {
      Title: 'Actions',
      ItemCount: 1172,
      EnableVersioning: true,
      Fields: [
        { InternalName: 'Title', TypeAsString: 'Text', Required: true, Indexed: false },
        { InternalName: 'EndDate', TypeAsString: 'DateTime', Required: false, Indexed: true }
      ]
    },
    { Title: "O'Brien's list", ItemCount: 3, EnableVersioning: false, Fields: [] }
  ];

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      requests.push(request.url as string);
      const path = (request.url as string).split('?')[0];
      if (path !== '/sites/tracker/_api/web/lists') {
        response.writeHead(404, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: 'Not found' } } }));
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' });
      response.end(JSON.stringify({ 'odata.metadata': 'x', value: lists }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sites/tracker`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('reads the tracker lists with their fields in one request, filtered to the tracker titles', async () => {
    const sp = spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse());
    const result = await new SiteSchemaReader(sp).readTrackerLists();

    expect(requests).toHaveLength(1);
    const query = new URLSearchParams(requests[0].split('?')[1]);
    expect(query.get('$expand')).toBe('Fields');
    expect(query.get('$select')).toContain('Fields/Indexed');
    expect(query.get('$filter')).toContain("Title eq 'Plans' or Title eq 'Objectives'");
    expect(query.get('$filter')).toContain("Title eq 'Reminder Log'");
    expect(result[0]).toEqual({
      title: 'Actions',
      itemCount: 1172,
      versioning: true,
      fields: [
        { internalName: 'Title', typeAsString: 'Text', required: true, indexed: false },
        { internalName: 'EndDate', typeAsString: 'DateTime', required: false, indexed: true }
      ]
    });
    expect(result[1]).toEqual({ title: "O'Brien's list", itemCount: 3, versioning: false, fields: [] });
  });
});
