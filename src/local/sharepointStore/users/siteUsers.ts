import { StoreDatabase } from '../database';
import { errors } from '../errors';
import { DirectoryPerson, SiteGroup, SiteRole, SiteUser } from '../storeTypes';

/**
 * The site's people: the tenant directory (who `ensureuser` can find), the site users (the User
 * Information List) and the three associated groups. Users and groups share SharePoint's
 * principal ids; the groups take 3–5 as on a new team site, people start at 6.
 */

export const SITE_GROUPS: readonly SiteGroup[] = [
  { id: 3, title: 'Tracker Owners', role: 'owner', description: 'Full control of the tracker site.' },
  { id: 4, title: 'Tracker Visitors', role: 'visitor', description: 'Read the tracker.' },
  { id: 5, title: 'Tracker Members', role: 'member', description: 'Edit the tracker lists.' }
];

const FIRST_USER_ID = 6;
const CLAIMS_PREFIX = 'i:0#.f|membership|';
const ROLE_RANK: Record<SiteRole, number> = { owner: 3, member: 2, visitor: 1 };

interface UserRow {
  id: number;
  email: string;
  title: string;
  login_name: string;
  is_site_admin: number;
}

function toUser(row: UserRow | undefined): SiteUser | undefined {
  return row ? { id: row.id, email: row.email, title: row.title, loginName: row.login_name, isSiteAdmin: row.is_site_admin === 1 } : undefined;
}

/** `i:0#.f|membership|ann@x` or `ann@x` → `ann@x`. */
export function emailOfLogonName(logonName: string): string {
  const text = logonName.trim();
  const bar = text.lastIndexOf('|');
  return (bar >= 0 ? text.slice(bar + 1) : text).toLowerCase();
}

export class SiteUsers {
  public constructor(private readonly db: StoreDatabase) {
    SITE_GROUPS.forEach((group) =>
      this.db.run('INSERT OR IGNORE INTO groups (id, title, role, description) VALUES (?, ?, ?, ?)', group.id, group.title, group.role, group.description)
    );
  }

  public all(): SiteUser[] {
    return this.db.all<UserRow>('SELECT * FROM users ORDER BY id').map((row) => toUser(row) as SiteUser);
  }

  public byId(id: number): SiteUser | undefined {
    return toUser(this.db.get<UserRow>('SELECT * FROM users WHERE id = ?', id));
  }

  public byEmail(email: string): SiteUser | undefined {
    return toUser(this.db.get<UserRow>('SELECT * FROM users WHERE email = ?', email.trim()));
  }

  public byLoginName(loginName: string): SiteUser | undefined {
    return this.byEmail(emailOfLogonName(loginName));
  }

  /** Adds a person to the directory and the site (or updates their name), optionally in a group. */
  public add(person: DirectoryPerson, role?: SiteRole, isSiteAdmin: boolean = false): SiteUser {
    this.addToDirectory(person);
    let user = this.byEmail(person.email);
    if (!user) {
      const next = Math.max(FIRST_USER_ID, (this.db.get<{ n: number | null }>('SELECT max(id) AS n FROM users')?.n || 0) + 1);
      const email = person.email.trim().toLowerCase();
      this.db.run('INSERT INTO users (id, email, title, login_name, is_site_admin) VALUES (?, ?, ?, ?, ?)', next, email, person.title, CLAIMS_PREFIX + email, isSiteAdmin ? 1 : 0);
      user = this.byId(next) as SiteUser;
    } else {
      this.db.run('UPDATE users SET title = ?, is_site_admin = max(is_site_admin, ?) WHERE id = ?', person.title, isSiteAdmin ? 1 : 0, user.id);
    }
    if (role) {
      this.setRole(user.id, role);
    }
    return this.byId(user.id) as SiteUser;
  }

  /** Puts the user in exactly one of the three groups. */
  public setRole(userId: number, role: SiteRole): void {
    this.db.run('DELETE FROM group_members WHERE user_id = ?', userId);
    this.addToGroup(this.groupOfRole(role).id, userId);
  }

  public addToGroup(groupId: number, userId: number): void {
    this.db.run('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)', groupId, userId);
  }

  public removeFromGroup(groupId: number, userId: number): void {
    this.db.run('DELETE FROM group_members WHERE group_id = ? AND user_id = ?', groupId, userId);
  }

  /** The strongest role the user holds through group membership (site admins are owners). */
  public roleOf(user: SiteUser): SiteRole | undefined {
    if (user.isSiteAdmin) {
      return 'owner';
    }
    const roles = this.db
      .all<{ role: SiteRole }>('SELECT g.role AS role FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.user_id = ?', user.id)
      .map((row) => row.role);
    return roles.sort((a, b) => ROLE_RANK[b] - ROLE_RANK[a])[0];
  }

  public groups(): SiteGroup[] {
    return this.db.all<SiteGroup>('SELECT id, title, role, description FROM groups ORDER BY id');
  }

  public groupById(id: number): SiteGroup {
    const group = this.groups().filter((candidate) => candidate.id === id)[0];
    if (!group) {
      throw errors.groupNotFound();
    }
    return group;
  }

  public groupByName(name: string): SiteGroup {
    const group = this.groups().filter((candidate) => candidate.title.toLowerCase() === name.toLowerCase())[0];
    if (!group) {
      throw errors.groupNotFound();
    }
    return group;
  }

  public groupOfRole(role: SiteRole): SiteGroup {
    return this.groups().filter((group) => group.role === role)[0];
  }

  public members(groupId: number): SiteUser[] {
    return this.db
      .all<UserRow>('SELECT u.* FROM users u JOIN group_members m ON m.user_id = u.id WHERE m.group_id = ? ORDER BY u.id', groupId)
      .map((row) => toUser(row) as SiteUser);
  }

  public addToDirectory(person: DirectoryPerson): void {
    this.db.run('INSERT INTO directory (email, title) VALUES (?, ?) ON CONFLICT(email) DO UPDATE SET title = excluded.title', person.email.trim().toLowerCase(), person.title);
  }

  /**
   * `ensureuser`: the site user for a logon name or e-mail, adding a directory person to the
   * site (with no group, so no access yet) when needed; an unknown name is SharePoint's error.
   */
  public ensure(logonName: string): SiteUser {
    const email = emailOfLogonName(logonName);
    const existing = this.byEmail(email);
    if (existing) {
      return existing;
    }
    const person = this.db.get<{ email: string; title: string }>('SELECT email, title FROM directory WHERE email = ?', email);
    if (!person) {
      throw errors.userNotFound(logonName);
    }
    return this.add(person);
  }
}
