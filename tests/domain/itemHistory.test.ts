import { FieldChange, fieldChanges, FieldText } from '../../src/domain/itemHistory';

const fields = (pairs: Array<[string, string]>): FieldText[] => pairs.map(([field, text]) => ({ field, text }));

describe('what a version changed', () => {
  test.each<[string, FieldText[] | undefined, FieldText[], FieldChange[]]>([
    ['a first version lists the fields it was given, not the empty ones',
      undefined, fields([['Status', 'Green'], ['Progress', ''], ['Owner', 'Jan Coles']]),
      [{ field: 'Status', before: '', after: 'Green' }, { field: 'Owner', before: '', after: 'Jan Coles' }]],
    ['a later version lists only what changed',
      fields([['Status', 'Green'], ['Progress', 'On track']]), fields([['Status', 'Amber'], ['Progress', 'On track']]),
      [{ field: 'Status', before: 'Green', after: 'Amber' }]],
    ['a cleared field reads as changed to empty',
      fields([['Status', 'Red'], ['Issue', 'Funding']]), fields([['Status', 'Red'], ['Issue', '']]),
      [{ field: 'Issue', before: 'Funding', after: '' }]],
    ['a field the earlier version lacked reads as set from empty',
      fields([['Status', 'Red']]), fields([['Status', 'Red'], ['Evidence', 'report.pdf']]),
      [{ field: 'Evidence', before: '', after: 'report.pdf' }]],
    ['a version that changed no field listed has no changes',
      fields([['Status', 'Blue']]), fields([['Status', 'Blue']]), []],
    ['changes come in the later version’s field order',
      fields([['A', '1'], ['B', '1']]), fields([['B', '2'], ['A', '2']]),
      [{ field: 'B', before: '1', after: '2' }, { field: 'A', before: '1', after: '2' }]]
  ])('%s', (_case, before, after, expected) => {
    expect(fieldChanges(before, after)).toEqual(expected);
  });
});
