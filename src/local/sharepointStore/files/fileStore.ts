import { randomUUID } from 'crypto';
import { DOCUMENT_LIBRARY } from '../fields/builtInFields';
import { addItem, readItem, updateItem } from '../items/itemWriter';
import { SITE_PATH, StoreContext } from '../storeContext';
import { ListRecord, SiteUser } from '../storeTypes';
import { fileErrors } from './fileErrors';
import { checkFileName } from './fileNames';

/**
 * A document library's files: each is an item of the library (FileLeafRef, FileRef and
 * FileDirRef set by the store, as SharePoint sets them) and a row of `files` holding its bytes,
 * keyed to the item, so a store on a directory keeps them across restarts. Every change runs in
 * the request's transaction with the item's.
 */

/**
 * The most one request may carry in the store: 10 MB, a whole upload or one fragment of a chunked
 * upload (the size of the fragments the tracker sends).
 */
export const MAX_FILE_BYTES = 10485760;

/**
 * The largest file the store takes in a chunked upload: 250 MB, the most SharePoint Online takes
 * in one request (262144000 bytes; s-KaiNet/spsave#79). SharePoint itself takes far larger files
 * in chunks; the store keeps a file in one SQLite row, so it stops here.
 */
export const MAX_CHUNKED_FILE_BYTES = 262144000;

export interface FileRecord {
  list: ListRecord;
  itemId: number;
  name: string;
  /** The file's own id (`SP.File.UniqueId`), not the item's GUID. */
  uniqueId: string;
  length: number;
}

interface FileRow {
  item_id: number;
  name: string;
  unique_id: string;
  length: number;
}

export function isLibrary(list: ListRecord): boolean {
  return list.baseTemplate === DOCUMENT_LIBRARY;
}

/** `/sites/tracker/Evidence`. */
export function folderPath(list: ListRecord): string {
  return `${SITE_PATH}/${list.url}`;
}

/** `/sites/tracker/Evidence/minutes.pdf`. */
export function filePath(list: ListRecord, name: string): string {
  return `${folderPath(list)}/${name}`;
}

function recordOf(list: ListRecord, row: FileRow): FileRecord {
  return { list, itemId: row.item_id, name: row.name, uniqueId: row.unique_id, length: row.length };
}

const FILE_COLUMNS = 'item_id, name, unique_id, length(content) AS length';

/** The library's file of this name (names compare case-insensitively, as SharePoint's URLs do). */
export function findFile(ctx: StoreContext, list: ListRecord, name: string): FileRecord | undefined {
  const row = ctx.db.get<FileRow>(`SELECT ${FILE_COLUMNS} FROM files WHERE list_id = ? AND name = ?`, list.id, name);
  return row ? recordOf(list, row) : undefined;
}

export function filesOf(ctx: StoreContext, list: ListRecord): FileRecord[] {
  return ctx.db.all<FileRow>(`SELECT ${FILE_COLUMNS} FROM files WHERE list_id = ? ORDER BY item_id`, list.id).map((row) => recordOf(list, row));
}

export function fileBytes(ctx: StoreContext, file: FileRecord): Buffer {
  const row = ctx.db.get<{ content: Uint8Array }>('SELECT content FROM files WHERE list_id = ? AND item_id = ?', file.list.id, file.itemId);
  if (!row) {
    throw fileErrors.notFound(filePath(file.list, file.name));
  }
  return Buffer.from(row.content);
}

/** The person who last changed the file's item and when, for SharePoint's "already exists" text. */
function lastChange(ctx: StoreContext, file: FileRecord): { loginName: string; modified: string } {
  const data = JSON.parse(readItem(ctx, file.list, file.itemId).data) as { Editor?: number; Modified?: string };
  const editor = typeof data.Editor === 'number' ? ctx.users.byId(data.Editor) : undefined;
  return { loginName: editor ? editor.loginName : 'SHAREPOINT\\system', modified: data.Modified || new Date(ctx.clock()).toISOString() };
}

/** New content for an existing file, as a new version of its item (by `user`, now). */
export function replaceContent(ctx: StoreContext, file: FileRecord, content: Buffer, user: SiteUser): FileRecord {
  updateItem(ctx, file.list, file.itemId, {}, false, user, undefined);
  ctx.db.run('UPDATE files SET content = ? WHERE list_id = ? AND item_id = ?', content, file.list.id, file.itemId);
  return { ...file, length: content.length };
}

/**
 * `files/AddUsingPath`: a new file, or with `overwrite` new content for an existing one (a new
 * version of its item). A name SharePoint refuses, or one already taken without `overwrite`,
 * is SharePoint's error; nothing is written.
 */
export function addFile(ctx: StoreContext, list: ListRecord, name: string, content: Buffer, overwrite: boolean, user: SiteUser): FileRecord {
  if (!isLibrary(list)) {
    throw fileErrors.notALibrary(list.title);
  }
  checkFileName(name, filePath(list, name));
  if (content.length > MAX_FILE_BYTES) {
    throw fileErrors.tooBig(MAX_FILE_BYTES);
  }
  const existing = findFile(ctx, list, name);
  if (existing && !overwrite) {
    const change = lastChange(ctx, existing);
    throw fileErrors.exists(`${list.url}/${existing.name}`, change.loginName, change.modified);
  }
  if (existing) {
    return replaceContent(ctx, existing, content, user);
  }
  const row = addItem(ctx, list, {}, false, user, { FileLeafRef: name, FileRef: filePath(list, name), FileDirRef: folderPath(list) });
  const uniqueId = randomUUID();
  ctx.db.run('INSERT INTO files (list_id, item_id, name, unique_id, content) VALUES (?, ?, ?, ?, ?)', list.id, row.id, name, uniqueId, content);
  return { list, itemId: row.id, name, uniqueId, length: content.length };
}

/** A path as a URL argument gives it, made web-relative: `/sites/tracker/Evidence/a.pdf` → `Evidence/a.pdf`. */
export function webRelative(path: string): string {
  const withoutHost = path.replace(/^https?:\/\/[^/]+/i, '');
  const trimmed = withoutHost.replace(/^\/+|\/+$/g, '');
  const site = SITE_PATH.replace(/^\//, '').toLowerCase();
  if (trimmed.toLowerCase() === site) {
    return '';
  }
  return trimmed.toLowerCase().indexOf(`${site}/`) === 0 ? trimmed.slice(site.length + 1) : trimmed;
}

/** The list whose root folder `path` names (`Evidence`, `/sites/tracker/Evidence`). */
export function folderAt(ctx: StoreContext, path: string): ListRecord {
  const list = ctx.lists.byUrl(webRelative(path));
  if (!list) {
    throw fileErrors.folderNotFound();
  }
  return list;
}

/** The file `path` names (`/sites/tracker/Evidence/a.pdf`); SharePoint's 404 when there is none. */
export function fileAt(ctx: StoreContext, path: string): FileRecord {
  const relative = webRelative(path);
  const slash = relative.lastIndexOf('/');
  const list = slash > 0 ? ctx.lists.byUrl(relative.slice(0, slash)) : undefined;
  const file = list ? findFile(ctx, list, relative.slice(slash + 1)) : undefined;
  if (!file) {
    throw fileErrors.notFound(`${SITE_PATH}/${relative}`);
  }
  return file;
}

