import { Type, type Static } from 'typebox';
import { httpUrl, providerType, text, timeoutMs } from '../shared/settings.ts';

export const KannelSettings = Type.Object(
  {
    type: providerType('kannel'),
    url: httpUrl("smsbox's sendsms endpoint, e.g. `http://127.0.0.1:13013/cgi-bin/sendsms`."),
    username: text("The `sendsms-user`'s `username`."),
    password: text("The `sendsms-user`'s `password`.", { secret: true }),
    from: Type.Optional(text("Sender id or number; omitted means the `sendsms-user`'s `default-sender`.")),
    dlrUrl: Type.Optional(
      httpUrl(
        "Base of Tessera's receipt endpoint for this provider (`https://<host>/v1/sms/receipts/kannel/<name>`); Kannel calls it back with " +
          'our id and the DLR type. Omitted: no delivery reports.',
      ),
    ),
    timeoutMs: timeoutMs(),
  },
  { additionalProperties: false },
);

export type KannelConfig = Static<typeof KannelSettings>;
