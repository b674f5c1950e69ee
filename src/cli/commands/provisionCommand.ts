import { provisionSite, ProvisionReport } from '../../data/provisioning';
import { CliIo } from '../io';
import { openSite, siteArgument } from '../site';
import { EXIT_OK } from '../usage';

function describe(report: ProvisionReport, site: string): string[] {
  const made = report.listsCreated.length + report.fieldsCreated.length + report.indexesSet.length + report.statusesFilled;
  if (!made) return [`${site}: every tracker list, column and index is already in place.`];
  return [
    `${site}: provisioned the tracker's lists.`,
    `  lists created: ${report.listsCreated.join(', ') || 'none'}`,
    `  columns created: ${report.fieldsCreated.length}`,
    `  indexes set: ${report.indexesSet.join(', ') || 'none'}`,
    `  actions whose reported statuses were worked out from their updates: ${report.statusesFilled}`
  ];
}

/** `tracker provision [--site URL|DIR]`: creates or completes the tracker's lists, fields and indexes. */
export async function provisionCommand(options: { site?: string }, io: CliIo): Promise<number> {
  const site = await openSite(siteArgument(options.site, io.env), io.env);
  try {
    describe(await provisionSite(site.sp), site.description).forEach((line) => io.out(line));
    return EXIT_OK;
  } finally {
    await site.close();
  }
}
