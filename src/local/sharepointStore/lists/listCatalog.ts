import { randomUUID } from 'crypto';
import { StoreDatabase } from '../database';
import { errors } from '../errors';
import { builtInFields, DOCUMENT_LIBRARY, libraryFields } from '../fields/builtInFields';
import { entityTypeNameOf } from '../fields/fieldTypes';
import { canIndex, createIndexSql, indexName, itemsTable, versionsTable } from '../items/columnSql';
import { nowInstant } from '../siteDates';
import { FieldRecord, ListRecord } from '../storeTypes';

export interface NewList {
  title: string;
  /**
   * Web-relative URL; when absent `Lists/<Title>` for a list and `<Title>` for a document library,
   * as SharePoint does for lists made over REST.
   */
  url?: string;
  description?: string;
  baseTemplate?: number;
  enableVersioning?: boolean;
}

const GENERIC_ITEM_CONTENT_TYPE = '0x0100';
/** Document (`0x0101`) + `00`: the parent of a library's own content type. */
const DOCUMENT_CONTENT_TYPE = '0x010100';

/**
 * Lists and their fields: the rows in `lists`/`fields` and each list's own item tables and
 * indexes. Both are cached in memory (every item request needs them); the caches are dropped
 * whenever a transaction rolls back, so they never hold a change the database does not.
 */
export class ListCatalog {
  private listCache: Map<string, ListRecord> | undefined;
  private readonly fieldCache = new Map<string, FieldRecord[]>();

  public constructor(private readonly db: StoreDatabase, private readonly clock: () => number = Date.now) {
    db.onRollback(() => {
      this.listCache = undefined;
      this.fieldCache.clear();
    });
  }

  /** Copies of the lists, in creation order (callers change and `save` them). */
  public all(): ListRecord[] {
    return Array.from(this.cachedLists().values()).map((list) => ({ ...list }));
  }

  public byTitle(title: string): ListRecord | undefined {
    const lower = title.toLowerCase();
    return this.find((list) => list.title.toLowerCase() === lower);
  }

  public byId(id: string): ListRecord | undefined {
    const found = this.cachedLists().get(id.replace(/[{}]/g, '').toLowerCase());
    return found ? { ...found } : undefined;
  }

  public byUrl(url: string): ListRecord | undefined {
    const lower = url.replace(/^\/+|\/+$/g, '').toLowerCase();
    return this.find((list) => list.url.toLowerCase() === lower);
  }

  public create(input: NewList): ListRecord {
    if (this.byTitle(input.title)) {
      throw errors.listExists();
    }
    const library = input.baseTemplate === DOCUMENT_LIBRARY;
    const url = (input.url || (library ? input.title : `Lists/${input.title}`)).replace(/^\/+|\/+$/g, '');
    const tableNo = (this.db.get<{ n: number | null }>('SELECT max(table_no) AS n FROM lists')?.n || 0) + 1;
    const now = nowInstant(this.clock);
    const list: ListRecord = {
      id: randomUUID(),
      title: input.title,
      url,
      description: input.description || '',
      baseTemplate: input.baseTemplate || 100,
      enableVersioning: !!input.enableVersioning,
      created: now,
      lastItemModified: now,
      itemCount: 0,
      tableNo,
      lastItemId: 0,
      entityTypeName: entityTypeNameOf(url, library),
      contentTypeId: `${library ? DOCUMENT_CONTENT_TYPE : GENERIC_ITEM_CONTENT_TYPE}${randomUUID().replace(/-/g, '').toUpperCase()}`
    };
    this.db.run('INSERT INTO lists (id, table_no, title, url, record) VALUES (?, ?, ?, ?, ?)', list.id, tableNo, list.title, url, JSON.stringify(list));
    this.cachedLists().set(list.id, { ...list });
    this.db.exec(`CREATE TABLE ${itemsTable(tableNo)} (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL)`);
    this.db.exec(`CREATE TABLE ${versionsTable(tableNo)} (item_id INTEGER NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (item_id, version))`);
    const fields = library ? builtInFields().map((field) => (field.internalName === 'Title' ? { ...field, required: false } : field)).concat(libraryFields()) : builtInFields();
    fields.forEach((field) => this.insertField(list, field));
    return list;
  }

