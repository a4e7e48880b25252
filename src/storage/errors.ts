/** The unique constraint a Postgres (or PGlite) error reports, if it is a unique violation. */
export function uniqueViolation(err: unknown): string | null {
  const e = err as { code?: string; constraint?: string; message?: string } | null;
  if (e?.code !== '23505') return null;
  if (e.constraint) return e.constraint;
  const match = /constraint "([^"]+)"/.exec(e.message ?? '');
  return match ? match[1]! : 'unknown';
}
