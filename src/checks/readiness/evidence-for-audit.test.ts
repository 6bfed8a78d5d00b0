// The evidence index scoped to one external audit's sample: recorded for a held audit, proposed for a planned one.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { evidenceIndexForAudit } from './evidence-for-audit.ts';

const cert = build.certificates({ id: 'cert-1', decisionOn: '2026-03-10', expiresOn: '2029-03-09' });
const stage2 = build.externalAudits({ id: 'st2', kind: 'stage-2', actualStart: '2026-01-19', actualEnd: '2026-01-23', status: 'done', sampledRefs: ['4', '5'] });
const s1 = build.externalAudits({ id: 's1', kind: 'surveillance-1', plannedStart: '2027-02-01', status: 'planned' });
const minor = build.externalFindings({ id: 'xf-minor', auditId: 'st2', classification: 'minor', raisedOn: '2026-01-22' });
const major = build.externalFindings({ id: 'xf-major', auditId: 'st2', classification: 'major', raisedOn: '2026-01-22', status: 'closed', closedOn: '2026-02-20', verifiedInAuditId: 'st2', nonconformityId: 'nc-1' });
const aims = aimsOf({
  certificates: [cert], externalAudits: [stage2, s1], externalFindings: [minor, major], nonconformities: [build.nonconformities({ id: 'nc-1' })],
  evidenceItems: [build.evidenceItems({ id: 'ev-scope', refs: ['4.3'], evidenceDate: '2026-05-01' })],
}, { effectivePersonnel: 300 });

describe('evidenceIndexForAudit', () => {
  it('scopes the evidence index to what one audit sampled', () => {
    const e = evidenceIndexForAudit(aims, 'st2', '2026-06-01');
    expect(e.scope).toBe('recorded');
    expect(e.clauses.map((c) => c.ref)).toEqual(['4', '4.1', '4.2', '4.3', '4.4', '5', '5.1', '5.2', '5.3']);
    expect(e.controls).toEqual([]);
    // 4.1, 4.2, 4.4, 5.1 and 5.3 ask for no records; 4.3 has its scope; the AI policy (5.2) is missing.
    expect(e.gaps.map((g) => g.ref)).toEqual(['5.2']);
    expect(evidenceIndexForAudit(aims, 's1', '2026-06-01').scope).toBe('proposed');
    expect(() => evidenceIndexForAudit(aims, 'nope', '2026-06-01')).toThrow(/No external audit "nope"/);
  });
});
