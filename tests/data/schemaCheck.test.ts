import { checkSiteSchema, expectedTypeAsString, SiteList } from '../../src/data/schemaCheck';
import { LIST_ORDER, LISTS } from '../../src/data/schema';
import { ListDefinition } from '../../src/data/schemaTypes';

/** A site list exactly as the schema wants it, as SharePoint would report it. */
function provisioned(list: ListDefinition, itemCount = 0): SiteList {
  return {
    title: list.title,
    itemCount,
    versioning: true,
    baseTemplate: list.key === 'evidence' ? 101 : 100,
    fields: list.fields.map((field) => ({
      internalName: field.name,
      typeAsString: expectedTypeAsString(field),
      required: !!field.required,
      indexed: !!field.indexed
    }))
  };
}

const allProvisioned = (): SiteList[] => LIST_ORDER.map((key) => provisioned(LISTS[key] as ListDefinition));

function withChange(title: string, change: (list: SiteList) => SiteList): SiteList[] {
  return allProvisioned().map((list) => (list.title === title ? change(list) : list));
}

describe('checkSiteSchema', () => {
  test('a fully provisioned site is ready, list by list, in provisioning order', () => {
    const checks = checkSiteSchema(allProvisioned());
    expect(checks.map((check) => check.title)).toEqual([
      'Plans', 'Objectives', 'Actions', 'Milestones', 'Measures', 'Measure Values', 'Updates',
      'Deadline Change Requests', 'Risks', 'Challenges', 'Reporting Calendar', 'Reminder Log', 'Evidence'
    ]);
    checks.forEach((check) => expect(check.health).toBe('ok'));
  });

  test.each([
    ['a list that is not there', withChange('Risks', (list) => ({ ...list, title: 'Risk register' })), 'Risks', { health: 'missing' }],
    ['a missing column', withChange('Actions', (list) => ({ ...list, fields: list.fields.filter((f) => f.internalName !== 'EndDate') })), 'Actions',
      { health: 'incomplete', missingFields: ['EndDate'] }],
    ['a column without its index', withChange('Updates', (list) => ({ ...list, fields: list.fields.map((f) => (f.internalName === 'PeriodKey' ? { ...f, indexed: false } : f)) })), 'Updates',
      { health: 'incomplete', missingIndexes: ['PeriodKey'] }],
    ['a column of another type', withChange('Measures', (list) => ({ ...list, fields: list.fields.map((f) => (f.internalName === 'Target' ? { ...f, typeAsString: 'Text' } : f)) })), 'Measures',
      { health: 'incomplete', wrongTypes: ['Target (expected Number, found Text)'] }],
    ['version history switched off', withChange('Plans', (list) => ({ ...list, versioning: false })), 'Plans', { health: 'incomplete', versioningOff: true }],
    ['a custom list where the Evidence document library belongs', withChange('Evidence', (list) => ({ ...list, baseTemplate: 100 })), 'Evidence',
      { health: 'incomplete', wrongTemplate: true }],
    ['a document library where the Actions list belongs', withChange('Actions', (list) => ({ ...list, baseTemplate: 101 })), 'Actions',
      { health: 'incomplete', wrongTemplate: true }]
  ])('%s makes that list need attention and leaves the others ready', (_case, site, title, expected) => {
    const checks = checkSiteSchema(site);
    const changed = checks.filter((check) => check.title === title)[0];
    expect(changed).toMatchObject(expected);
    checks.filter((check) => check.title !== title).forEach((check) => expect(check.health).toBe('ok'));
  });

  test('extra columns a council added do not count against a list', () => {
    const site = withChange('Actions', (list) => ({
      ...list,
      fields: list.fields.concat([{ internalName: 'Directorate', typeAsString: 'Text', required: false, indexed: false }])
    }));
    expect(checkSiteSchema(site).filter((check) => check.title === 'Actions')[0].health).toBe('ok');
  });

  test('reports the item count SharePoint gives', () => {
    const site = withChange('Actions', (list) => ({ ...list, itemCount: 6120 }));
    expect(checkSiteSchema(site).filter((check) => check.title === 'Actions')[0].itemCount).toBe(6120);
  });
});
