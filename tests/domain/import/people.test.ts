import { parsePeople, parsePerson } from '../../../src/domain/import/people';

describe('parsePerson', () => {
  test.each([
    ['IB', { name: 'IB' }],
    ['DM.', { name: 'DM' }],
    ['KA.', { name: 'KA' }],
    ['Jan Coles', { name: 'Jan Coles' }],
    ['  Alec   Clark ', { name: 'Alec Clark' }],
    ['Business Intelligence (BI)', { name: 'Business Intelligence (BI)' }],
    ['jan.coles@powys.gov.uk', { name: 'jan.coles@powys.gov.uk', email: 'jan.coles@powys.gov.uk' }],
    ['Jan.Coles@Powys.gov.uk', { name: 'Jan.Coles@Powys.gov.uk', email: 'jan.coles@powys.gov.uk' }],
    ['Jan Coles <jan.coles@powys.gov.uk>', { name: 'Jan Coles', email: 'jan.coles@powys.gov.uk' }]
  ])('"%s" is %p', (text, person) => {
    expect(parsePerson(text)).toEqual({ ok: true, value: person });
  });

  test.each([
    ['jan@', '"jan@" is not a valid e-mail address'],
    ['jan coles@powys.gov.uk', '"jan coles@powys.gov.uk" is not a valid e-mail address'],
    ['Jan <not an address>', '"Jan <not an address>" does not hold a valid e-mail address between < and >'],
    ['...', '"..." does not name a person']
  ])('"%s" fails: %s', (text, message) => {
    expect(parsePerson(text)).toEqual({ ok: false, message });
  });
});

describe('parsePeople', () => {
  test.each([
    ['CA1 / CA4', ['CA1', 'CA4']],
    ['SCA / CA1 / CA4', ['SCA', 'CA1', 'CA4']],
    ['ALN1', ['ALN1']],
    ['Jan Coles; Clive Pinney', ['Jan Coles', 'Clive Pinney']],
    ['Jan Coles\nClive Pinney', ['Jan Coles', 'Clive Pinney']],
    ['SE (Powys Teaching Health Board) / JM', ['SE (Powys Teaching Health Board)', 'JM']]
  ])('"%s" names %p in order', (text, names) => {
    expect(parsePeople(text)).toEqual({ ok: true, value: names.map((name) => ({ name })) });
  });

  test('one bad address fails the cell', () => {
    expect(parsePeople('IB / ib@')).toEqual({ ok: false, message: '"ib@" is not a valid e-mail address' });
  });

  test('separators alone name no one', () => {
    expect(parsePeople(' / ')).toEqual({ ok: false, message: '"/" does not name a person' });
  });
});
