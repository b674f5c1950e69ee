import { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * The reminder job's own Graph middleware chain. The SDK's default chain is not used: its
 * RetryHandler resends POSTs after a 503/504 (a sendMail delivered twice), and its
 * AuthenticationHandler sends no token to a host other than Graph's (the local outbox).
 * Retries, pacing and Retry-After live in the batch sender, which knows which calls are safe to resend.
 */

/** Where the token comes from: `graphCredential.ts` in production, a fixed string locally. */
export type GetAccessToken = () => Promise<string>;

function setHeader(context: Context, name: string, value: string): void {
  context.options = context.options || {};
  const headers = context.options.headers;
  if (headers && typeof (headers as Headers).set === 'function') {
    (headers as Headers).set(name, value);
  } else {
    context.options.headers = { ...((headers as Record<string, string>) || {}), [name]: value };
  }
}

abstract class LinkedMiddleware implements Middleware {
  private next?: Middleware;

  public setNext(next: Middleware): void {
    this.next = next;
  }

  public abstract execute(context: Context): Promise<void>;

  protected passOn(context: Context): Promise<void> {
    if (!this.next) {
      throw new Error(`${this.constructor.name} needs a middleware after it`);
    }
    return this.next.execute(context);
  }
}

/** `Authorization: Bearer <token>` on every call. */
export class BearerTokenMiddleware extends LinkedMiddleware {
  public constructor(private readonly getAccessToken: GetAccessToken) {
    super();
  }

  public async execute(context: Context): Promise<void> {
    setHeader(context, 'Authorization', `Bearer ${await this.getAccessToken()}`);
    return this.passOn(context);
  }
}

/** Microsoft asks ISVs to decorate traffic: `NONISV|<Company>|<App>/<version>`. */
export class UserAgentMiddleware extends LinkedMiddleware {
  public constructor(private readonly userAgent: string) {
    super();
  }

  public execute(context: Context): Promise<void> {
    setHeader(context, 'User-Agent', this.userAgent);
    return this.passOn(context);
  }
}

/** The last link: fetch, given up after `timeoutMs` (a POST that times out may still have been executed). */
export class FetchWithTimeoutMiddleware implements Middleware {
  public constructor(private readonly timeoutMs: number) {}

  public async execute(context: Context): Promise<void> {
    const init = { ...(context.options || {}), signal: AbortSignal.timeout(this.timeoutMs) } as RequestInit;
    const response = await fetch(context.request as string, init);
    Object.assign(context, { response });
  }
}

/** The chain, in order. */
export function reminderMiddleware(getAccessToken: GetAccessToken, userAgent: string, timeoutMs: number): Middleware[] {
  return [new BearerTokenMiddleware(getAccessToken), new UserAgentMiddleware(userAgent), new FetchWithTimeoutMiddleware(timeoutMs)];
}
