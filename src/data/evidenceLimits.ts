/**
 * How large an evidence file may be, shared by the form (which refuses before reading the file)
 * and the Evidence library (which refuses before sending anything). Kept apart from evidence.ts
 * so the form does not load the upload code to know the limit.
 */

export const BYTES_PER_MB = 1048576;

/**
 * 100 MB: a scanned committee pack fits; a video does not, and belongs behind a link. Whatever
 * SharePoint itself accepts, a larger file is read whole into the browser's memory.
 */
export const MAX_EVIDENCE_BYTES = 100 * BYTES_PER_MB;

/**
 * Above 10 MB a file goes up in 10 MB chunks (PnPjs's `addChunked` default; its guidance for
 * files over 10 MB), so no one request is large and the form can show how far it has got.
 */
export const EVIDENCE_CHUNK_BYTES = 10 * BYTES_PER_MB;

/** `12.4` for a file of 12.4 MB, rounded up so a file just over a limit never reads as at it. */
export function sizeInMb(bytes: number): string {
  return (Math.ceil((bytes / BYTES_PER_MB) * 10) / 10).toFixed(1);
}
