/// <reference lib="dom" />
import { strengthAdvice } from '../catalogue/index.ts';
import { client, ok } from './api.ts';
import { config } from './config.ts';
import { h, uid } from './dom.ts';
import { bind, locale, t, tx } from './i18n.ts';

interface Report {
  score: number;
  acceptable: boolean;
  feedback: { warning: string | null; suggestions: string[] };
}

/**
 * The live strength meter: the API judges the password exactly as it will at submit time
 * (zxcvbn-ts with the phone and handle), debounced while the person types.
 */
export function strengthMeter(input: HTMLInputElement, words: () => { phone?: string | undefined; handle?: string | undefined }): HTMLElement {
  const labelId = uid('meter');
  const meter = h('meter', { min: 0, max: 4, low: 2, high: 3, optimum: 4, value: 0, 'aria-labelledby': labelId });
  const verdict = h('span', { class: 'verdict' });
  const advice = h('ul', { class: 'advice' });
  const box = h(
    'div',
    { class: 'strength', hidden: true },
    h('div', { class: 'meter-row' }, h('span', { id: labelId }, tx('strength.label')), meter),
    h('p', { 'aria-live': 'polite' }, verdict),
    advice,
  );
  let report: Report | null = null;
  let tooShort = false;
  let timer: number | undefined;
  let asked = 0;

  const redraw = () => {
    const score = tooShort ? 0 : (report?.score ?? 0);
    meter.value = score;
    meter.dataset.score = String(score);
    verdict.textContent = tooShort
      ? t('strength.tooShort')
      : report
        ? `${t(`strength.${report.score}` as 'strength.0')}${report.acceptable ? ` · ${t('strength.ok')}` : ''}`
        : '';
    advice.replaceChildren(...(report && !tooShort ? strengthAdvice(report.feedback, locale()) : []).map((line) => h('li', {}, line)));
  };
  bind(redraw);

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const password = input.value;
    box.hidden = password.length === 0;
    if (!password) return;
    timer = window.setTimeout(async () => {
      const mine = ++asked;
      tooShort = [...password.normalize('NFKC')].length < config.password.minLength;
      try {
        const answer = (await ok(client.POST('/v1/password-strength', { body: { password, ...words() } }))) as Report;
        if (mine === asked) report = answer;
      } catch {
        if (mine === asked) report = null; // the meter is advice; the real check happens on submit
      }
      if (mine === asked) redraw();
    }, 250);
  });
  return box;
}
