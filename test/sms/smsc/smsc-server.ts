/**
 * A test SMSC on the `smpp` package's server side, run as its own process (see smsc-process.ts).
 * It binds transceivers, answers submit_sm with an id and sends the SMPP 3.4 receipt back as a
 * deliver_sm. Destinations pick failures: 999… invalid address, 888… throttled, 777… undeliverable.
 * The parent steers it over IPC: `state`, `drop` (cut every connection), `mute` (stop answering
 * enquire_link, as a half-open link would).
 */
import smpp, { type PDU, type Session } from 'smpp';

const SYSTEM_ID = process.env.SMSC_SYSTEM_ID ?? 'tessera';
const PASSWORD = process.env.SMSC_PASSWORD ?? 'secret';

interface Submitted {
  messageId: string;
  from: string;
  to: string;
  dataCoding: number;
  text: string;
  registeredDelivery: number;
}

const state = { bindAttempts: 0, binds: 0, enquireLinks: 0, submits: [] as Submitted[], muted: false };
let nextId = 0x1000;

function decoded(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'message' in value) return String((value as { message: unknown }).message);
  return typeof value === 'string' ? value : '';
}

function receiptText(id: string, stat: string, err: string, text: string): string {
  const now = '2611241830';
  return `id:${id} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:${now} done date:${now} stat:${stat} err:${err} text:${text.slice(0, 20)}`;
}

const server = smpp.createServer((session: Session) => {
  let bound = false;
  session.on('error', () => {});
  session.on('bind_transceiver', (pdu: PDU) => {
    state.bindAttempts += 1;
    if (pdu.system_id !== SYSTEM_ID || pdu.password !== PASSWORD) {
      session.send(pdu.response({ command_status: smpp.errors.ESME_RBINDFAIL }));
      return session.close();
    }
    bound = true;
    state.binds += 1;
    session.send(pdu.response({ system_id: 'fake-smsc' }));
  });
  session.on('enquire_link', (pdu: PDU) => {
    state.enquireLinks += 1;
    if (!state.muted) session.send(pdu.response());
  });
  session.on('unbind', (pdu: PDU) => {
    session.send(pdu.response());
    session.close();
  });
  session.on('submit_sm', (pdu: PDU) => {
    const to = String(pdu.destination_addr);
    const refusal = !bound ? 'ESME_RINVBNDSTS' : to.startsWith('999') ? 'ESME_RINVDSTADR' : to.startsWith('888') ? 'ESME_RTHROTTLED' : undefined;
    if (refusal) {
      session.send(pdu.response({ command_status: smpp.errors[refusal] }));
      return;
    }
    const messageId = (nextId++).toString(16);
    const text = decoded(pdu.short_message) || decoded(pdu.message_payload);
    const registeredDelivery = Number(pdu.registered_delivery);
    state.submits.push({ messageId, from: String(pdu.source_addr), to, dataCoding: Number(pdu.data_coding), text, registeredDelivery });
    session.send(pdu.response({ message_id: messageId }));
    if (registeredDelivery & 1) {
      const [stat, err] = to.startsWith('777') ? ['UNDELIV', '001'] : ['DELIVRD', '000'];
      setTimeout(() => {
        session.deliver_sm({
          source_addr: to,
          destination_addr: String(pdu.source_addr),
          esm_class: 0x04,
          short_message: receiptText(messageId, stat, err, text),
        });
      }, 20);
    }
  });
});

process.on('message', (msg: { cmd: string; on?: boolean }) => {
  if (msg.cmd === 'state') process.send?.({ type: 'state', ...state });
  if (msg.cmd === 'mute') {
    state.muted = msg.on ?? true;
    process.send?.({ type: 'muted' });
  }
  if (msg.cmd === 'drop') {
    const count = server.sessions.length;
    for (const s of [...server.sessions]) s.destroy();
    process.send?.({ type: 'dropped', count });
  }
});
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
