import { LIST_ORDER, LISTS, ListKey } from '../../src/data/schema';
import { fieldOf, ListDefinition } from '../../src/data/schemaTypes';
import { QUERY_PLAN, PlannedQuery } from '../../src/data/queryPlan';
import { fieldId } from '../../src/data/fieldSchemaXml';

const lists = LIST_ORDER.map((key) => LISTS[key] as ListDefinition);
const queries = Object.keys(QUERY_PLAN).map((name) => [name, (QUERY_PLAN as Record<string, PlannedQuery>)[name]] as const);
const SHAREPOINT_INDEX_LIMIT = 20;

describe('list schema', () => {
  test('provisioning order names every list exactly once', () => {
    expect([...LIST_ORDER].sort()).toEqual(Object.keys(LISTS).sort());
  });

  test.each(lists.map((list) => [list.title, list]))('%s: internal names are unique REST-safe identifiers', (_title, list) => {
    const names = list.fields.map((field) => field.name);
    expect(new Set(names).size).toBe(names.length);
    names.forEach((name) => expect(name).toMatch(/^[A-Z][A-Za-z0-9]{1,31}$/));
  });

  test.each(lists.map((list) => [list.title, list]))('%s: Title comes first and the list keeps versions', (_title, list) => {
    expect(list.fields[0].name).toBe('Title');
    expect(list.versioning).toBe(true);
  });

  test.each(lists.map((list) => [list.title, list]))('%s: stays within SharePoint\'s 20 indexed columns', (_title, list) => {
    expect(list.fields.filter((field) => field.indexed).length).toBeLessThanOrEqual(SHAREPOINT_INDEX_LIMIT);
  });

  test.each(lists.map((list) => [list.title, list]))('%s: unique columns are indexed, as SharePoint requires', (_title, list) => {
    list.fields.filter((field) => field.unique).forEach((field) => expect(field.indexed).toBe(true));
  });

  test.each(lists.map((list) => [list.title, list]))('%s: choices and defaults agree', (_title, list) => {
    list.fields.forEach((field) => {
      expect(field.kind === 'choice').toBe(!!field.choices && field.choices.length > 0);
      if (field.kind === 'choice' && field.defaultValue !== undefined) {
        expect(field.choices).toContain(field.defaultValue);
      }
    });
  });

  test.each(lists.map((list) => [list.title, list]))('%s: lookups point at a list provisioned before it', (_title, list) => {
    const position = LIST_ORDER.indexOf(list.key as ListKey);
    list.fields
      .filter((field) => field.kind === 'lookup')
      .forEach((field) => {
        expect(Object.keys(LISTS)).toContain(field.lookupList);
        expect(LIST_ORDER.indexOf(field.lookupList as ListKey)).toBeLessThan(position);
      });
  });

  test('field ids are unique across the site, except the built-in Title', () => {
    const ids = lists.reduce<string[]>(
      (all, list) => all.concat(list.fields.filter((field) => field.name !== 'Title').map((field) => fieldId(list, field))),
      []
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('SPEC §3 concepts each have a list: actions need an owner, updates a review state', () => {
    expect(fieldOf(LISTS.actions, 'OwnerName')?.required).toBe(true);
    expect(fieldOf(LISTS.updates, 'ReviewState')?.choices).toEqual(['Draft', 'Submitted', 'Approved', 'Returned']);
    expect(fieldOf(LISTS.reminderLog, 'Title')?.unique).toBe(true);
    expect(fieldOf(LISTS.plans, 'AllowChangeRequests')?.kind).toBe('boolean');
  });
});

describe('query plan (list view threshold)', () => {
  const isIndexedIn = (list: ListDefinition, name: string): boolean => name === 'ID' || !!fieldOf(list, name)?.indexed;

  test.each(queries)('%s leads its filter with an indexed column', (_name, query) => {
    expect(isIndexedIn(LISTS[query.list], query.leadsWith)).toBe(true);
  });

  test.each(queries)('%s orders by an indexed column', (_name, query) => {
    expect(isIndexedIn(LISTS[query.list], query.orderBy)).toBe(true);
  });

  test.each(queries)('%s filters only on columns that exist', (_name, query) => {
    query.thenFilters.forEach((name) => expect(fieldOf(LISTS[query.list], name)).toBeDefined());
  });

  test.each(lists.map((list) => [list.title, list]))('%s: every index serves a planned query', (_title, list) => {
    const used = queries.filter(([, query]) => query.list === list.key).reduce<string[]>((all, [, query]) => all.concat([query.leadsWith, query.orderBy]), []);
    list.fields.filter((field) => field.indexed).forEach((field) => expect(used).toContain(field.name));
  });
});
