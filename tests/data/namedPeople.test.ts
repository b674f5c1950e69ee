import { peopleOf } from '../../src/data/mapping/fieldValues';
import { namedLinks } from '../../src/data/import/planning/namedLinks';

/**
 * Names as trackers write them ("Jan Coles", "IB") and the site users they are linked to: a name
 * is a user's own when it is their display name or e-mail; otherwise it is linked (SPEC §4.6).
 */

const JAN = { Id: 7, Title: 'Jan Coles', EMail: 'Jan.Coles@powys.example' };
const ALEC = { Id: 9, Title: 'Alec Clark', EMail: 'alec.clark@powys.example' };

describe('a multi-person field read with its names', () => {
  test.each([
    ['names that are the users\' own', 'Jan Coles; alec.clark@powys.example', [JAN, ALEC], [{ name: 'Jan Coles', email: 'jan.coles@powys.example' }, { name: 'alec.clark@powys.example', email: 'alec.clark@powys.example' }]],
    ['one linked name: the one user left over is its', 'Jan Coles; IB', [JAN, ALEC], [{ name: 'Jan Coles', email: 'jan.coles@powys.example' }, { name: 'IB', email: 'alec.clark@powys.example' }]],
    ['two names left over with two users: which is whose cannot be told', 'IB; CA1', [JAN, ALEC], [{ name: 'IB' }, { name: 'CA1' }]],
    ['a name nobody is linked to', 'Jan Coles; IB', [JAN], [{ name: 'Jan Coles', email: 'jan.coles@powys.example' }, { name: 'IB' }]],
    ['no names', '', [], []]
  ])('%s', (_case, names, users, expected) => {
    expect(peopleOf({ DelegateNames: names, Delegates: users }, 'Delegates', 'DelegateNames')).toEqual(expected);
  });
});

describe('the links a plan\'s items already hold, which a re-import keeps', () => {
  test.each([
    ['an owner named by initials and linked', [{ OwnerName: 'IB', Owner: JAN }], [['ib', 7]]],
    ['an owner under their own name is no link', [{ OwnerName: 'Jan Coles', Owner: JAN }], []],
    ['an owner named but linked to nobody', [{ OwnerName: 'IB' }], []],
    ['a delegate linked by initials', [{ OwnerName: 'Jan Coles', Owner: JAN, DelegateNames: 'Jan Coles; CA1', Delegates: [JAN, ALEC] }], [['ca1', 9]]],
    ['names are matched whatever their case and spaces', [{ OwnerName: ' Ib ', Owner: JAN }], [['ib', 7]]]
  ])('%s', (_case, items, expected) => {
    expect([...namedLinks(items)]).toEqual(expected);
  });
});
