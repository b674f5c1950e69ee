/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { elementFileNames, featureFiles, schemaFileName } from '../../scripts/featureXml';
import { LIST_ORDER, LISTS } from '../../src/data/schema';
import { ListDefinition } from '../../src/data/schemaTypes';

const root = join(__dirname, '..', '..');
const assetsDir = join(root, 'sharepoint', 'assets');
const readAsset = (name: string): string => readFileSync(join(assetsDir, name), 'utf8');
const lists = LIST_ORDER.map((key) => LISTS[key] as ListDefinition);

function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('Feature Framework list schema in sharepoint/assets', () => {
  test.each(Object.keys(featureFiles()))('%s matches src/data/schema.ts (run `npm run schema:xml` after changing the schema)', (name) => {
    expect(readAsset(name)).toBe(featureFiles()[name]);
  });

  test('package-solution.json ships every list schema with the feature', () => {
    const solution = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8'));
    const assets = solution.solution.features[0].assets;
    expect(assets.elementManifests).toEqual(['elements.xml']);
    expect(assets.elementFiles).toEqual(elementFileNames());
  });

  test('elements.xml creates each list, lookup targets first, from its own schema file', () => {
    const instances = Array.from(parseXml(readAsset('elements.xml')).getElementsByTagName('ListInstance'));
    expect(instances).toHaveLength(13);
    expect(instances.map((node) => node.getAttribute('Url'))).toEqual(lists.map((list) => list.url));
    expect(instances.map((node) => node.getAttribute('CustomSchema'))).toEqual(lists.map(schemaFileName));
  });

  test('the twelve lists are custom lists (template 100) and Evidence is a document library (template 101)', () => {
    const instances = Array.from(parseXml(readAsset('elements.xml')).getElementsByTagName('ListInstance'));
    const templates = instances.map((node) => [node.getAttribute('Url'), node.getAttribute('TemplateType'), node.getAttribute('FeatureId')]);
    expect(templates.filter(([url]) => url !== 'Evidence')).toHaveLength(12);
    templates.filter(([url]) => url !== 'Evidence').forEach(([, template, feature]) => {
      expect(template).toBe('100');
      expect(feature).toBe('00bfea71-de22-43b2-a848-c05709900100');
    });
    expect(templates.filter(([url]) => url === 'Evidence')).toEqual([['Evidence', '101', '00bfea71-e717-4e80-aa17-d0c71b360101']]);
  });

  test('the Evidence library schema is a document library: BaseType 1, Document content type, views and forms under Forms/', () => {
    const document = parseXml(readAsset('schema-evidence.xml'));
    expect(document.documentElement.getAttribute('BaseType')).toBe('1');
    expect(document.getElementsByTagName('ContentType')[0].getAttribute('ID')).toMatch(/^0x010100[0-9A-F]{32}$/);
    expect(document.getElementsByTagName('View')[0].getAttribute('Url')).toBe('Forms/AllItems.aspx');
    const forms = Array.from(document.getElementsByTagName('Form')).map((node) => [node.getAttribute('Type'), node.getAttribute('Url')]);
    expect(forms).toEqual([['DisplayForm', 'Forms/DispForm.aspx'], ['EditForm', 'Forms/EditForm.aspx'], ['NewForm', 'Forms/Upload.aspx']]);
    const viewFields = Array.from(document.getElementsByTagName('ViewFields')[0].getElementsByTagName('FieldRef')).map((node) => node.getAttribute('Name'));
    expect(viewFields.slice(0, 2)).toEqual(['DocIcon', 'LinkFilename']);
    const indexed = Array.from(document.getElementsByTagName('Fields')[0].getElementsByTagName('Field'))
      .filter((node) => node.getAttribute('Indexed') === 'TRUE')
      .map((node) => node.getAttribute('Name'));
    expect(indexed).toEqual(['Plan', 'ActionRef']);
  });

  test.each(lists.map((list) => [list.title, list]))('%s: the schema file defines every field with its type, required flag and index', (_title, list) => {
    const document = parseXml(readAsset(schemaFileName(list)));
    const root = document.documentElement;
    expect(root.getAttribute('Url')).toBe(list.url);
    expect(root.getAttribute('VersioningEnabled')).toBe('TRUE');
    const fields = Array.from(document.getElementsByTagName('Fields')[0].getElementsByTagName('Field'));
    expect(fields.map((node) => node.getAttribute('Name'))).toEqual(list.fields.map((field) => field.name));
    list.fields.forEach((field, index) => {
      const node = fields[index];
      expect(node.getAttribute('Required')).toBe(field.required ? 'TRUE' : 'FALSE');
      expect(node.getAttribute('Indexed')).toBe(field.indexed ? 'TRUE' : null);
      if (field.kind === 'lookup') {
        expect(node.getAttribute('Type')).toBe('Lookup');
        expect(node.getAttribute('List')).toBe((LISTS as Record<string, ListDefinition>)[field.lookupList as string].url);
      }
      if (field.choices) {
        expect(Array.from(node.getElementsByTagName('CHOICE')).map((choice) => choice.textContent)).toEqual([...field.choices]);
      }
    });
  });

  test.each(lists.map((list) => [list.title, list]))('%s: its content type shows every field in the forms', (_title, list) => {
    const document = parseXml(readAsset(schemaFileName(list)));
    const contentType = document.getElementsByTagName('ContentType')[0];
    // A list item's content type inherits Item (0x01), a library file's inherits Document (0x0101).
    expect(contentType.getAttribute('ID')).toMatch(list.url === 'Evidence' ? /^0x010100[0-9A-F]{32}$/ : /^0x0100[0-9A-F]{32}$/);
    const refs = Array.from(contentType.getElementsByTagName('FieldRef')).map((node) => node.getAttribute('Name'));
    expect(refs).toEqual(list.fields.map((field) => field.name));
  });
});
