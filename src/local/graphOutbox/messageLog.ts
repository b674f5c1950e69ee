import { OutboxMessage } from './outboxTypes';

/** Every message the outbox accepted, in order. */
export class MessageLog {
  private messages: OutboxMessage[] = [];
  private seq = 0;

  public constructor(private readonly clock: () => number) {}

  public record(message: Omit<OutboxMessage, 'seq' | 'at'>): OutboxMessage {
    const recorded: OutboxMessage = { seq: ++this.seq, at: new Date(this.clock()).toISOString(), ...message };
    this.messages.push(recorded);
    return recorded;
  }

  public all(): OutboxMessage[] {
    return this.messages.map((message) => ({ ...message }));
  }

  /** Forgets the messages; numbering carries on so a seq is never reused. */
  public clear(): void {
    this.messages = [];
  }
}
