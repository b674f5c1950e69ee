import { createHash } from 'crypto';
import { NOTIFIER_TEAMS_APP_ID } from '../../teams/teamsApps';
import { OutboxUser } from './outboxTypes';

/** The outbox's people, replaceable as a whole (`PUT /_admin/directory`). */
export class OutboxDirectory {
  private users: OutboxUser[] = [];

  public constructor(users: OutboxUser[] = []) {
    this.replace(users);
  }

  public replace(users: OutboxUser[]): void {
    users.forEach(checkUser);
    this.users = users.map((user) => ({ ...user, installedApps: [...user.installedApps] }));
  }

  public all(): OutboxUser[] {
    return this.users;
  }

  /** By object id or userPrincipalName (case-insensitive), as `/users/{id | userPrincipalName}` resolves. */
  public byIdOrUpn(key: string): OutboxUser | undefined {
    const wanted = key.toLowerCase();
    return this.users.find((user) => user.id.toLowerCase() === wanted || user.userPrincipalName.toLowerCase() === wanted);
  }

  /** The person whose mailbox has this address (none for a person without one). */
  public byMailbox(address: string): OutboxUser | undefined {
    const wanted = address.toLowerCase();
    return this.users.find((user) => (user.mail || '').toLowerCase() === wanted);
  }
}

function checkUser(user: OutboxUser, index: number): void {
  const where = `directory[${index}]`;
  (['id', 'userPrincipalName', 'displayName'] as const).forEach((name) => {
    if (typeof user[name] !== 'string' || user[name].trim() === '') {
      throw new Error(`${where}.${name} must be a non-empty string`);
    }
  });
  if (typeof user.accountEnabled !== 'boolean') {
    throw new Error(`${where}.accountEnabled must be true or false`);
  }
  if (!Array.isArray(user.installedApps)) {
    throw new Error(`${where}.installedApps must be a list of Teams app ids`);
  }
}

/** A person as local mode and tests describe them. */
export interface OutboxPerson {
  email: string;
  title: string;
  language?: string;
  /** The notifier Teams app installed for them (default true). */
  teams?: boolean;
  /** An Exchange mailbox (default true). */
  mailbox?: boolean;
}

/** A stable object id from the e-mail, shaped like Entra's GUIDs. */
function objectIdFor(email: string): string {
  const hex = createHash('sha1').update(email.toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The directory for a list of people: UPN = e-mail, the notifier app installed unless `teams: false`. */
export function directoryFromPeople(people: ReadonlyArray<OutboxPerson>): OutboxUser[] {
  return people.map((person) => {
    const email = person.email.trim();
    const user: OutboxUser = {
      id: objectIdFor(email),
      userPrincipalName: email,
      displayName: person.title,
      accountEnabled: true,
      installedApps: person.teams === false ? [] : [NOTIFIER_TEAMS_APP_ID]
    };
    if (person.mailbox !== false) {
      user.mail = email;
    }
    if (person.language) {
      user.preferredLanguage = person.language;
    }
    return user;
  });
}
