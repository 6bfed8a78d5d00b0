// Whether a person's competence records evidence a competence on a given date (7.2): a CV line asserts, a
// training record, qualification, assessment or documented experience evidences, until it expires.
import type { CompetenceEvidence } from '../model/index.ts';

export type CompetenceStanding =
  | { readonly kind: 'evidenced' }
  /** Only self-declarations: asserted, not evidenced. */
  | { readonly kind: 'self-declared' }
  /** Real evidence once, but every such record has expired; `expiredOn` is the latest expiry. */
  | { readonly kind: 'expired'; readonly expiredOn: string }
  | { readonly kind: 'none' };

/** Competences are named in free text by roles and records alike; compare them case- and space-insensitively. */
export function normaliseCompetence(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The standing of one competence from the records that name it, as of `now` (YYYY-MM-DD).
 * A record expiring on `now` no longer counts (it expires that day); one obtained after `now` does not count yet.
 */
export function competenceStanding(records: readonly CompetenceEvidence[], now: string): CompetenceStanding {
  let expiredOn: string | undefined;
  let selfDeclared = false;
  for (const r of records) {
    if (r.kind === 'self-declared') {
      selfDeclared = true;
      continue;
    }
    if (r.obtainedOn !== undefined && r.obtainedOn > now) continue;
    if (r.expiresOn !== undefined && r.expiresOn <= now) {
      if (expiredOn === undefined || r.expiresOn > expiredOn) expiredOn = r.expiresOn;
      continue;
    }
    return { kind: 'evidenced' };
  }
  if (expiredOn !== undefined) return { kind: 'expired', expiredOn };
  return selfDeclared ? { kind: 'self-declared' } : { kind: 'none' };
}
