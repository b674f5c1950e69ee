import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ImportKind, parseImportFile } from '../../domain/import';
import { Plan } from '../../domain/model';
import { ITrackerRepository } from '../../data/ITrackerRepository';
import { applyDemoOverlay } from './demoOverlay';

/** The demo trackers transcribed from the seed councils' documents (see README.md here). */
export const DEMO_DATA_DIR = __dirname;

/** Actions before milestones (a milestone names its action); measures in between. */
const KIND_ORDER: ImportKind[] = ['actions', 'measures', 'milestones'];

export interface DemoFile {
  name: string;
  kind: ImportKind;
  rows: number;
}

/** Each plan's type and years as its document gives them (the CSV layouts carry neither). */
export function demoPlans(): Plan[] {
  return JSON.parse(readFileSync(join(DEMO_DATA_DIR, 'plans.json'), 'utf8')) as Plan[];
}

/**
 * Sets up the demo plans, imports every demo CSV through the real importer and repository,
 * all-or-nothing per file, in lookup order, then applies the demo overlay (demoOverlay.ts) as
 * the demo people. Throws on any row error: the demo data must always import cleanly.
 * @param repositoryAs - the repository as a demo person (undefined: the site's owner).
 */
export async function loadDemoData(repositoryAs: (email?: string) => ITrackerRepository, importedOn: Date, report: (line: string) => void = () => undefined): Promise<DemoFile[]> {
  const loaded = await importDemoFiles(repositoryAs(), importedOn, report);
  await applyDemoOverlay(repositoryAs, repositoryAs());
  report('  demo overlay: people, leads, restated measures, updates waiting for review, a deadline change request');
  return loaded;
}

async function importDemoFiles(repository: ITrackerRepository, importedOn: Date, report: (line: string) => void): Promise<DemoFile[]> {
  const existing = (await repository.listPlans()).map((stored) => stored.value.title);
  for (const plan of demoPlans().filter((candidate) => existing.indexOf(candidate.title) < 0)) {
    await repository.savePlan(plan);
    report(`  plan: ${plan.title} (${plan.type}, ${plan.firstYear} to ${plan.lastYear})`);
  }
  const parsed = readdirSync(DEMO_DATA_DIR)
    .filter((name) => /\.csv$/i.test(name))
    .sort()
    .map((name) => ({ name, result: parseImportFile(name, readFileSync(join(DEMO_DATA_DIR, name)), { importedOn: importedOn.toISOString() }) }));
  const broken = parsed.filter(({ result }) => result.errors.length);
  if (broken.length) {
    throw new Error(`Demo data does not import cleanly: ${broken.map(({ name, result }) => `${name}: ${result.errors[0].message}`).join('; ')}`);
  }
  const ordered = parsed.sort((a, b) => KIND_ORDER.indexOf(a.result.kind as ImportKind) - KIND_ORDER.indexOf(b.result.kind as ImportKind));
  const loaded: DemoFile[] = [];
  for (const { name, result } of ordered) {
    const outcome = await repository.importRows(result);
    report(`  ${name}: ${outcome.created + outcome.updated} ${result.kind}`);
    loaded.push({ name, kind: result.kind as ImportKind, rows: outcome.created + outcome.updated });
  }
  return loaded;
}
