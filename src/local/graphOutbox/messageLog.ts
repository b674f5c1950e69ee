import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'fs';
import { OutboxMessage } from './outboxTypes';

/**
 * Every message the outbox accepted, in order. With a file (local mode: the site's folder) each
 * message is one JSON line appended to it, and the list is read back from it, so `tracker remind`
 * in one process and the workbench's outbox page in another show the same messages, and they
 * survive a restart.
 */
export class MessageLog {
  private messages: OutboxMessage[] = [];
  private seq = 0;

  public constructor(private readonly clock: () => number, private readonly file?: string) {}

  public record(message: Omit<OutboxMessage, 'seq' | 'at'>): OutboxMessage {
    const kept = this.file ? this.readFile() : this.messages;
    this.seq = Math.max(this.seq, kept.length ? kept[kept.length - 1].seq : 0);
    const recorded: OutboxMessage = { seq: ++this.seq, at: new Date(this.clock()).toISOString(), ...message };
    if (this.file) appendFileSync(this.file, `${JSON.stringify(recorded)}\n`);
    else this.messages.push(recorded);
    return recorded;
  }

  public all(): OutboxMessage[] {
    return (this.file ? this.readFile() : this.messages).map((message) => ({ ...message }));
  }

  /** Forgets the messages; numbering carries on so a seq is never reused. */
  public clear(): void {
    this.messages = [];
    if (this.file) writeFileSync(this.file, '');
  }

  private readFile(): OutboxMessage[] {
    if (!this.file || !existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as OutboxMessage);
  }
}
