import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import { IFile } from '@pnp/sp/files';
import { ReportingPeriod } from '../domain/model';
import { periodKey } from '../domain/periods';
import { EvidenceFile, EvidenceUpload, UploadProgress } from './ITrackerRepository';
import { ValidationError } from './errors';
import { EVIDENCE_CHUNK_BYTES, evidenceFileProblem } from '../domain/evidenceFiles';
import { ItemLookups } from './itemLookups';
import { and, eq, idEq } from './odata';
import { readAll } from './queries/pagedReads';
import { LISTS } from './schema';

/**
 * The Evidence document library: uploads a file under a name no other upload can take, then
 * tags its item with the plan, action and period (SPEC §3 Update: an update's evidence).
 * Nothing is ever overwritten: a taken name gets ` (2)`, ` (3)`, … as SharePoint's own
 * "keep both" does. A file over 10 MB goes up in chunks into an empty file that first claims
 * its name, and is taken away again if any chunk fails.
 */

export type { EvidenceFile };

/** Tries before giving up on finding a free name (each try is one upload request). */
const MAX_NAME_TRIES = 20;

/** The longest file name we make: SharePoint allows 400 characters for the whole path. */
const MAX_NAME_LENGTH = 200;

/**
 * Characters SharePoint Online refuses in a file name (`" * : < > ? / \ |`, control characters)
 * and `#`, `%`, which it accepts but which break the name as a plain link.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /["*:<>?/\\|#%\x00-\x1f\x7f-\x9f]/g;

/** SharePoint's error code when `AddUsingPath` (Overwrite false) finds the name taken. */
const FILE_EXISTS_CODE = '-2130575257';

function splitExtension(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot >= name.length - 9 ? { base: name.slice(0, dot), extension: name.slice(dot) } : { base: name, extension: '' };
}

/**
 * `<actionRef> <FY> <Q> <name>` made safe for SharePoint: refused characters become `-`,
 * spaces are single, with none at either end or before the extension, `~$` (Office's lock-file
 * prefix) and `_vti_` cannot appear, and a long name is cut before its extension.
 */
export function evidenceFileName(actionRef: string, period: ReportingPeriod, name: string): string {
  const raw = `${actionRef} ${period.financialYear} ${period.quarter} ${name}`;
  const cleaned = raw
    .replace(UNSAFE_CHARACTERS, '-')
    .replace(/\s+/g, ' ')
    .replace(/_vti_/gi, '-vti-')
    .trim()
    .replace(/^~\$/, '~-');
  const { base, extension } = splitExtension(cleaned);
  return base.slice(0, MAX_NAME_LENGTH - extension.length).trim() + extension;
}

/** `minutes.pdf` → `minutes (2).pdf` for the second try, and so on; the first try is the name itself. */
export function numberedName(name: string, attempt: number): string {
  if (attempt <= 1) {
    return name;
  }
  const { base, extension } = splitExtension(name);
  return `${base} (${attempt})${extension}`;
}

/** An empty file, or one over the limit, is refused before anything is sent. */
export function checkEvidenceFile(file: EvidenceUpload): void {
  const problem = evidenceFileProblem(file.name, file.content.byteLength);
  if (problem) {
    throw new ValidationError([problem]);
  }
}

/** SharePoint's "A file with the name … already exists" (PnPjs puts the body in the message). */
function isNameTaken(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message.indexOf(FILE_EXISTS_CODE) >= 0;
}

interface UploadedFile {
  Name: string;
  ServerRelativeUrl: string;
}

export class EvidenceLibrary {
  public constructor(private readonly sp: SPFI, private readonly lookups: ItemLookups) {}

  /**
   * Uploads `file` for the plan's action and period, never over another file, and tags it.
   * ValidationError for an empty or too large file; NotFoundError for an unknown plan or action.
   */
  public async upload(plan: string, actionRef: string, period: ReportingPeriod, file: EvidenceUpload, progress?: UploadProgress): Promise<EvidenceFile> {
    checkEvidenceFile(file);
    const planId = (await this.lookups.plan(plan)).id;
    await this.lookups.action(planId, actionRef);
    const name = evidenceFileName(actionRef, period, file.name);
    const chunked = file.content.byteLength > EVIDENCE_CHUNK_BYTES;
    const uploaded = await this.uploadUnique(name, chunked ? new ArrayBuffer(0) : file.content);
    const stored = this.sp.web.getFileByServerRelativePath(uploaded.ServerRelativeUrl);
    try {
      if (chunked) {
        await this.sendInChunks(stored, file.content, progress);
      }
      const item = await stored.getItem<{ Id: number }>('Id');
      await item.update({ PlanId: planId, ActionRef: actionRef, PeriodKey: periodKey(period) });
    } catch (error) {
      // A part-sent or untagged file would be evidence of nothing: take it away again, then report why.
      await stored.delete().catch(() => undefined);
      throw error;
    }
    return { name: uploaded.Name, url: uploaded.ServerRelativeUrl };
  }

  /** The files tagged with the plan's action and period, oldest first. */
  public async list(plan: string, actionRef: string, period: ReportingPeriod): Promise<EvidenceFile[]> {
    const planId = (await this.lookups.plan(plan)).id;
    const items = await readAll(this.sp, {
      query: 'evidenceOfAction',
      filter: and(eq('ActionRef', actionRef), idEq('Plan', planId), eq('PeriodKey', periodKey(period)))
    });
    return items.map((item) => ({ name: item.FileLeafRef as string, url: item.FileRef as string }));
  }

  /** PnPjs reads a Uint8Array as one buffer (an ArrayBuffer it cannot read; a Blob it copies per 64 KB read). */
  private async sendInChunks(file: IFile, content: ArrayBuffer, progress: UploadProgress | undefined): Promise<void> {
    const total = content.byteLength;
    await file.setContentChunked(new Uint8Array(content), {
      chunkSize: EVIDENCE_CHUNK_BYTES,
      // SharePoint answers each fragment's offset as an Edm.Int64, a string in JSON.
      progress: (step) => progress && progress(Number(step.offset), total)
    });
    if (progress) {
      progress(total, total);
    }
  }

  private async uploadUnique(name: string, content: ArrayBuffer): Promise<UploadedFile> {
    const files = this.sp.web.lists.getByTitle(LISTS.evidence.title).rootFolder.files;
    for (let attempt = 1; attempt <= MAX_NAME_TRIES; attempt++) {
      try {
        return await files.addUsingPath(numberedName(name, attempt), content, { Overwrite: false });
      } catch (error) {
        if (!isNameTaken(error)) {
          throw error;
        }
      }
    }
    throw new ValidationError([{
      field: 'evidence', code: 'fileNameTaken', args: { name, tries: MAX_NAME_TRIES },
      message: `There are already ${MAX_NAME_TRIES} files called “${name}” or numbered after it: rename the file and upload it again.`
    }]);
  }
}
