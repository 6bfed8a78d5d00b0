import { describe, expect, it } from 'vitest';
import { build } from '../../../../test/factories.ts';
import { evidenceValidity } from './evidence-validity.ts';

describe('evidence validity', () => {
  it('is current within its validity and 12 months, expiring in its last 60 days, expired after it', () => {
    const item = build.evidenceItems({ evidenceDate: '2026-05-01', validUntil: '2026-12-31' });
    expect(evidenceValidity(item, '2026-06-01')).toEqual({ validity: 'current' });
    expect(evidenceValidity(item, '2026-11-15')).toEqual({ validity: 'expiring', note: 'valid until 2026-12-31' });
    expect(evidenceValidity(item, '2027-01-02').validity).toBe('expired');
  });

  it('is stale when older than 12 months without a validity of its own', () => {
    const item = build.evidenceItems({ evidenceDate: '2025-01-10' });
    expect(evidenceValidity(item, '2026-06-01')).toEqual({ validity: 'stale', note: 'dated 2025-01-10, more than 12 months before 2026-06-01' });
  });
});
