import { startSharePointStore } from './startSharePointStore';

/**
 * Runs the store on its own: `tsx src/local/sharepointStore/serveStore.ts --dir .tracker [--port 4322]`
 * (or `--memory`). Prints the site URL on stdout once it listens; SIGINT/SIGTERM close it
 * cleanly. `tracker serve` starts the same store in-process.
 */

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const dir = argument('dir');
  const memory = process.argv.indexOf('--memory') >= 0;
  if (!dir && !memory) {
    console.error('Usage: serveStore --dir DIR | --memory [--port N]');
    process.exit(2);
  }
  const store = await startSharePointStore({ dir, memory, port: Number(argument('port') || 0), log: (message) => console.log(message) });
  const stop = (): void => {
    store.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
