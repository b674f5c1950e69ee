import { Command, CommanderError, Option } from 'commander';
import { IMPORT_KINDS, ImportKind } from '../domain/import';
import { TrackerError } from '../data/errors';
import { importCommand } from './commands/importCommand';
import { provisionCommand } from './commands/provisionCommand';
import { REMIND_FORMATS, remindCommand } from './commands/remindCommand';
import { REPORT_FORMATS, REPORT_LANGUAGES, reportCommand } from './commands/reportCommand';
import { serveCommand } from './commands/serveCommand';
import { CliIo, processIo } from './io';
import { EXIT_FAILED, EXIT_USAGE, UsageError } from './usage';

const SITE_HELP = 'a SharePoint site URL, or a directory for the local store (default: $TRACKER_SITE, else ./.tracker)';

function program(io: CliIo, run: (work: Promise<number>) => void): Command {
  const cli = new Command('tracker')
    .description('Performance Tracker for Microsoft 365: import trackers, build the quarterly report, send reminders, run local mode.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.write(text), writeErr: (text) => io.err(text.replace(/\n$/, '')) });

  cli.command('serve')
    .description('local mode: the embedded SharePoint store, demo data and the workbench')
    .option('--port <port>', 'workbench port', '4321')
    .option('--site <dir>', 'store directory', '.tracker')
    .action((options) => run(serveCommand(options, io)));

  cli.command('provision')
    .description("create or complete the tracker's lists, fields and indexes")
    .option('--site <site>', SITE_HELP)
    .action((options) => run(provisionCommand(options, io)));

  cli.command('import')
    .description('import a tracker (.csv or .xlsx): every row or none')
    .argument('<file>', 'FILE.csv or FILE.xlsx')
    .addOption(new Option('--kind <kind>', 'actions, measures or milestones (default: from the header row)').choices([...IMPORT_KINDS]))
    .option('--dry-run', 'check the file and the site, write nothing')
    .option('--site <site>', SITE_HELP)
    .action((file: string, options: { kind?: ImportKind; dryRun?: boolean; site?: string }) => run(importCommand(file, options, io)));

  cli.command('report')
    .description('the quarterly report (SPEC §4.4) as JSON, CSV, print-ready HTML, Word (docx) or Excel (xlsx)')
    .requiredOption('--year <year>', 'financial year, e.g. 2017-18')
    .requiredOption('--quarter <quarter>', 'Q1, Q2, Q3 or Q4')
    .option('--plan <title>', 'the plan (default: the one plan covering the year)')
    .addOption(new Option('--format <format>', 'output format; docx and xlsx need --out or a redirected stdout').choices([...REPORT_FORMATS]).default('json'))
    .addOption(new Option('--language <language>', "the report's language (Word, Excel, HTML and the JSON's sentences)").choices([...REPORT_LANGUAGES]).default('en-GB'))
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--as-of <date>', 'judge statuses as on this date (default: today in Europe/London)')
    .option('--site <site>', SITE_HELP)
    .action((options) => run(reportCommand(options, io)));

  cli.command('remind')
    .description('send the reminders due now (SPEC §4.5): one digest per person per stage, in Teams or by e-mail')
    .option('--now <time>', 'plan as at this time, e.g. 2018-04-10T09:00:00+01:00 (default: now; a local store: its demo clock)')
    .option('--dry-run', 'print who would be reminded of what; send and write nothing')
    .addOption(new Option('--format <format>', 'table for people, json for scripts').choices([...REMIND_FORMATS]).default('table'))
    .option('--site <site>', SITE_HELP)
    .action((options) => run(remindCommand(options, io)));
  return cli;
}

/** Runs the CLI and returns its exit code (SPEC §6: 0 ok, 1 failed, 2 usage). */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let work: Promise<number> | undefined;
  try {
    program(io, (started) => { work = started; }).parse(argv as string[]);
    return work ? await work : EXIT_USAGE;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    io.err(`tracker: ${error.message}`);
    return EXIT_USAGE;
  }
  if (error instanceof TrackerError) {
    io.err(`tracker: ${error.message}`);
    return EXIT_FAILED;
  }
  io.err(`tracker: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT_FAILED;
}
