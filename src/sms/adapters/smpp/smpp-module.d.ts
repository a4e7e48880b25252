// The parts of the `smpp` package (0.5, plain JavaScript, no bundled types) that Tessera uses.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  export interface PDU {
    readonly command: string;
    readonly command_status: number;
    readonly sequence_number: number;
    readonly [field: string]: unknown;
    response(options?: Record<string, unknown>): PDU;
    isResponse(): boolean;
  }

  type Options = Record<string, unknown>;
  type OnResponse = (pdu: PDU) => void;

  export interface Session extends EventEmitter {
    readonly socket: Socket;
    send(pdu: PDU, onResponse?: OnResponse): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    bind_transceiver(options: Options, onResponse?: OnResponse): boolean;
    submit_sm(options: Options, onResponse?: OnResponse): boolean;
    deliver_sm(options: Options, onResponse?: OnResponse): boolean;
    enquire_link(options: Options, onResponse?: OnResponse): boolean;
    unbind(options: Options, onResponse?: OnResponse): boolean;
  }

  export interface Server extends NetServer {
    readonly sessions: Session[];
  }

  interface Smpp {
    connect(options: { host: string; port: number }): Session;
    createServer(listener: (session: Session) => void): Server;
    readonly errors: Readonly<Record<string, number>>;
  }

  const smpp: Smpp;
  export default smpp;
}
