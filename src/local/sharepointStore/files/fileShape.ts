import { readItem } from '../items/itemWriter';
import { decorate, Entity, EntityMetadata, MetadataLevel } from '../metadata';
import { StoreContext } from '../storeContext';
import { ListRecord } from '../storeTypes';
import { FileRecord, filePath, folderPath, filesOf } from './fileStore';

/** Files and folders as `SP.File` and `SP.Folder` entities. */

/** A path as PnPjs's `encodePath` puts it in a URL: quotes doubled, then percent-encoded. */
export function encodedPath(path: string): string {
  return encodeURIComponent(path.replace(/'/g, "''"));
}

export function fileMetadata(ctx: StoreContext, file: FileRecord, version: number): EntityMetadata {
  const editLink = `Web/GetFileByServerRelativePath(decodedurl='${encodedPath(filePath(file.list, file.name))}')`;
  return { type: 'SP.File', uri: `${ctx.siteUrl}/_api/${editLink}`, editLink, etag: fileEtag(file, version) };
}

/** A file's ETag: `"{<UniqueId>},<version>"`. */
export function fileEtag(file: FileRecord, version: number): string {
  return `"{${file.uniqueId.toUpperCase()}},${version}"`;
}

export function fileEntity(ctx: StoreContext, file: FileRecord): { entity: Entity; version: number } {
  const row = readItem(ctx, file.list, file.itemId);
  const data = JSON.parse(row.data) as { Created?: string; Modified?: string; Title?: string };
  const entity: Entity = {
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${file.uniqueId.toUpperCase()}},${row.version},${row.version}`,
    CustomizedPageStatus: 0,
    ETag: fileEtag(file, row.version),
    Exists: true,
    IrmEnabled: false,
    // Edm.Int64, which JSON light writes as a string.
    Length: String(file.length),
    Level: 1,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: row.version,
    MinorVersion: 0,
    Name: file.name,
    ServerRelativeUrl: filePath(file.list, file.name),
    TimeCreated: data.Created,
    TimeLastModified: data.Modified,
    Title: data.Title ?? null,
    UIVersion: row.version * 512,
    UIVersionLabel: `${row.version}.0`,
    UniqueId: file.uniqueId
  };
  return { entity, version: row.version };
}

export function shapeFile(ctx: StoreContext, level: MetadataLevel, file: FileRecord, select: (entity: Entity) => Entity): Entity {
  const { entity, version } = fileEntity(ctx, file);
  return decorate(level, select(entity), fileMetadata(ctx, file, version));
}

export function shapeFolder(ctx: StoreContext, level: MetadataLevel, list: ListRecord, select: (entity: Entity) => Entity): Entity {
  const path = folderPath(list);
  const editLink = `Web/GetFolderByServerRelativePath(decodedurl='${encodedPath(path)}')`;
  const entity: Entity = {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: filesOf(ctx, list).length,
    Name: list.url.split('/').pop() || list.url,
    ProgID: null,
    ServerRelativeUrl: path,
    TimeCreated: list.created,
    TimeLastModified: list.lastItemModified,
    UniqueId: list.id,
    WelcomePage: ''
  };
  return decorate(level, select(entity), { type: 'SP.Folder', uri: `${ctx.siteUrl}/_api/${editLink}`, editLink });
}
