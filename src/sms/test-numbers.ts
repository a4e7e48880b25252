/**
 * Test numbers for app-store review and demos (`sms.testNumbers`): inside its window such a number
 * gets a fixed code and no SMS; outside it, it is a number like any other.
 */
export interface TestNumber {
  readonly phone: string;
  readonly code: string;
  /** ISO 8601 times; the window is [from, until). */
  readonly from: string;
  readonly until: string;
}

/** The test number entry for this E.164 number whose window holds `now`, if any. */
export function activeTestNumber(list: readonly TestNumber[], e164: string, now: Date): TestNumber | undefined {
  const t = now.getTime();
  return list.find((n) => n.phone === e164 && Date.parse(n.from) <= t && t < Date.parse(n.until));
}
