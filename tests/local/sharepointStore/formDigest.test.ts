/**
 * @jest-environment node
 */
import { DigestCheck, FormDigests, FORM_DIGEST_TIMEOUT_SECONDS } from '../../../src/local/sharepointStore/formDigest';

const OWEN = 'i:0#.f|membership|owen@council.example';
const DEE = 'i:0#.f|membership|dee@council.example';
const ISSUED = new Date('2021-08-11T01:01:45.600Z');

/** Digests issued at ISSUED, checked `secondsLater`. */
function clockedDigests(): { digests: FormDigests; at(secondsLater: number): void } {
  let now = ISSUED;
  return { digests: new FormDigests('site-1', FORM_DIGEST_TIMEOUT_SECONDS, () => now), at: (secondsLater) => { now = new Date(ISSUED.getTime() + secondsLater * 1000); } };
}

describe('form digests', () => {
  test('a digest is written as SharePoint writes one: 0x, 128 hex digits, the UTC time to the second', () => {
    const { digests } = clockedDigests();
    expect(digests.issue(OWEN)).toMatch(/^0x[0-9A-F]{128},11 Aug 2021 01:01:45 -0000$/);
  });

  test('SharePoint\'s default lifetime is 30 minutes', () => {
    expect(new FormDigests('site-1').timeoutSeconds).toBe(1800);
  });

  test.each<[string, number, DigestCheck]>([
    ['at once', 0, 'valid'],
    ['29 minutes on', 29 * 60, 'valid'],
    ['on the last second', 1800, 'valid'],
    ['a second past 30 minutes', 1801, 'expired'],
    ['a day on', 86400, 'expired']
  ])('the person\'s own digest checked %s (%i s on) is %s', (_when, secondsLater, expected) => {
    const { digests, at } = clockedDigests();
    const digest = digests.issue(OWEN);
    at(secondsLater);
    expect(digests.check(digest, OWEN)).toBe(expected);
  });

  test.each<[string, (digest: string) => string | undefined]>([
    ['missing', () => undefined],
    ['empty', () => ''],
    ['not a digest', () => 'stub'],
    ['with its date moved on', (digest) => digest.replace('01:01:45', '01:31:45')],
    ['with one digit changed', (digest) => `0x${digest.charAt(2) === 'A' ? 'B' : 'A'}${digest.slice(3)}`],
    ['sent twice in one header', (digest) => `${digest}, ${digest}`],
    ['forged with the right shape', () => `0x${'A'.repeat(128)},11 Aug 2021 01:01:45 -0000`]
  ])('a digest %s is invalid', (_case, tamper) => {
    const { digests } = clockedDigests();
    expect(digests.check(tamper(digests.issue(OWEN)), OWEN)).toBe('invalid');
  });

  test('a digest is for one person and one store: another person\'s, or another store\'s, is invalid', () => {
    const { digests } = clockedDigests();
    const other = new FormDigests('site-1', FORM_DIGEST_TIMEOUT_SECONDS, () => ISSUED);
    expect(digests.check(digests.issue(DEE), OWEN)).toBe('invalid');
    expect(digests.check(other.issue(OWEN), OWEN)).toBe('invalid');
    expect(digests.check(digests.issue(OWEN.toUpperCase()), OWEN)).toBe('valid');
  });
});
