import { readFileSync } from 'fs';
import { basename } from 'path';
import { formatRows, groupProblems, ImportKind, ImportProblem, parseImportFile, ProblemGroup } from '../../domain/import';
import { TrackerRepository } from '../../data/TrackerRepository';
import { ImportOutcome } from '../../data/ITrackerRepository';
import { openSite, siteArgument } from '../site';
import { progressOnStderr } from '../progress';
import { CliIo } from '../io';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../usage';

export interface ImportCommandOptions {
  kind?: ImportKind;
  dryRun?: boolean;
  site?: string;
}

function columnPart(column: string | undefined): string {
  return column === undefined ? '' : ` column "${column}":`;
}

/** SPEC §6: `FILE:ROW: column "X": message`, one line per error since each needs fixing. */
export function problemLine(file: string, problem: ImportProblem): string {
  return `${file}:${problem.row}:${columnPart(problem.column)} ${problem.message}`;
}

/** Each kind of warning once with its rows: `FILE: rows 4, 12–15: warning: column "X": message`. */
export function warningLine(file: string, group: ProblemGroup): string {
  const rows = `row${group.rows.length === 1 ? '' : 's'} ${formatRows(group.rows)}`;
  return `${file}: ${rows}: warning:${columnPart(group.column)} ${group.message}`;
}

function readFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function summary(file: string, outcome: ImportOutcome, dryRun: boolean): string[] {
  const verb = dryRun ? 'Checked' : 'Imported';
  const rows = outcome.created + outcome.updated;
  const lines = [`${verb} ${rows} ${outcome.kind} row${rows === 1 ? '' : 's'} from ${file}: ${outcome.created} new, ${outcome.updated} updated${dryRun ? ' (dry run: nothing written)' : ''}.`];
  if (outcome.plansCreated.length) {
    lines.push(`New plan${outcome.plansCreated.length === 1 ? '' : 's'}: ${outcome.plansCreated.join(', ')}.`);
  }
  if (outcome.unlinkedOwners.length) {
    lines.push(`Not linked to a person yet (kept as names): ${outcome.unlinkedOwners.join(', ')}.`);
  }
  return lines;
}

/** `tracker import FILE [--kind] [--dry-run] [--site]`: all rows or none (SPEC §4.6). */
export async function importCommand(file: string, options: ImportCommandOptions, io: CliIo): Promise<number> {
  const parsed = parseImportFile(basename(file), readFile(file), { kind: options.kind, importedOn: io.now().toISOString() });
  groupProblems(parsed.warnings).forEach((group) => io.err(warningLine(file, group)));
  if (parsed.errors.length) {
    parsed.errors.forEach((problem) => io.err(problemLine(file, problem)));
    io.err(`${file}: ${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}; nothing was imported.`);
    return EXIT_FAILED;
  }
  const site = await openSite(siteArgument(options.site, io.env), io.env);
  const progress = progressOnStderr(`Importing ${basename(file)}`);
  try {
    const outcome = await new TrackerRepository(site.sp).importRows(parsed, { dryRun: options.dryRun, onProgress: progress.update });
    progress.stop();
    summary(file, outcome, !!options.dryRun).forEach((line) => io.out(line));
    return EXIT_OK;
  } finally {
    progress.stop();
    await site.close();
  }
}
