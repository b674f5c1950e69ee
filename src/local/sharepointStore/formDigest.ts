import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

/**
 * SharePoint's form digest (request digest): what `POST _api/contextinfo` hands a signed-in
 * browser and what a cookie-authenticated write must send back as `X-RequestDigest`. SharePoint
 * makes it "specific to a user, site, and time period" and lets it expire after the web
 * application's Web Page Security Validation timeout, 30 minutes unless an administrator changes
 * it. Here it is an HMAC over the site, the person and the time, keyed by a secret drawn when the
 * store starts (so a restart, like a digest's age, makes a page fetch a new one), written as
 * SharePoint writes it: `0x<128 hex digits>,<dd Mon yyyy HH:mm:ss> -0000`
 * (e.g. `0x2D1B…8A96,11 Aug 2021 01:01:45 -0000`, pnp/pnpframework#442).
 */

/** SharePoint's default: 1800 seconds, as `FormDigestTimeoutSeconds` reports it. */
export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;

export type DigestCheck = 'valid' | 'invalid' | 'expired';

const DIGEST = /^0x([0-9A-F]{128}),(\d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} -0000)$/;

/** `11 Aug 2021 01:01:45 -0000`, from `Wed, 11 Aug 2021 01:01:45 GMT`. */
function digestDate(at: Date): string {
  return `${at.toUTCString().slice(5, -4)} -0000`;
}

export class FormDigests {
  private readonly secret = randomBytes(32);

  public constructor(
    private readonly siteId: string,
    public readonly timeoutSeconds: number = FORM_DIGEST_TIMEOUT_SECONDS,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** A digest for `loginName` on this site, issued now. */
  public issue(loginName: string): string {
    const issued = digestDate(this.now());
    return `0x${this.mac(loginName, issued)},${issued}`;
  }

  /** Whether `value` is a digest this store issued to `loginName`, and still young enough. */
  public check(value: string | undefined, loginName: string): DigestCheck {
    const match = DIGEST.exec((value || '').trim());
    if (!match || !timingSafeEqual(Buffer.from(match[1]), Buffer.from(this.mac(loginName, match[2])))) {
      return 'invalid';
    }
    // The date is written to the second, so the digest may be up to a second older than it says.
    const ageMs = this.now().getTime() - Date.parse(match[2]) - 999;
    return ageMs > this.timeoutSeconds * 1000 ? 'expired' : 'valid';
  }

  private mac(loginName: string, issued: string): string {
    return createHmac('sha512', this.secret).update(`${this.siteId}\n${loginName.toLowerCase()}\n${issued}`).digest('hex').toUpperCase();
  }
}
