import { ItemJson, namedUsers, namesUser, textOf, userOf } from '../../mapping/fieldValues';

/**
 * The names a plan's items already link to people (SPEC §4.6: "IB" linked to Jan Coles by
 * linkNamedPerson), read from the items an import matches against, so that re-importing a tracker
 * that still says "IB" keeps the link, for the items it updates and for new ones. Keys are names
 * trimmed and lower-cased; values are site user ids.
 */
export function namedLinks(items: readonly ItemJson[]): Map<string, number> {
  const links = new Map<string, number>();
  const learn = (name: string | undefined, id: number | undefined): void => {
    if (name && id !== undefined) links.set(name.trim().toLowerCase(), id);
  };
  for (const item of items) {
    const owner = userOf(item.Owner);
    const ownerName = textOf(item.OwnerName);
    if (owner && ownerName && !namesUser(ownerName, owner)) learn(ownerName, owner.Id);
    for (const { name, user } of namedUsers(item, 'Delegates', 'DelegateNames')) {
      if (user && !namesUser(name, user)) learn(name, user.Id);
    }
  }
  return links;
}
