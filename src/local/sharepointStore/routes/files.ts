import { errors } from '../errors';
import { aliasesOf, CallArguments, callArguments } from '../files/callArguments';
import { fileErrors } from '../files/fileErrors';
import { shapeFile, shapeFolder } from '../files/fileShape';
import { addFile, fileAt, fileBytes, FileRecord, filesOf, findFile, folderAt, folderPath, MAX_CHUNKED_FILE_BYTES } from '../files/fileStore';
import { cancelUpload, continueUpload, finishUpload, startUpload } from '../files/uploadSessions';
import { deleteItem, readItem } from '../items/itemWriter';
import { PathSegment } from '../pathSegments';
import { requireEdit } from '../permissions';
import { ApiRequest, ApiResponse, StoreContext } from '../storeContext';
import { ListRecord } from '../storeTypes';
import { singleItem } from './items';
import { collectionResponse, emptyOk, entityResponse, nullResponse, primitiveResponse, selectProperties } from './respond';

/**
 * Files and folders of document libraries, by the URLs PnPjs v4 builds:
 * - `web/getFolderByServerRelativePath(decodedUrl='…')` (and `…Url('…')`), `lists/…/rootFolder`:
 *   the folder, `/files` (its files), `/files/AddUsingPath(decodedurl='…'[,Overwrite=true])`
 *   (`files.addUsingPath`, a binary body), `/files('name')`;
 * - `web/getFileByServerRelativePath(decodedUrl='…')` (and `…Url('…')`): the file, DELETE,
 *   `/listItemAllFields` (its list item, whose `odata.editLink` `getItem()` follows), `/$value`;
 * - a chunked upload on the file (`files.addChunked`, `file.setContentChunked`), POST only, each
 *   fragment a binary body: `/startUpload(uploadId=guid'…')` and
 *   `/continueUpload(uploadId=guid'…',fileOffset=N)` answer the bytes received (Edm.Int64),
 *   `/finishUpload(uploadId=guid'…',fileOffset=N)` the SP.File, `/cancelUpload(uploadId=guid'…')` null.
 */

const FILE_SET = 'SP.ApiData.Files12';

function pathArgument(req: ApiRequest, segment: PathSegment): string {
  const args = callArguments(segment, aliasesOf(req.query.raw));
  const value = args.decodedurl !== undefined ? args.decodedurl : args.serverrelativeurl !== undefined ? args.serverrelativeurl : args[''];
  if (typeof value !== 'string') {
    throw errors.badQuery(`The expression "${segment.raw}" is not valid.`);
  }
  return value;
}

function fileResponse(ctx: StoreContext, req: ApiRequest, file: FileRecord, status: number = 200): ApiResponse {
  return entityResponse(ctx, req, shapeFile(ctx, req.level, file, (entity) => selectProperties(entity, req.query.select)), `${FILE_SET}/@Element`, status);
}

/** The name `AddUsingPath` names: a bare name, or the file's full path in this folder. */
function uploadName(list: ListRecord, target: string): string {
  const prefix = `${folderPath(list)}/`.toLowerCase();
  return target.toLowerCase().indexOf(prefix) === 0 ? target.slice(prefix.length) : target;
}

function upload(ctx: StoreContext, req: ApiRequest, list: ListRecord, segment: PathSegment): ApiResponse {
  if (req.method !== 'POST') {
    throw errors.methodNotAllowed(req.method);
  }
  requireEdit(req.role);
  const args = callArguments(segment, aliasesOf(req.query.raw));
  const target = args.decodedurl !== undefined ? args.decodedurl : args.url;
  if (typeof target !== 'string') {
    throw errors.badQuery(`The expression "${segment.raw}" is not valid: it needs decodedurl.`);
  }
  const content = req.binary || Buffer.from(req.body, 'utf8');
  const file = addFile(ctx, list, uploadName(list, target), content, args.overwrite === true, req.user);
  return fileResponse(ctx, req, file);
}

/** The chunked-upload operations on a file, by lower-case name, with the name SharePoint answers under. */
const UPLOAD_OPERATIONS = new Map([
  ['startupload', 'StartUpload'],
  ['continueupload', 'ContinueUpload'],
  ['finishupload', 'FinishUpload'],
  ['cancelupload', 'CancelUpload']
]);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uploadIdOf(segment: PathSegment, args: CallArguments): string {
  const id = args.uploadid;
  if (typeof id !== 'string' || !GUID.test(id)) {
    throw errors.badQuery(`The expression "${segment.raw}" is not valid: it needs uploadId=guid'…'.`);
  }
  return id.toLowerCase();
}

function fileOffsetOf(segment: PathSegment, args: CallArguments): number {
  const offset = typeof args.fileoffset === 'string' && /^\d+$/.test(args.fileoffset) ? Number(args.fileoffset) : args.fileoffset;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw errors.badQuery(`The expression "${segment.raw}" is not valid: it needs fileOffset=<bytes>.`);
  }
  return offset;
}

