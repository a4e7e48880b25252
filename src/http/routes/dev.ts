import type { FastifyInstance } from 'fastify';
import type { DevInboxStore } from '../../sms/index.ts';
import { parsePhone } from '../../phone/index.ts';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Tessera dev SMS inbox</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:46rem;padding:0 1rem}
li{border-bottom:1px solid #ddd;padding:.5rem 0;list-style:none}small{color:#666}pre{white-space:pre-wrap;margin:.25rem 0}</style></head>
<body><h1>Dev SMS inbox</h1><p>Messages Tessera would have sent, newest first. This page exists only in <code>tessera dev</code>.</p>
<form><label>To <input name="to" placeholder="+8613800138000"></label> <button>Filter</button></form>
<ul id="list"></ul>
<script src="/_dev/sms.js"></script></body></html>`;

const SCRIPT = `const q = new URLSearchParams(location.search);
fetch('/_dev/sms' + (q.get('to') ? '?to=' + encodeURIComponent(q.get('to')) : '')).then((r) => r.json()).then(({ messages }) => {
  const list = document.getElementById('list');
  for (const m of messages) {
    const li = document.createElement('li');
    const meta = document.createElement('small'); meta.textContent = m.to + ' · ' + new Date(m.createdAt).toLocaleString();
    const text = document.createElement('pre'); text.textContent = m.text;
    li.append(meta, text); list.append(li);
  }
  if (messages.length === 0) list.textContent = 'No messages yet.';
});`;

/** The dev inbox (SPEC §3.6): registered only in dev mode, so it is a plain 404 anywhere else. */
export function devRoutes(app: FastifyInstance, inbox: DevInboxStore): void {
  app.get('/_dev/sms', {
    schema: {
      tags: ['dev'], summary: 'Messages sent to the dev inbox, newest first (dev mode only)',
      // Query values are strings (types are not coerced), so `limit` is digits, read as a number below.
      querystring: { type: 'object', properties: { to: { type: 'string', maxLength: 64 }, limit: { type: 'string', pattern: '^[0-9]{1,3}$', description: '1 to 500, default 100' } } },
    },
  }, async (req) => {
    const query = req.query as { to?: string; limit?: string };
    const { to } = query;
    const limit = query.limit === undefined ? undefined : Math.min(500, Math.max(1, Number(query.limit)));
    let e164: string | undefined;
    if (to) {
      try {
        e164 = parsePhone(to.startsWith(' ') ? `+${to.trim()}` : to).e164; // a '+' in a query string may arrive as a space
      } catch {
        return { messages: [] }; // no message can have gone to something that is not a number
      }
    }
    const messages = await inbox.list({ ...(e164 ? { to: e164 } : {}), limit: limit ?? 100 });
    return { messages: messages.map((m) => ({ id: m.id, to: m.to, text: m.text, createdAt: m.createdAt.toISOString() })) };
  });
  app.get('/_dev/sms.html', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get('/_dev/sms.js', { schema: { hide: true } }, async (_req, reply) => reply.type('text/javascript; charset=utf-8').send(SCRIPT));
}
