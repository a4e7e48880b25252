/// <reference lib="dom" />
import type { UiKey } from '../catalogue/index.ts';
import { ApiError } from './api.ts';
import { h, uid } from './dom.ts';
import { bind, errorMessage, t, tx } from './i18n.ts';

/** What a failure says to a person, in the current language (it follows a language switch). */
export function describe(err: unknown): () => string {
  if (err instanceof ApiError) return err.code === 'network' ? () => t('common.network') : () => errorMessage(err.code, err.details);
  if (err instanceof DOMException && (err.name === 'NotAllowedError' || err.name === 'AbortError')) return () => t('passkeys.cancelled');
  if (err instanceof Error && err.message.startsWith('proof of work')) return () => t('common.powFailed');
  return () => errorMessage('internal_error');
}

export type MessageArea = ReturnType<typeof messageArea>;

/** A message area: `role=alert` for failures (read out at once), `role=status` for news. */
export function messageArea(kind: 'alert' | 'status' = 'alert') {
  const el = h('div', { class: `message ${kind}`, role: kind, hidden: true });
  let generation = 0;
  return {
    el,
    show(text: () => string, tone: 'error' | 'ok' | 'info' = kind === 'alert' ? 'error' : 'info') {
      const mine = ++generation;
      el.hidden = false;
      el.dataset.tone = tone;
      bind(() => {
        if (mine === generation) el.textContent = text();
      });
    },
    error(err: unknown) {
      this.show(describe(err), 'error');
    },
    clear() {
      generation++;
      el.hidden = true;
      el.textContent = '';
    },
  };
}

export interface Field<T extends HTMLInputElement | HTMLSelectElement> {
  root: HTMLElement;
  input: T;
  error(text: (() => string) | null): void;
}

/** A labelled control with an optional hint and its own error line, tied together with aria-describedby. */
export function field<T extends HTMLInputElement | HTMLSelectElement>(label: UiKey | Node, input: T, hint?: Node): Field<T> {
  input.id ||= uid('f');
  const hintId = uid('hint');
  const errorId = uid('err');
  const errorEl = h('p', { class: 'field-error', id: errorId, hidden: true });
  const describedBy = [hint ? hintId : '', errorId].filter(Boolean).join(' ');
  input.setAttribute('aria-describedby', describedBy);
  const root = h(
    'div',
    { class: 'field' },
    h('label', { for: input.id }, typeof label === 'string' ? tx(label) : label),
    input,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    errorEl,
  );
  let generation = 0;
  return {
    root,
    input,
    error(text) {
      const mine = ++generation;
      if (!text) {
        errorEl.hidden = true;
        input.removeAttribute('aria-invalid');
        return;
      }
      errorEl.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      bind(() => {
        if (mine === generation) errorEl.textContent = text();
      });
    },
  };
}

export function button(key: UiKey, attrs: Record<string, string | boolean | ((e: Event) => void)> = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attrs }, tx(key));
}

/** Runs `work` with the button disabled and marked busy, so a double click sends one request. */
export async function busy<T>(btn: HTMLButtonElement | null, work: () => Promise<T>): Promise<T> {
  if (btn) {
    btn.disabled = true;
    btn.setAttribute('aria-busy', 'true');
  }
  try {
    return await work();
  } finally {
    if (btn) {
      btn.disabled = false;
      btn.removeAttribute('aria-busy');
    }
  }
}

/** A form whose submit (button or Enter) runs `onSubmit` once at a time. */
export function form(onSubmit: (submitter: HTMLButtonElement | null) => Promise<void>, ...children: (Node | null)[]): HTMLFormElement {
  const el = h('form', { novalidate: true }, ...children);
  el.addEventListener('submit', (e) => {
    e.preventDefault();
    const submitter = ((e as SubmitEvent).submitter as HTMLButtonElement | null) ?? el.querySelector<HTMLButtonElement>('button[type=submit]');
    if (submitter?.disabled) return;
    void busy(submitter, () => onSubmit(submitter));
  });
  return el;
}

export function passwordInput(autocomplete: 'current-password' | 'new-password'): { input: HTMLInputElement; toggle: HTMLElement } {
  const input = h('input', { type: 'password', autocomplete, required: true, maxlength: 1024 });
  const box = h('input', { type: 'checkbox' });
  box.addEventListener('change', () => {
    input.type = box.checked ? 'text' : 'password';
  });
  return { input, toggle: h('label', { class: 'check small' }, box, tx('common.showPassword')) };
}

export function codeInput(length: number): HTMLInputElement {
  return h('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    pattern: `[0-9]{${length}}`,
    maxlength: length,
    required: true,
    class: 'code',
  });
}
