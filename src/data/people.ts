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

  /**
   * The site user id for a person, or `undefined` (then kept as a name, and listed as unlinked).
   * `links` are the names the plan already links to people ("IB" → Jan Coles's id), consulted
   * for a name no site user has.
   */
  public async idOf(person: PersonRef | undefined, links?: ReadonlyMap<string, number>): Promise<number | undefined> {
    if (!person || (!person.email && !person.name)) {
      return undefined;
    }
    const id = person.email ? await this.idOfEmail(person.email) : await this.idOfLinkedName(person.name, links);
    if (id === undefined) {
      this.unlinked.set(person.name, true);
    }
    return id;
  }

  /** Ids of the linked people among `people`, in order. */
  public async idsOf(people: readonly PersonRef[], links?: ReadonlyMap<string, number>): Promise<number[]> {
    const ids: number[] = [];
    for (let index = 0; index < people.length; index += 1) {
      const id = await this.idOf(people[index], links);
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

  private async idOfLinkedName(name: string, links: ReadonlyMap<string, number> | undefined): Promise<number | undefined> {
    const id = await this.idOfName(name);
    return id !== undefined || !links ? id : links.get(name.trim().toLowerCase());
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

/**
 * SharePoint answers `ensureuser` for an address its directory does not know with 500 "The
 * specified user … could not be found." (SHAREPOINT-REST.md); older farms with 404 or 400.
 */
function isNotFound(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  if (status === 404 || status === 400) return true;
  return status === 500 && /could not be found/i.test(String((error as { message?: unknown }).message));
}
