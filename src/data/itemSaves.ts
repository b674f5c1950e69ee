import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LISTS, ListKey } from './schema';
import { ConflictError, toTrackerError } from './errors';
import { Stored } from './ITrackerRepository';
import { ItemJson, ItemProps } from './mapping/fieldValues';
import { etagOf, selectionOf } from './mapping/selection';

/**
 * Adds and saves single list items with ETag concurrency: a save passes the ETag the person
 * read; a 412 means someone else saved first, so the item is read again and a ConflictError
 * carries the server's version. Nothing is overwritten, and never with `If-Match: *`.
 */
export class ItemSaves {
  public constructor(private readonly sp: SPFI) {}

  public async add<T>(list: ListKey, props: ItemProps, value: T, what: string): Promise<Stored<T>> {
    try {
      const added: ItemJson = await this.sp.web.lists.getByTitle(LISTS[list].title).items.add(props);
      return { id: added.Id as number, etag: etagOf(added), value };
    } catch (error) {
      throw toTrackerError(error, what);
    }
  }

  /**
   * Saves `props` over item `id` if it is still at `etag`; otherwise throws ConflictError with
   * the current item mapped by `fromItem`.
   */
  public async save<T>(list: ListKey, id: number, etag: string, props: ItemProps, value: T, fromItem: (item: ItemJson) => T, what: string): Promise<Stored<T>> {
    if (!etag || etag === '*') {
      throw new Error(`Saving ${what} needs the ETag it was read with`);
    }
    const item = this.sp.web.lists.getByTitle(LISTS[list].title).items.getById(id);
    try {
      const result = await item.update(props, etag);
      return { id, etag: result.etag, value };
    } catch (error) {
      if ((error as { status?: number }).status === 412) {
        throw await this.conflict(list, id, fromItem, what);
      }
      throw toTrackerError(error, what);
    }
  }

  private async conflict<T>(list: ListKey, id: number, fromItem: (item: ItemJson) => T, what: string): Promise<Error> {
    try {
      const selection = selectionOf(list);
      const current: ItemJson = await this.sp.web.lists.getByTitle(LISTS[list].title).items.getById(id).select(...selection.select).expand(...selection.expand)();
      return new ConflictError<T>(fromItem(current), etagOf(current), what);
    } catch (error) {
      const failure = toTrackerError(error, what);
      // Deleted since it was read: still a conflict, with nothing current to compare.
      return failure.name === 'NotFoundError' ? new ConflictError<T>(undefined, undefined, what) : failure;
    }
  }
}
