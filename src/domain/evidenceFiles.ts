import { RuleProblem } from './problems';

/**
 * Which files may be uploaded as evidence (SPEC §4.2: Blue carries evidence of completion): the
 * rule the form applies before reading a file and the Evidence library before sending anything.
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

export type EvidenceFileProblemCode = 'fileEmpty' | 'fileTooLarge';

/** Why a chosen file cannot be evidence (empty, or over the limit), or `undefined` when it can. */
export function evidenceFileProblem(name: string, bytes: number): RuleProblem<EvidenceFileProblemCode> | undefined {
  if (bytes === 0) {
    return { field: 'evidence', code: 'fileEmpty', message: `“${name}” is empty: choose the file again, or another file.`, args: { name } };
  }
  if (bytes > MAX_EVIDENCE_BYTES) {
    const size = sizeInMb(bytes);
    const limit = MAX_EVIDENCE_BYTES / BYTES_PER_MB;
    return {
      field: 'evidence',
      code: 'fileTooLarge',
      message: `“${name}” is ${size} MB; evidence files can be up to ${limit} MB — link to larger files instead.`,
      args: { name, size, limit }
    };
  }
  return undefined;
}
