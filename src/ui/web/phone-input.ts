/// <reference lib="dom" />
import type { UiKey } from '../catalogue/index.ts';
import { field, type Field } from './components.ts';
import { config } from './config.ts';
import { h } from './dom.ts';
import { bind, locale, regionName } from './i18n.ts';

export interface PhoneInput {
  root: HTMLElement;
  country: Field<HTMLSelectElement>;
  number: Field<HTMLInputElement>;
  value(): { phone: string; country: string };
}

/** A country picker limited to the regions this server accepts, and the number as people type it. */
export function phoneInput(label: UiKey = 'signup.phone', hint?: Node): PhoneInput {
  const select = h('select', { autocomplete: 'tel-country-code' });
  const options = config.regions.map((r) => {
    const option = h('option', { value: r.code });
    select.append(option);
    return { option, r };
  });
  bind(() => {
    for (const { option, r } of options) option.textContent = `${regionName(r.code)}${r.callingCode ? ` (+${r.callingCode})` : ''}`;
    // Sorted by name in the current language, the selection kept.
    const chosen = select.value;
    const collator = new Intl.Collator(locale());
    select.replaceChildren(...[...options].sort((a, b) => collator.compare(a.option.textContent ?? '', b.option.textContent ?? '')).map((o) => o.option));
    select.value = chosen || (config.regions[0]?.code ?? '');
  });
  const input = h('input', { type: 'tel', inputmode: 'tel', autocomplete: 'tel-national', required: true, maxlength: 32 });
  const country = field('signup.country', select);
  const number = field(label, input, hint);
  return {
    root: h('div', { class: 'phone-row' }, country.root, number.root),
    country,
    number,
    value: () => ({ phone: input.value.trim(), country: select.value }),
  };
}
