import type { SmsSender } from './port.ts';

export interface DevInboxStore {
  add(message: { id: string; to: string; text: string; createdAt: Date }): Promise<void>;
  list(filter: { to?: string; limit: number }): Promise<{ id: string; to: string; text: string; createdAt: Date }[]>;
}

/** The dev inbox: messages land in the database and show at /_dev/sms. Never used by `tessera start`. */
export function createDevSender(store: DevInboxStore, now: () => Date): SmsSender {
  return {
    name: 'dev',
    // The inbox keeps one row per id, so a repeated hand-off shows once.
    dedupesById: true,
    async send(message) {
      await store.add({ id: message.id, to: message.to, text: message.text, createdAt: now() });
      return { providerMessageId: message.id };
    },
  };
}