  /** Saves changed list properties (title, versioning, counters). */
  public save(list: ListRecord): void {
    this.db.run('UPDATE lists SET title = ?, record = ? WHERE id = ?', list.title, JSON.stringify(list), list.id);
    this.cachedLists().set(list.id, { ...list });
  }

  public delete(list: ListRecord): void {
    this.db.run('DELETE FROM files WHERE list_id = ?', list.id);
    this.db.run('DELETE FROM fields WHERE list_id = ?', list.id);
    this.db.run('DELETE FROM lists WHERE id = ?', list.id);
    this.cachedLists().delete(list.id);
    this.fieldCache.delete(list.id);
    this.db.exec(`DROP TABLE ${itemsTable(list.tableNo)}; DROP TABLE ${versionsTable(list.tableNo)};`);
  }

  /** The list's fields in order; treat them as read-only (`saveField` a changed copy). */
  public fields(listId: string): FieldRecord[] {
    let fields = this.fieldCache.get(listId);
    if (!fields) {
      fields = this.db
        .all<{ record: string }>('SELECT record FROM fields WHERE list_id = ? ORDER BY position', listId)
        .map((row) => JSON.parse(row.record) as FieldRecord);
      this.fieldCache.set(listId, fields);
    }
    return fields.slice();
  }

  /** Adds a field; a second field with the same internal name or id is refused, as SharePoint does. */
  public addField(list: ListRecord, field: FieldRecord): FieldRecord {
    const existing = this.fields(list.id).filter(
      (other) => other.internalName.toLowerCase() === field.internalName.toLowerCase() || other.id === field.id
    );
    if (existing.length > 0) {
      throw errors.duplicateField(field.internalName);
    }
    this.insertField(list, field);
    return field;
  }

  /** Saves a changed field and brings its SQLite index in line with `Indexed`. */
  public saveField(list: ListRecord, field: FieldRecord): void {
    this.db.run('UPDATE fields SET record = ? WHERE list_id = ? AND internal_name = ?', JSON.stringify(field), list.id, field.internalName);
    this.fieldCache.delete(list.id);
    this.syncIndex(list, field);
  }

  public deleteField(list: ListRecord, field: FieldRecord): void {
    this.db.run('DELETE FROM fields WHERE list_id = ? AND internal_name = ?', list.id, field.internalName);
    this.fieldCache.delete(list.id);
    this.db.exec(`DROP INDEX IF EXISTS ${indexName(list.tableNo, field)}`);
  }

  private insertField(list: ListRecord, field: FieldRecord): void {
    const position = (this.db.get<{ n: number | null }>('SELECT max(position) AS n FROM fields WHERE list_id = ?', list.id)?.n || 0) + 1;
    this.db.run('INSERT INTO fields (list_id, internal_name, position, record) VALUES (?, ?, ?, ?)', list.id, field.internalName, position, JSON.stringify(field));
    this.fieldCache.delete(list.id);
    this.syncIndex(list, field);
  }

  private syncIndex(list: ListRecord, field: FieldRecord): void {
    if (field.indexed && canIndex(field)) {
      this.db.exec(createIndexSql(list.tableNo, field));
    } else {
      this.db.exec(`DROP INDEX IF EXISTS ${indexName(list.tableNo, field)}`);
    }
  }

  private cachedLists(): Map<string, ListRecord> {
    if (!this.listCache) {
      const lists = new Map<string, ListRecord>();
      this.db.all<{ record: string }>('SELECT record FROM lists ORDER BY table_no').forEach((row) => {
        const list = JSON.parse(row.record) as ListRecord;
        lists.set(list.id, list);
      });
      this.listCache = lists;
    }
    return this.listCache;
  }

  private find(test: (list: ListRecord) => boolean): ListRecord | undefined {
    const found = Array.from(this.cachedLists().values()).filter(test)[0];
    return found ? { ...found } : undefined;
  }
}
