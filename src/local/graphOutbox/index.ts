export { startGraphOutbox } from './startGraphOutbox';
export type { GraphOutbox, GraphOutboxOptions } from './startGraphOutbox';
export { directoryFromPeople } from './directory';
export type { OutboxPerson } from './directory';
export type { OutboxUser, OutboxMessage, OutboxFaults, OutboxStats } from './outboxTypes';
