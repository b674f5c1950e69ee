import { BYTES_PER_MB, evidenceFileProblem, MAX_EVIDENCE_BYTES, sizeInMb } from '../../src/domain/evidenceFiles';

describe('which files may be evidence', () => {
  test.each<[string, number, string | undefined]>([
    ['one byte', 1, undefined],
    ['a 12 MB scan', 12 * BYTES_PER_MB, undefined],
    ['exactly 100 MB', MAX_EVIDENCE_BYTES, undefined],
    ['an empty file', 0, 'fileEmpty'],
    ['one byte over 100 MB', MAX_EVIDENCE_BYTES + 1, 'fileTooLarge'],
    ['a 2 GB video', 2048 * BYTES_PER_MB, 'fileTooLarge']
  ])('%s → %s', (_case, bytes, code) => {
    const problem = evidenceFileProblem('minutes.pdf', bytes);
    expect(problem && problem.code).toBe(code);
  });

  test('a file over the limit is named with its size, rounded up, and the limit', () => {
    expect(evidenceFileProblem('pack.pdf', MAX_EVIDENCE_BYTES + 1)).toEqual({
      field: 'evidence',
      code: 'fileTooLarge',
      args: { name: 'pack.pdf', size: '100.1', limit: 100 },
      message: '“pack.pdf” is 100.1 MB; evidence files can be up to 100 MB — link to larger files instead.'
    });
  });

  test.each<[number, string]>([
    [BYTES_PER_MB, '1.0'],
    [BYTES_PER_MB + 1, '1.1'],
    [12.34 * BYTES_PER_MB, '12.4']
  ])('%d bytes read as %s MB', (bytes, text) => {
    expect(sizeInMb(bytes)).toBe(text);
  });
});
