/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { TrackerSetup } from '../../../src/webparts/trackerSetup/components/TrackerSetup';
import { ISiteSchemaReader } from '../../../src/data/ISiteSchemaReader';
import { expectedTypeAsString, SiteList } from '../../../src/data/schemaCheck';
import { LIST_ORDER, LISTS } from '../../../src/data/schema';
import { ListDefinition } from '../../../src/data/schemaTypes';
import { loadStrings } from '../../support/loadStrings';

const english = loadStrings<ITrackerSetupWebPartStrings>('src/webparts/trackerSetup/loc/en-gb.js');
const welsh = loadStrings<ITrackerSetupWebPartStrings>('src/webparts/trackerSetup/loc/cy-gb.js');

function siteWith(except: string[] = []): SiteList[] {
  return LIST_ORDER.map((key) => LISTS[key] as ListDefinition)
    .filter((list) => except.indexOf(list.title) < 0)
    .map((list) => ({
      title: list.title,
      itemCount: list.title === 'Actions' ? 1172 : 0,
      versioning: true,
      fields: list.fields.map((field) => ({ internalName: field.name, typeAsString: expectedTypeAsString(field), required: !!field.required, indexed: !!field.indexed }))
    }));
}

/** The site as SharePoint answers; the component, hook and table are the real ones. */
const readerOf = (answer: () => Promise<SiteList[]>): ISiteSchemaReader => ({ readTrackerLists: answer });

describe('TrackerSetup', () => {
  test('says it is checking while the site answers', () => {
    render(<TrackerSetup reader={readerOf(() => new Promise(() => undefined))} strings={english} />);
    expect(screen.getByText("Checking the site's lists…")).toBeTruthy();
  });

  test('lists every tracker list (the 12 lists and the Evidence library) with its state and item count when all are ready', async () => {
    render(<TrackerSetup reader={readerOf(() => Promise.resolve(siteWith()))} strings={english} />);
    expect(await screen.findByText('All 13 lists are ready.')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    const actions = rows.filter((row) => within(row).queryByRole('rowheader', { name: 'Actions' }))[0];
    expect(within(actions).getByText('1,172')).toBeTruthy();
    expect(within(actions).getByText(/Ready/)).toBeTruthy();
  });

  test('names the missing lists and how to fix them', async () => {
    render(<TrackerSetup reader={readerOf(() => Promise.resolve(siteWith(['Risks', 'Challenges'])))} strings={english} />);
    const summary = await screen.findByRole('status');
    expect(summary.textContent).toContain('2 of 13 lists need attention.');
    expect(summary.textContent).toContain('npx tracker provision --site');
    const risks = screen.getByRole('rowheader', { name: 'Risks' }).closest('tr') as HTMLElement;
    expect(within(risks).getByText(/Missing/)).toBeTruthy();
  });

  test('says when the Evidence library was made as a list, and a list as a library', async () => {
    const site = siteWith().map((list) => (list.title === 'Evidence' ? { ...list, baseTemplate: 100 } : list.title === 'Risks' ? { ...list, baseTemplate: 101 } : list));
    render(<TrackerSetup reader={readerOf(() => Promise.resolve(site))} strings={english} />);
    expect((await screen.findByRole('status')).textContent).toContain('2 of 13 lists need attention.');
    const evidence = screen.getByRole('rowheader', { name: 'Evidence' }).closest('tr') as HTMLElement;
    expect(evidence.textContent).toContain(english.WrongTemplateLibrary);
    const risks = screen.getByRole('rowheader', { name: 'Risks' }).closest('tr') as HTMLElement;
    expect(risks.textContent).toContain(english.WrongTemplateList);
  });

  test('explains a failure to read the site in words, not an exception', async () => {
    render(<TrackerSetup reader={readerOf(() => Promise.reject(new Error('HttpRequestError [403]')))} strings={english} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("The site's lists could not be read.");
    expect(alert.textContent).not.toContain('403');
  });

  test('speaks Welsh when given the Welsh strings', async () => {
    render(<TrackerSetup reader={readerOf(() => Promise.resolve(siteWith(['Risks'])))} strings={welsh} />);
    expect((await screen.findByRole('status')).textContent).toContain('Mae angen sylw ar 1 o 13 rhestr.');
    expect(screen.getByRole('heading', { name: 'Gosod y traciwr' })).toBeTruthy();
  });
});
