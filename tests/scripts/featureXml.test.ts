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
    expect(instances.map((node) => node.getAttribute('Url'))).toEqual(lists.map((list) => list.url));
    expect(instances.map((node) => node.getAttribute('CustomSchema'))).toEqual(lists.map(schemaFileName));
    instances.forEach((node) => expect(node.getAttribute('TemplateType')).toBe('100'));
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
    expect(contentType.getAttribute('ID')).toMatch(/^0x0100[0-9A-F]{32}$/);
    const refs = Array.from(contentType.getElementsByTagName('FieldRef')).map((node) => node.getAttribute('Name'));
    expect(refs).toEqual(list.fields.map((field) => field.name));
  });
});
