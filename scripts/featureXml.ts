import { LIST_DESCRIPTIONS } from '../src/data/listDescriptions';
import { LIST_ORDER, ListKey, LISTS } from '../src/data/schema';
import { isDocumentLibrary, ListDefinition } from '../src/data/schemaTypes';
import { contentTypeId, escapeXml, fieldId, fieldSchemaXml } from '../src/data/fieldSchemaXml';

/**
 * The .sppkg's Feature Framework files, generated from src/data/schema.ts: elements.xml holds one
 * ListInstance per list (in lookup order); each list's schema-<key>.xml defines its fields, an
 * inline content type that shows them in the list's forms, and a default view. Everything is
 * list-scoped, so no site column can clash with one the site already has.
 */

const CUSTOM_LIST_FEATURE = '00bfea71-de22-43b2-a848-c05709900100';
/** The feature that defines the Document Library template (101). */
const DOCUMENT_LIBRARY_FEATURE = '00bfea71-e717-4e80-aa17-d0c71b360101';
const VIEW_FIELD_COUNT = 7;

export function schemaFileName(list: ListDefinition): string {
  return `schema-${list.key}.xml`;
}

function lookupUrl(key: string): string {
  return (LISTS as Record<string, ListDefinition>)[key].url;
}

function orderedLists(): ListDefinition[] {
  return LIST_ORDER.map((key) => LISTS[key] as ListDefinition);
}

export function elementsXml(): string {
  const instances = orderedLists().map(
    (list) =>
      `  <ListInstance CustomSchema="${schemaFileName(list)}" FeatureId="${isDocumentLibrary(list) ? DOCUMENT_LIBRARY_FEATURE : CUSTOM_LIST_FEATURE}" ` +
      `Title="${escapeXml(list.title)}" Description="${escapeXml(LIST_DESCRIPTIONS[list.key as ListKey])}" TemplateType="${list.baseTemplate}" Url="${list.url}" />`
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from src/data/schema.ts by `npm run schema:xml`. Do not edit by hand. -->',
    '<Elements xmlns="http://schemas.microsoft.com/sharepoint/">',
    ...instances,
    '</Elements>',
    ''
  ].join('\n');
}

function contentTypeXml(list: ListDefinition): string {
  const refs = list.fields.map((field) => `          <FieldRef ID="{${fieldId(list, field)}}" Name="${field.name}" />`);
  const name = `Tracker ${isDocumentLibrary(list) ? list.title : list.fields[0].title}`;
  return [
    `      <ContentType ID="${contentTypeId(list)}" Name="${escapeXml(name)}" Group="Performance Tracker" Description="${escapeXml(LIST_DESCRIPTIONS[list.key as ListKey])}">`,
    '        <FieldRefs>',
    ...refs,
    '        </FieldRefs>',
    '      </ContentType>'
  ].join('\n');
}

/** A library's forms and views live in its `Forms` folder; a list's at its root. */
function formsFolder(list: ListDefinition): string {
  return isDocumentLibrary(list) ? 'Forms/' : '';
}

function viewXml(list: ListDefinition): string {
  const shown = list.fields
    .filter((field) => field.name !== 'Title' && field.kind !== 'note')
    .slice(0, VIEW_FIELD_COUNT)
    .map((field) => `          <FieldRef Name="${field.name}" />`);
  const library = isDocumentLibrary(list);
  const leading = library ? ['          <FieldRef Name="DocIcon" />', '          <FieldRef Name="LinkFilename" />'] : ['          <FieldRef Name="LinkTitle" />'];
  return [
    `      <View BaseViewID="1" Type="HTML" WebPartZoneID="Main" DisplayName="${library ? 'All Documents' : 'All Items'}" DefaultView="TRUE" MobileView="TRUE" MobileDefaultView="TRUE" SetupPath="pages\\viewpage.aspx" ImageUrl="/_layouts/images/${library ? 'dlicon.png' : 'generic.png'}" Url="${formsFolder(list)}AllItems.aspx">`,
    '        <XslLink Default="TRUE">main.xsl</XslLink>',
    '        <JSLink>clienttemplates.js</JSLink>',
    '        <RowLimit Paged="TRUE">30</RowLimit>',
    '        <Toolbar Type="Standard" />',
    '        <ViewFields>',
    ...leading,
    ...shown,
    '        </ViewFields>',
    '        <Query><OrderBy><FieldRef Name="ID" /></OrderBy></Query>',
    '      </View>'
  ].join('\n');
}

export function listSchemaXml(list: ListDefinition): string {
  const fields = list.fields.map((field) => `      ${fieldSchemaXml(list, field, lookupUrl)}`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from src/data/schema.ts by `npm run schema:xml`. Do not edit by hand. -->',
    `<List xmlns:ows="Microsoft SharePoint" Title="${escapeXml(list.title)}" EnableContentTypes="TRUE" FolderCreation="FALSE" Direction="$Resources:Direction;" Url="${list.url}" BaseType="${isDocumentLibrary(list) ? 1 : 0}" VersioningEnabled="TRUE" xmlns="http://schemas.microsoft.com/sharepoint/">`,
    '  <MetaData>',
    '    <ContentTypes>',
    contentTypeXml(list),
    '    </ContentTypes>',
    '    <Fields>',
    ...fields,
    '    </Fields>',
    '    <Views>',
    viewXml(list),
    '    </Views>',
    '    <Forms>',
    `      <Form Type="DisplayForm" Url="${formsFolder(list)}DispForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />`,
    `      <Form Type="EditForm" Url="${formsFolder(list)}EditForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />`,
    isDocumentLibrary(list)
      ? '      <Form Type="NewForm" Url="Forms/Upload.aspx" WebPartZoneID="Main" />'
      : '      <Form Type="NewForm" Url="NewForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '    </Forms>',
    '  </MetaData>',
    '</List>',
    ''
  ].join('\n');
}

/** Every generated file, by its name under sharepoint/assets/. */
export function featureFiles(): Record<string, string> {
  const files: Record<string, string> = { 'elements.xml': elementsXml() };
  orderedLists().forEach((list) => {
    files[schemaFileName(list)] = listSchemaXml(list);
  });
  return files;
}

export function elementFileNames(): string[] {
  return orderedLists().map(schemaFileName);
}
