import type { DatabaseSync, SQLInputValue, SQLOutputValue, StatementSync } from 'node:sqlite';

/**
 * The store's SQLite database (node:sqlite, built into the project's Node 22). On a directory it
 * runs in WAL mode with `synchronous=FULL`, and every request's writes are one `BEGIN IMMEDIATE`
 * transaction, so a process killed mid-write leaves each item either fully written or absent.
 */

type Row = Record<string, SQLOutputValue>;

/** Prepared statements kept; queries differ by shape only (values are bound), so few are needed. */
const STATEMENT_CACHE_SIZE = 500;

const SQLITE_WARNING = /SQLite is an experimental feature/;

/**
 * Loads node:sqlite with its one ExperimentalWarning filtered out; every other warning, and this
 * one from any other caller later on, still reaches the process.
 */
function loadSqlite(): typeof import('node:sqlite') {
  const emitWarning = process.emitWarning;
  process.emitWarning = function filtered(this: NodeJS.Process, warning: string | Error, ...rest: unknown[]): void {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (!SQLITE_WARNING.test(text)) {
      (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
    }
  } as typeof process.emitWarning;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/no-var-requires
    return require('node:sqlite');
  } finally {
    process.emitWarning = emitWarning;
  }
}

/**
 * A chunked upload's session and its fragments go with their file (ON DELETE CASCADE), so
 * deleting a file or its library ends them.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY, table_no INTEGER NOT NULL UNIQUE, title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url TEXT NOT NULL UNIQUE COLLATE NOCASE, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fields (
  list_id TEXT NOT NULL, internal_name TEXT NOT NULL COLLATE NOCASE, position INTEGER NOT NULL,
  record TEXT NOT NULL, PRIMARY KEY (list_id, internal_name));
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
  login_name TEXT NOT NULL, is_site_admin INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS groups (
  id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE COLLATE NOCASE, role TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS group_members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
CREATE TABLE IF NOT EXISTS directory (email TEXT PRIMARY KEY COLLATE NOCASE, title TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
  list_id TEXT NOT NULL, item_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, unique_id TEXT NOT NULL,
  content BLOB NOT NULL, PRIMARY KEY (list_id, item_id), UNIQUE (list_id, name));
CREATE TABLE IF NOT EXISTS upload_sessions (
  upload_id TEXT PRIMARY KEY, list_id TEXT NOT NULL, item_id INTEGER NOT NULL, received INTEGER NOT NULL,
  FOREIGN KEY (list_id, item_id) REFERENCES files (list_id, item_id) ON DELETE CASCADE);
CREATE TABLE IF NOT EXISTS upload_chunks (
  upload_id TEXT NOT NULL REFERENCES upload_sessions (upload_id) ON DELETE CASCADE, position INTEGER NOT NULL,
  content BLOB NOT NULL, PRIMARY KEY (upload_id, position));
`;

export class StoreDatabase {
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private transactionDepth = 0;
  private readonly rollbackListeners: Array<() => void> = [];

  /** `location` is a file path, or `:memory:`. */
  public constructor(location: string) {
    const sqlite = loadSqlite();
    this.db = new sqlite.DatabaseSync(location);
    if (location !== ':memory:') {
      this.db.exec('PRAGMA journal_mode = WAL');
    }
    this.db.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    this.db.exec(SCHEMA);
  }

  public exec(sql: string): void {
    this.statements.clear();
    this.db.exec(sql);
  }

  public run(sql: string, ...params: SQLInputValue[]): { changes: number; lastInsertRowid: number } {
    const result = this.statement(sql).run(...params);
    return { changes: Number(result.changes), lastInsertRowid: Number(result.lastInsertRowid) };
  }

  public get<T = Row>(sql: string, ...params: SQLInputValue[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  public all<T = Row>(sql: string, ...params: SQLInputValue[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  /**
   * Runs `work` in one write transaction (`BEGIN IMMEDIATE`), rolled back when it throws. Nested
   * calls join the outer transaction, so a request is all or nothing.
   */
  public transaction<T>(work: () => T): T {
    if (this.transactionDepth > 0) {
      return work();
    }
    this.db.exec('BEGIN IMMEDIATE');
    this.transactionDepth++;
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      this.rollbackListeners.forEach((listener) => listener());
      throw error;
    } finally {
      this.transactionDepth--;
    }
  }

  /** Called after every rollback, so in-memory caches of rows can be dropped. */
  public onRollback(listener: () => void): void {
    this.rollbackListeners.push(listener);
  }

  public close(): void {
    this.statements.clear();
    this.db.close();
  }

  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE_SIZE) {
        this.statements.delete(this.statements.keys().next().value as string);
      }
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
