import type { Locale } from '../../core/locale.ts';

/** One UI string in every locale; `{name}` placeholders are filled by `uiText`. */
export type Texts = Record<Locale, string>;
