import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { NOTIFIER_TEAMS_APP_ID } from '../../teams/teamsApps';
import { OutboxDirectory } from './directory';
import { OutboxFaultInjector } from './faults';
import { outboxRequestListener } from './httpServer';
import { MessageLog } from './messageLog';
import { OutboxFaults, OutboxMessage, OutboxStats, OutboxUser } from './outboxTypes';
import { OutboxStatsCounter } from './stats';

export interface GraphOutboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  directory?: OutboxUser[];
  faults?: OutboxFaults;
  /** The Teams app whose installation sendActivityNotification needs (default: the notifier app). */
  notifierAppId?: string;
  /** The time messages are stamped with (default `Date.now`): local mode's demo clock. */
  clock?: () => number;
  /** Keep the messages in this file (one JSON line each), shared with other processes on the same site folder. */
  file?: string;
  /** Do not print the URL on start. */
  quiet?: boolean;
  /** Where the start line and unexpected errors go (default: console). */
  log?: (message: string) => void;
}

export interface GraphOutbox {
  /** `http://127.0.0.1:<port>`: Graph's root for ReminderGraph's `baseUrl`. */
  url: string;
  port: number;
  messages(): OutboxMessage[];
  clear(): void;
  setFaults(faults: OutboxFaults): void;
  setDirectory(users: OutboxUser[]): void;
  stats(): OutboxStats;
  resetStats(): void;
  close(): Promise<void>;
}

/**
 * Starts the local Graph outbox (dev and tests only, never shipped): an HTTP server on 127.0.0.1
 * answering the Graph v1.0 calls the reminder job makes, with Graph's shapes, recording every
 * message it accepts. Resolves once it is listening.
 */
export async function startGraphOutbox(options: GraphOutboxOptions = {}): Promise<GraphOutbox> {
  const logLine = options.log || ((message: string) => console.error(message));
  const clock = options.clock || Date.now;
  const directory = new OutboxDirectory(options.directory || []);
  const log = new MessageLog(clock, options.file);
  const faults = new OutboxFaultInjector(options.faults);
  const stats = new OutboxStatsCounter();
  const ctx = { directory, log, notifierAppId: options.notifierAppId || NOTIFIER_TEAMS_APP_ID, now: () => new Date(clock()) };
  const server = createServer(outboxRequestListener({ ctx, directory, faults, log, stats, logError: logLine }));
  const port = await listen(server, options.port || 0);
  const url = `http://127.0.0.1:${port}`;
  if (!options.quiet) {
    logLine(`Graph outbox: ${url}/v1.0`);
  }
  return {
    url,
    port,
    messages: () => log.all(),
    clear: () => log.clear(),
    setFaults: (next) => faults.set(next),
    setDirectory: (users) => directory.replace(users),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
