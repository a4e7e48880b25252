/// <reference lib="dom" />
import { client, ok, type ApiError } from '../api.ts';
import { describe, field, type Field } from '../components.ts';
import { h } from '../dom.ts';
import { bind, t, tx } from '../i18n.ts';

interface Availability {
  handle: string;
  available: boolean;
  reason?: 'invalid' | 'taken' | 'reserved';
  suggestions: string[];
}

/** The handle with live availability (GET /v1/handles/{h}) and free alternatives to pick with one click. */
export function handleInput(label: 'signup.handle' | 'handle.new' = 'signup.handle') {
  const input = h('input', { type: 'text', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', maxlength: 20 });
  const status = h('p', { class: 'handle-status', 'aria-live': 'polite' });
  const picks = h('div', { class: 'suggestions' });
  const f: Field<HTMLInputElement> = field(label, input, tx(label === 'signup.handle' ? 'signup.handleHint' : 'handle.rules'));
  let timer: number | undefined;
  let asked = 0;
  let state: Availability | 'checking' | null = null;

  const draw = () => {
    if (state === null) {
      status.textContent = '';
      status.dataset.ok = '';
      picks.replaceChildren();
      return;
    }
    if (state === 'checking') {
      status.textContent = t('handle.checking');
      status.dataset.ok = '';
      return;
    }
    const a = state;
    status.dataset.ok = String(a.available);
    status.textContent = a.available ? t('handle.available', { handle: a.handle }) : t(`handle.${a.reason ?? 'invalid'}`, { handle: a.handle });
    suggest(a.available ? [] : a.suggestions);
  };
  bind(draw);

  function suggest(names: string[]): void {
    picks.replaceChildren(
      ...(names.length ? [h('span', {}, t('handle.suggestions'))] : []),
      ...names.map((name) =>
        h(
          'button',
          {
            type: 'button',
            class: 'chip',
            onclick: () => {
              input.value = name;
              input.dispatchEvent(new Event('input'));
              input.focus();
            },
          },
          name,
        ),
      ),
    );
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    f.error(null);
    const value = input.value.trim();
    state = value ? 'checking' : null;
    draw();
    if (!value) return;
    timer = window.setTimeout(async () => {
      const mine = ++asked;
      try {
        const answer = await ok(client.GET('/v1/handles/{handle}', { params: { path: { handle: value } } }));
        if (mine === asked) state = answer;
      } catch (err) {
        if (mine === asked) {
          state = null;
          f.error(describe(err));
        }
      }
      if (mine === asked) draw();
    }, 350);
  });

  return {
    root: h('div', {}, f.root, status, picks),
    input,
    field: f,
    /** A refusal at submit time (`handle_taken` with suggestions, `handle_invalid`). */
    showRefusal(err: ApiError) {
      state = null;
      draw();
      f.error(describe(err));
      const names = err.details.suggestions;
      if (Array.isArray(names)) suggest(names.filter((n): n is string => typeof n === 'string'));
    },
  };
}
