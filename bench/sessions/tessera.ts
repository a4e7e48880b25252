/**
 * Tessera's side: the real CLI (`bin/tessera.js dev`) started the way bench/registration starts
 * it (same launcher, same policy file lifting the SMS budgets so one client IP can register every
 * account), and N accounts registered over the public API, each leaving a session token.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { uniqueMobile, strongPassword } from '../registration/client.ts';
import { call, pooled, sleep } from './http.ts';

export { startServer as startTessera } from '../registration/server.ts';

async function readCode(baseUrl: string, e164: string): Promise<string> {
  const deadline = performance.now() + 10_000;
  for (let polls = 1; ; polls++) {
    const { json } = await call('dev inbox', `${baseUrl}/_dev/sms?to=${encodeURIComponent(e164)}`);
    const match = json?.messages?.[0] ? /\b(\d{6})\b/.exec(json.messages[0].text as string) : null;
    if (match) return match[1]!;
    if (performance.now() > deadline) throw new Error(`no SMS for a registration within 10 s`);
    await sleep(Math.min(2 ** polls, 20));
  }
}

/** One registration: start → code from the dev inbox → verify → complete; the session token it grants. */
async function register(baseUrl: string): Promise<string> {
  const phone = uniqueMobile();
  const flow = await call('start registration', `${baseUrl}/v1/registrations`, { body: { phone } });
  const code = await readCode(baseUrl, phone);
  await call('verify', `${baseUrl}/v1/registrations/${flow.json.id}/verify`, { body: { code } });
  const done = await call('complete', `${baseUrl}/v1/registrations/${flow.json.id}/complete`, {
    body: { password: strongPassword(), acceptTerms: true },
  });
  const token = done.json?.session?.token;
  if (typeof token !== 'string') throw new Error('complete answered without a session token');
  return token;
}

export function signUpTessera(baseUrl: string, accounts: number): Promise<string[]> {
  return pooled(accounts, 4, () => register(baseUrl));
}

/** How many of the tokens `GET /v1/me` accepts (200 with an account). */
export async function liveTesseraSessions(baseUrl: string, tokens: string[]): Promise<number> {
  const ok = await pooled(tokens.length, 4, async (i) => {
    const res = await fetch(`${baseUrl}/v1/me`, { headers: { authorization: `Bearer ${tokens[i]}` } });
    const body = (await res.json().catch(() => null)) as any;
    return res.status === 200 && typeof body?.account?.id === 'string';
  });
  return ok.filter(Boolean).length;
}

/** One access token from `POST /v1/tokens`, verified against the server's JWKS: "EdDSA, sub = the account". */
export async function checkAccessToken(baseUrl: string, token: string): Promise<string> {
  const headers = { authorization: `Bearer ${token}` };
  const me = await call('GET /v1/me', `${baseUrl}/v1/me`, { headers });
  const issued = await call('POST /v1/tokens', `${baseUrl}/v1/tokens`, { method: 'POST', headers });
  const jwks = createRemoteJWKSet(new URL(`${baseUrl}/.well-known/jwks.json`));
  const { payload, protectedHeader } = await jwtVerify(issued.json.accessToken as string, jwks, { algorithms: ['EdDSA'] });
  if (payload.sub !== me.json.account.id) throw new Error('the access token names another account');
  return `${protectedHeader.alg} (${protectedHeader.kid ? 'kid set' : 'no kid'}), sub = the session's account, verified against /.well-known/jwks.json`;
}
