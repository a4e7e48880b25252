import { Type } from 'typebox';
import type { DevInboxStore } from '../../sms/index.ts';
import { parsePhone } from '../../phone/index.ts';
import type { Route } from '../route.ts';
import { DateTime, TextBody } from '../schemas.ts';

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

const DevMessage = Type.Object({ id: Type.String(), to: Type.String({ description: 'E.164' }), text: Type.String(), createdAt: DateTime });

/** The dev inbox (README.md, docs/sms.md): registered only in dev mode, so it is a plain 404 anywhere else. */
export function devRoutes(route: Route, inbox: DevInboxStore): void {
  const tags = ['dev'];
  route(
    {
      method: 'GET',
      url: '/_dev/sms',
      operationId: 'listDevMessages',
      tags,
      summary: 'Messages sent to the dev inbox, newest first (dev mode only)',
      // Query values are strings (types are not coerced), so `limit` is digits, read as a number below.
      querystring: Type.Object({
        to: Type.Optional(Type.String({ maxLength: 64 })),
        limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', description: '1 to 500, default 100' })),
      }),
      response: { 200: Type.Object({ messages: Type.Array(DevMessage) }) },
      errors: [],
    },
    async ({ query }) => {
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
    },
  );

  route(
    {
      method: 'GET',
      url: '/_dev/sms.html',
      operationId: 'getDevSmsPage',
      tags,
      hide: true,
      summary: 'The dev inbox page',
      response: { 200: TextBody(['text/html; charset=utf-8'], 'The page.') },
      errors: [],
    },
    async ({ reply }) => reply.type('text/html; charset=utf-8').send(PAGE),
  );

  route(
    {
      method: 'GET',
      url: '/_dev/sms.js',
      operationId: 'getDevSmsScript',
      tags,
      hide: true,
      summary: "The dev inbox page's script",
      response: { 200: TextBody(['text/javascript; charset=utf-8'], 'The script.') },
      errors: [],
    },
    async ({ reply }) => reply.type('text/javascript; charset=utf-8').send(SCRIPT),
  );
}
