import { fieldSchemaXml } from '../../data/fieldSchemaXml';
import { LIST_ORDER, LISTS } from '../../data/schema';
import { createFieldFromXml, updateFieldFromXml } from './fields/fieldOperations';
import { StoreContext } from './storeContext';

/**
 * Creates the tracker's lists from the one schema definition (src/data/schema.ts), as the
 * .sppkg's Feature Framework files do: each list at its own URL with versioning on, the built-in
 * Title brought in line with the schema, and every other field made from the same `<Field>` XML
 * through the same code as the `fields/createFieldAsXml` route. Lists that already exist are left
 * alone, so a store on a directory is provisioned once.
 */
export function provisionTrackerLists(ctx: StoreContext): void {
  ctx.db.transaction(() => {
    LIST_ORDER.forEach((key) => {
      const definition = LISTS[key];
      if (ctx.lists.byTitle(definition.title)) {
        return;
      }
      const list = ctx.lists.create({
        title: definition.title,
        url: definition.url,
        description: definition.description,
        baseTemplate: definition.baseTemplate,
        enableVersioning: definition.versioning
      });
      const lookupListRef = (target: string): string => {
        const targetList = ctx.lists.byTitle(LISTS[target as keyof typeof LISTS].title);
        return targetList ? `{${targetList.id}}` : target;
      };
      definition.fields.forEach((field) => {
        const xml = fieldSchemaXml(definition, field, lookupListRef);
        if (field.name === 'Title') {
          const title = ctx.lists.fields(list.id).filter((existing) => existing.internalName === 'Title')[0];
          updateFieldFromXml(ctx, list, title, xml);
        } else {
          createFieldFromXml(ctx, list, xml);
        }
      });
    });
  });
}