/** The bytes a session has received, an Edm.Int64 (a string in JSON, as SharePoint writes it). */
function offsetResponse(ctx: StoreContext, req: ApiRequest, operation: string, received: number): ApiResponse {
  return primitiveResponse(ctx, req, operation, 'Edm.Int64', String(received));
}

function chunkedUpload(ctx: StoreContext, req: ApiRequest, file: FileRecord, segment: PathSegment, operation: string): ApiResponse {
  if (req.method !== 'POST') {
    throw errors.methodNotAllowed(req.method);
  }
  requireEdit(req.role);
  const args = callArguments(segment, aliasesOf(req.query.raw));
  const uploadId = uploadIdOf(segment, args);
  const fragment = req.binary || Buffer.from(req.body, 'utf8');
  const limit = ctx.maxChunkedFileBytes ?? MAX_CHUNKED_FILE_BYTES;
  switch (segment.lower) {
    case 'startupload':
      return offsetResponse(ctx, req, operation, startUpload(ctx, file, uploadId, fragment, limit));
    case 'continueupload':
      return offsetResponse(ctx, req, operation, continueUpload(ctx, file, uploadId, fileOffsetOf(segment, args), fragment, limit));
    case 'finishupload':
      return fileResponse(ctx, req, finishUpload(ctx, file, uploadId, fileOffsetOf(segment, args), fragment, limit, req.user));
    default:
      cancelUpload(ctx, file, uploadId);
      return nullResponse(req, operation);
  }
}

function routeFile(ctx: StoreContext, req: ApiRequest, file: FileRecord, rest: PathSegment[]): ApiResponse {
  const next = rest[0];
  if (!next) {
    if (req.method === 'DELETE') {
      requireEdit(req.role);
      deleteItem(ctx, file.list, file.itemId, undefined);
      return emptyOk();
    }
    if (req.method !== 'GET') {
      throw errors.methodNotAllowed(req.method);
    }
    return fileResponse(ctx, req, file);
  }
  if (rest.length > 1) {
    throw errors.noResource(rest[1].name);
  }
  const operation = next.called ? UPLOAD_OPERATIONS.get(next.lower) : undefined;
  if (operation) {
    return chunkedUpload(ctx, req, file, next, operation);
  }
  if (req.method !== 'GET') {
    throw errors.methodNotAllowed(req.method);
  }
  switch (next.lower) {
    case 'listitemallfields':
      return singleItem(ctx, req, file.list, readItem(ctx, file.list, file.itemId));
    case '$value':
      return { status: 200, headers: { 'Content-Type': 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' }, bytes: fileBytes(ctx, file) };
    default:
      throw errors.noResource(next.name);
  }
}

/** Everything under a library's root folder; `rest` starts after the folder segment. */
export function routeFolder(ctx: StoreContext, req: ApiRequest, list: ListRecord, rest: PathSegment[]): ApiResponse {
  const [first, second, ...tail] = rest;
  if (!first) {
    if (req.method !== 'GET') {
      throw errors.methodNotAllowed(req.method);
    }
    return entityResponse(ctx, req, shapeFolder(ctx, req.level, list, (entity) => selectProperties(entity, req.query.select)), 'SP.ApiData.Folders/@Element');
  }
  if (first.lower !== 'files') {
    throw errors.noResource(first.name);
  }
  if (first.called) {
    const name = pathArgument(req, first);
    const file = findFile(ctx, list, name);
    if (!file) {
      throw fileErrors.notFound(`${folderPath(list)}/${name}`);
    }
    return routeFile(ctx, req, file, second ? [second].concat(tail) : []);
  }
  if (!second) {
    if (req.method !== 'GET') {
      throw errors.methodNotAllowed(req.method);
    }
    const shaped = filesOf(ctx, list).map((file) => shapeFile(ctx, req.level, file, (entity) => selectProperties(entity, req.query.select)));
    return collectionResponse(ctx, req, shaped, FILE_SET);
  }
  if (tail.length > 0) {
    throw errors.noResource(tail[0].name);
  }
  if (second.lower === 'addusingpath' || second.lower === 'add') {
    return upload(ctx, req, list, second);
  }
  throw errors.noResource(second.name);
}

/** `web/getFolderByServerRelativePath(…)/…` and `web/getFolderByServerRelativeUrl(…)/…`. */
export function routeFolderByPath(ctx: StoreContext, req: ApiRequest, segment: PathSegment, rest: PathSegment[]): ApiResponse {
  return routeFolder(ctx, req, folderAt(ctx, pathArgument(req, segment)), rest);
}

/** `web/getFileByServerRelativePath(…)/…` and `web/getFileByServerRelativeUrl(…)/…`. */
export function routeFileByPath(ctx: StoreContext, req: ApiRequest, segment: PathSegment, rest: PathSegment[]): ApiResponse {
  return routeFile(ctx, req, fileAt(ctx, pathArgument(req, segment)), rest);
}
