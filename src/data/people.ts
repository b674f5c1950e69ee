import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { PersonRef } from '../domain/model';

/**
 * Owners as trackers name them → site users. An e-mail address is ensured on the site
 * (`ensureuser`, which adds a directory user the site has not seen yet); a name is matched on a
 * site user's display name. People who match nobody stay names and are listed as unlinked:
 * that is not an error (SPEC §4.6).
 */

interface SiteUserJson {
  Id: number;
  Title: string;
  Email: string;
}

export interface PeopleOptions {
  /** Match only users already on the site (dry runs write nothing, not even `ensureuser`). */
  readOnly?: boolean;
}

export class PeopleResolver {
  private readonly byEmail: Map<string, number | undefined> = new Map();
  private siteUsers: Promise<SiteUserJson[]> | undefined;
  private readonly unlinked: Map<string, true> = new Map();

  public constructor(private readonly sp: SPFI, private readonly options: PeopleOptions = {}) {}

  /** The site user id for a person, or `undefined` (then kept as a name, and listed as unlinked). */
  public async idOf(person: PersonRef | undefined): Promise<number | undefined> {
    if (!person || (!person.email && !person.name)) {
      return undefined;
    }
    const id = person.email ? await this.idOfEmail(person.email) : await this.idOfName(person.name);
    if (id === undefined) {
      this.unlinked.set(person.name, true);
    }
    return id;
  }

  /** Ids of the linked people among `people`, in order. */
  public async idsOf(people: readonly PersonRef[]): Promise<number[]> {
    const ids: number[] = [];
    for (let index = 0; index < people.length; index += 1) {
      const id = await this.idOf(people[index]);
      if (id !== undefined) {
        ids.push(id);
      }
    }
    return ids;
  }

  /** Names that matched no site user, in the order first met. */
  public unlinkedNames(): string[] {
    return Array.from(this.unlinked.keys());
  }

  private async idOfEmail(email: string): Promise<number | undefined> {
    const key = email.toLowerCase();
    if (this.byEmail.has(key)) {
      return this.byEmail.get(key);
    }
    let id: number | undefined;
    if (this.options.readOnly) {
      const users = await this.loadSiteUsers();
      id = users.filter((user) => (user.Email || '').toLowerCase() === key).map((user) => user.Id)[0];
    } else {
      try {
        id = (await this.sp.web.ensureUser(key)).Id;
      } catch (error) {
        // An address the directory does not know is kept as a name, not an import failure.
        if (!isNotFound(error)) {
          throw error;
        }
      }
    }
    this.byEmail.set(key, id);
    return id;
  }

  private async idOfName(name: string): Promise<number | undefined> {
    const wanted = name.trim().toLowerCase();
    const users = await this.loadSiteUsers();
    return users.filter((user) => (user.Title || '').trim().toLowerCase() === wanted).map((user) => user.Id)[0];
  }

  private loadSiteUsers(): Promise<SiteUserJson[]> {
    if (!this.siteUsers) {
      this.siteUsers = this.sp.web.siteUsers.select('Id', 'Title', 'Email')();
    }
    return this.siteUsers;
  }
}

function isNotFound(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 404 || status === 400;
}
