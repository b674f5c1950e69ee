import { StoreContext } from '../storeContext';
import { SiteUser } from '../storeTypes';
import { fileErrors } from './fileErrors';
import { FileRecord, replaceContent } from './fileStore';

/**
 * Chunked uploads as SharePoint Online runs them (File.StartUpload, ContinueUpload, FinishUpload,
 * CancelUpload in Microsoft's CSOM reference): a session per upload id on one file, whose
 * fragments are rows of `upload_chunks`, so a store on a directory keeps a session across
 * restarts. Each fragment must start where the session has got to; the file's content is not
 * touched until `finishUpload` writes all of it as a new version in one step. A refused fragment
 * writes nothing.
 */

interface SessionRow {
  upload_id: string;
  list_id: string;
  item_id: number;
  received: number;
}

/** Whether a fragment may be added to a session that has `received` bytes. */
export function withinChunkedLimit(received: number, fragmentLength: number, limit: number): boolean {
  return received + fragmentLength <= limit;
}

function checkLimit(received: number, fragment: Buffer, limit: number): void {
  if (!withinChunkedLimit(received, fragment.length, limit)) {
    throw fileErrors.chunkedTooBig(limit);
  }
}

function sessionRow(ctx: StoreContext, uploadId: string): SessionRow | undefined {
  return ctx.db.get<SessionRow>('SELECT upload_id, list_id, item_id, received FROM upload_sessions WHERE upload_id = ?', uploadId);
}

function isOn(session: SessionRow, file: FileRecord): boolean {
  return session.list_id === file.list.id && session.item_id === file.itemId;
}

/** The file's session under `uploadId`, expecting its next fragment at `fileOffset`. */
function openSession(ctx: StoreContext, file: FileRecord, uploadId: string, fileOffset: number): SessionRow {
  const session = sessionRow(ctx, uploadId);
  if (!session || !isOn(session, file)) {
    throw fileErrors.uploadNotFound();
  }
  if (session.received !== fileOffset) {
    throw fileErrors.uploadOffset(fileOffset, session.received);
  }
  return session;
}

function append(ctx: StoreContext, session: SessionRow, fragment: Buffer): number {
  const received = session.received + fragment.length;
  ctx.db.run('INSERT INTO upload_chunks (upload_id, position, content) VALUES (?, ?, ?)', session.upload_id, session.received, fragment);
  ctx.db.run('UPDATE upload_sessions SET received = ? WHERE upload_id = ?', received, session.upload_id);
  return received;
}

/** The same first fragment again while it is all the session has: CSOM documents StartUpload as idempotent. */
function isRepeatedStart(ctx: StoreContext, session: SessionRow, file: FileRecord, fragment: Buffer): boolean {
  if (!isOn(session, file) || session.received !== fragment.length) {
    return false;
  }
  const first = ctx.db.get<{ content: Uint8Array }>('SELECT content FROM upload_chunks WHERE upload_id = ? AND position = 0', session.upload_id);
  return !!first && Buffer.compare(Buffer.from(first.content), fragment) === 0;
}

/** Starts a session under `uploadId` with its first fragment; answers the bytes received. */
export function startUpload(ctx: StoreContext, file: FileRecord, uploadId: string, fragment: Buffer, limit: number): number {
  const existing = sessionRow(ctx, uploadId);
  if (existing) {
    if (isRepeatedStart(ctx, existing, file, fragment)) {
      return existing.received;
    }
    throw fileErrors.uploadInUse();
  }
  checkLimit(0, fragment, limit);
  ctx.db.run('INSERT INTO upload_sessions (upload_id, list_id, item_id, received) VALUES (?, ?, ?, 0)', uploadId, file.list.id, file.itemId);
  return append(ctx, { upload_id: uploadId, list_id: file.list.id, item_id: file.itemId, received: 0 }, fragment);
}

/** Adds a fragment at `fileOffset`; answers the bytes received. */
export function continueUpload(ctx: StoreContext, file: FileRecord, uploadId: string, fileOffset: number, fragment: Buffer, limit: number): number {
  const session = openSession(ctx, file, uploadId, fileOffset);
  checkLimit(session.received, fragment, limit);
  return append(ctx, session, fragment);
}

/** Adds the last fragment (possibly empty), writes the whole content as the file's new version and ends the session. */
export function finishUpload(ctx: StoreContext, file: FileRecord, uploadId: string, fileOffset: number, fragment: Buffer, limit: number, user: SiteUser): FileRecord {
  const session = openSession(ctx, file, uploadId, fileOffset);
  checkLimit(session.received, fragment, limit);
  const chunks = ctx.db.all<{ content: Uint8Array }>('SELECT content FROM upload_chunks WHERE upload_id = ? ORDER BY position', uploadId);
  const content = Buffer.concat(chunks.map((chunk) => chunk.content).concat(fragment));
  ctx.db.run('DELETE FROM upload_sessions WHERE upload_id = ?', uploadId);
  return replaceContent(ctx, file, content, user);
}

/** Ends the session and drops its fragments; the file stays as it was. */
export function cancelUpload(ctx: StoreContext, file: FileRecord, uploadId: string): void {
  const session = sessionRow(ctx, uploadId);
  if (!session || !isOn(session, file)) {
    throw fileErrors.uploadNotFound();
  }
  ctx.db.run('DELETE FROM upload_sessions WHERE upload_id = ?', uploadId);
}
