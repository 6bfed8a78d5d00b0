// Whether an evidence item still evidences anything, as the evidence index judges it, and whether its validity
// ends soon enough that someone should renew it before the next audit.
import { assessFreshness, type Freshness } from '../../../checks/readiness/evidence-index-freshness.ts';
import { addDays, isBefore } from '../../../domain/dates.ts';
import type { EvidenceItem } from '../../../domain/model/index.ts';

export type Validity = Freshness | 'expiring';

export interface EvidenceValidity {
  readonly validity: Validity;
  /** Why it is not current, in words a user can act on. */
  readonly note?: string;
}

/** Days before `validUntil` from which an item counts as expiring. */
export const expiringWithinDays = 60;

export function evidenceValidity(item: EvidenceItem, today: string): EvidenceValidity {
  const assessed = assessFreshness('evidenceItems', item, today) ?? { freshness: 'current' as const };
  if (assessed.freshness !== 'current') return { validity: assessed.freshness, ...(assessed.note ? { note: assessed.note } : {}) };
  if (item.validUntil && isBefore(item.validUntil, addDays(today, expiringWithinDays + 1))) return { validity: 'expiring', note: `valid until ${item.validUntil}` };
  return { validity: 'current' };
}

export const validityColor: Record<Validity, string> = { current: 'teal', expiring: 'orange', stale: 'yellow', expired: 'red' };
export const validityText: Record<Validity, string> = { current: 'current', expiring: 'expiring soon', stale: 'stale', expired: 'expired' };
