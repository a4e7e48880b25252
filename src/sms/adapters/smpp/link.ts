import type { PDU, Session } from 'smpp';
import { SmsSendError } from '../../port.ts';
import type { AdapterLogger } from '../shared/deps.ts';
import type { SmppConfig } from './config.ts';

interface Waiter {
  resolve(session: Session): void;
  reject(error: SmsSendError): void;
}

/**
 * One bound transceiver session, kept up for as long as the sender lives: connected on first use,
 * kept alive with enquire_link, rebound after any loss with exponential backoff. A send waits for
 * at most the connect attempt under way, so a dead gateway fails fast and the router can move on.
 */
export class SmppLink {
  private session: Session | undefined;
  private isBound = false;
  private connecting = false;
  private attempt = 0;
  private closed = false;
  private waiters: Waiter[] = [];
  private reconnectTimer: NodeJS.Timeout | undefined;
  private nextAttemptAt = 0;
  private lastFailure = '';
  private keepAliveTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: SmppConfig,
    private readonly name: string,
    private readonly logger: AdapterLogger,
    private readonly onDeliver: (pdu: PDU) => void,
  ) {}

  /**
   * The bound session, once there is one; rejects when the attempt under way fails or `signal`
   * fires. During backoff a send waits for the next attempt only if it is due within `timeoutMs`:
   * a gateway known to be down fails at once, and is not hammered with connects by every send.
   */
  bound(signal: AbortSignal): Promise<Session> {
    if (this.closed) return Promise.reject(new SmsSendError(`${this.name}: sender closed`));
    if (this.isBound && this.session) return Promise.resolve(this.session);
    const waitMs = this.nextAttemptAt - Date.now();
    if (!this.connecting && this.reconnectTimer && waitMs > this.config.timeoutMs) {
      return Promise.reject(new SmsSendError(`${this.name}: link down (${this.lastFailure}); next attempt in ${waitMs} ms`));
    }
    return new Promise<Session>((resolve, reject) => {
      const onAbort = () => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new SmsSendError(`${this.name}: not bound within the time allowed`, { cause: signal.reason }));
      };
      const waiter: Waiter = {
        resolve: (s) => {
          signal.removeEventListener('abort', onAbort);
          resolve(s);
        },
        reject: (e) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
      if (!this.connecting && !this.reconnectTimer) void this.connect();
    });
  }

  private async connect(): Promise<void> {
    this.reconnectTimer = undefined;
    this.connecting = true;
    let smpp: typeof import('smpp')['default'];
    try {
      ({ default: smpp } = await import('smpp'));
    } catch (err) {
      this.connecting = false;
      for (const w of this.waiters.splice(0)) w.reject(new SmsSendError(`${this.name}: smpp package unavailable`, { cause: err }));
      return;
    }
    if (this.closed) return;
    const session = smpp.connect({ host: this.config.host, port: this.config.port });
    this.session = session;
    let failure = 'connection lost';
    session.on('error', (err: Error) => {
      failure = err.message;
      this.logger.warn({ provider: this.name, err: err.message }, 'smpp link error');
    });
    session.on('close', () => this.onClose(session, failure));
    session.on('connect', () => {
      session.bind_transceiver(
        {
          system_id: this.config.systemId,
          password: this.config.password,
          system_type: this.config.systemType ?? '',
          interface_version: 0x34,
        },
        (pdu) => {
          if (pdu.command_status === 0) return this.onBound(session);
          failure = `bind refused (command_status 0x${pdu.command_status.toString(16)})`;
          session.destroy();
        },
      );
    });
    session.on('deliver_sm', (pdu: PDU) => {
      session.send(pdu.response());
      this.onDeliver(pdu);
    });
    session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
  }

  private onBound(session: Session): void {
    this.connecting = false;
    this.isBound = true;
    this.attempt = 0;
    this.logger.info({ provider: this.name }, 'smpp bound');
    for (const w of this.waiters.splice(0)) w.resolve(session);
    this.keepAliveTimer = setInterval(() => this.keepAlive(session), this.config.enquireLinkSeconds * 1000);
  }

  /** An enquire_link that stays unanswered means a half-open TCP link: drop it and rebind. */
  private keepAlive(session: Session): void {
    const deadline = setTimeout(() => {
      this.logger.warn({ provider: this.name }, 'smpp enquire_link unanswered; reconnecting');
      session.destroy();
    }, this.config.timeoutMs);
    session.enquire_link({}, () => clearTimeout(deadline));
  }

  private onClose(session: Session, failure: string): void {
    if (session !== this.session) return;
    clearInterval(this.keepAliveTimer);
    this.session = undefined;
    this.isBound = false;
    this.connecting = false;
    for (const w of this.waiters.splice(0)) w.reject(new SmsSendError(`${this.name}: ${failure}`));
    if (this.closed) return;
    const delay = Math.min(this.config.reconnectMaxMs, this.config.reconnectMinMs * 2 ** this.attempt);
    this.attempt += 1;
    // Jitter keeps a fleet of Tessera nodes from rebinding in lockstep after an SMSC restart.
    const jittered = Math.round(delay * (0.8 + Math.random() * 0.4));
    this.logger.warn({ provider: this.name, reason: failure, retryInMs: jittered }, 'smpp link down');
    this.lastFailure = failure;
    this.nextAttemptAt = Date.now() + jittered;
    this.reconnectTimer = setTimeout(() => void this.connect(), jittered);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.keepAliveTimer);
    for (const w of this.waiters.splice(0)) w.reject(new SmsSendError(`${this.name}: sender closed`));
    const session = this.session;
    if (!session) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => session.destroy(), 1000);
      session.socket.once('close', () => {
        clearTimeout(force);
        resolve();
      });
      if (this.isBound) session.unbind({}, () => session.close());
      else session.destroy();
    });
  }
}
