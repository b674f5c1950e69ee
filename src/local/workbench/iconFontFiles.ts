import { readdirSync, readFileSync } from 'fs';
import { ServerResponse } from 'http';
import { dirname, join } from 'path';

/**
 * The MDL2 icon fonts the workbench client's `initializeIcons` names, served from the
 * @fluentui/font-icons-mdl2 package that @fluentui/react depends on (resolved from there, as the
 * client bundle resolves it, so the files are the ones its icon maps name). Only those files are
 * served, read once: a request is looked up by file name, never joined onto a folder.
 */

const FONT_FILE = /^fabric-icons(-\d+)?-[0-9a-f]+\.woff$/;

function fontsFolder(): string {
  const fluent = dirname(require.resolve('@fluentui/react'));
  return join(dirname(require.resolve('@fluentui/font-icons-mdl2', { paths: [fluent] })), '..', 'fonts');
}

let files: Map<string, Buffer> | undefined;

function iconFonts(): Map<string, Buffer> {
  if (!files) {
    const folder = fontsFolder();
    files = new Map(readdirSync(folder).filter((name) => FONT_FILE.test(name)).map((name): [string, Buffer] => [name, readFileSync(join(folder, name))]));
  }
  return files;
}

/** Answers a request for the icon font `name` (`fabric-icons-3-089e217a.woff`), or 404. */
export function serveIconFont(name: string, response: ServerResponse): void {
  const font = iconFonts().get(name);
  if (!font) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('There is no icon font at this address.');
    return;
  }
  // Each file's name carries a hash of its content: a browser may keep it.
  response.writeHead(200, { 'Content-Type': 'font/woff', 'Cache-Control': 'max-age=31536000, immutable' });
  response.end(font);
}
