import { translations } from '@zxcvbn-ts/language-en';
import type { PasswordPolicy } from '../../passwords/index.ts';
import { assessPassword, countCodePoints, normalizePassword, passwordUserInputs } from '../../passwords/index.ts';
import { parsePhone } from '../../phone/index.ts';

/** zxcvbn-ts speaks English only; its English texts map back to their keys so pages can say them in any locale. */
const WARNING_KEYS = new Map(Object.entries(translations.warnings).map(([key, text]) => [text, key]));
const SUGGESTION_KEYS = new Map(Object.entries(translations.suggestions).map(([key, text]) => [text, key]));

export interface StrengthReport {
  score: number;
  minScore: number;
  acceptable: boolean;
  warning: string | null;
  suggestions: string[];
  /** The same advice as zxcvbn-ts keys (`warnings.*`, `suggestions.*`), for translated texts. */
  feedback: { warning: string | null; suggestions: string[] };
}

/** The live strength meter's answer: the very check registration and password changes apply. */
export function strengthReport(input: { password: string; phone?: string | undefined; handle?: string | undefined }, policy: PasswordPolicy): StrengthReport {
  let e164: string | null = null;
  let nationalNumber: string | null = null;
  if (input.phone) {
    try {
      ({ e164, nationalNumber } = parsePhone(input.phone));
    } catch {
      nationalNumber = input.phone.replace(/\D/g, '') || null;
    }
  }
  const tooShort = countCodePoints(normalizePassword(input.password)) < policy.minLength;
  const assessed = assessPassword(input.password, passwordUserInputs({ e164, nationalNumber, handle: input.handle ?? null }));
  return {
    score: assessed.score,
    minScore: policy.minScore,
    acceptable: !tooShort && assessed.score >= policy.minScore,
    warning: assessed.warning,
    suggestions: assessed.suggestions,
    feedback: {
      warning: assessed.warning ? (WARNING_KEYS.get(assessed.warning) ?? null) : null,
      suggestions: assessed.suggestions.map((s) => SUGGESTION_KEYS.get(s)).filter((k): k is string => k !== undefined),
    },
  };
}
