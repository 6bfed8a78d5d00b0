// The version freeze: which documents moved after the latest baseline, and when the freeze is over.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { activeFreeze, currentApprovedVersion, documentsChangedSince } from './freeze.ts';

const v = (version: string, on: string, status: 'approved' | 'superseded' | 'draft' = 'approved') => ({ version, status, approvedOn: on, effectiveOn: on });

describe('the version freeze', () => {
  const policy = build.documents({ id: 'doc-policy', versions: [v('1.0', '2026-01-10', 'superseded'), v('1.1', '2026-05-01')] });
  const baseline = build.freezeBaselines({ id: 'fz', frozenOn: '2026-06-01', documents: [{ documentId: 'doc-policy', version: '1.1' }] });

  it('the current version is the latest approved one', () => {
    expect(currentApprovedVersion(policy)?.version).toBe('1.1');
  });

  it('an untouched document has not changed', () => {
    expect(documentsChangedSince(aimsOf({ documents: [policy] }), baseline)).toEqual([]);
  });

  it('a version approved after the freeze is a change, whether or not the document was frozen', () => {
    const changed = { ...policy, versions: [...policy.versions, v('1.2', '2026-06-15')] };
    const other = build.documents({ id: 'doc-new', versions: [v('1.0', '2026-06-20')] });
    const changes = documentsChangedSince(aimsOf({ documents: [changed, other] }), baseline);
    expect(changes.map((c) => c.documentId)).toEqual(['doc-policy', 'doc-new']);
    expect(changes[0]!.reasons).toEqual([
      'version 1.2 (2026-06-15) approved or effective after the freeze of 2026-06-01',
      'current approved version 1.2 is not the frozen 1.1',
    ]);
  });

  it('a current version other than the frozen one is a change even when dated before the freeze', () => {
    const rolledBack = { ...policy, versions: [v('1.0', '2026-01-10'), v('1.1', '2026-05-01', 'superseded')] };
    expect(documentsChangedSince(aimsOf({ documents: [rolledBack] }), baseline)[0]?.reasons).toEqual(['current approved version 1.0 is not the frozen 1.1']);
  });

  it('a draft after the freeze is not a change', () => {
    const drafted = { ...policy, versions: [...policy.versions, { version: '1.2', status: 'draft' as const, createdOn: '2026-06-10' }] };
    expect(documentsChangedSince(aimsOf({ documents: [drafted] }), baseline)).toEqual([]);
  });

  it('the freeze ends once its audit is held', () => {
    const audit = build.externalAudits({ id: 'st1', kind: 'stage-1', actualStart: '2026-06-20', actualEnd: '2026-06-21', status: 'done' });
    const aims = aimsOf({ externalAudits: [audit], freezeBaselines: [{ ...baseline, forAuditId: 'st1' }] });
    expect(activeFreeze(aims, '2026-06-21')?.ended).toBe(false);
    expect(activeFreeze(aims, '2026-06-22')?.ended).toBe(true);
  });

  it('a freeze for an audit since cancelled is over, even before the dates it had', () => {
    const audit = build.externalAudits({ id: 'st1', kind: 'stage-1', plannedStart: '2026-07-20', plannedEnd: '2026-07-21', status: 'cancelled' });
    const aims = aimsOf({ externalAudits: [audit], freezeBaselines: [{ ...baseline, forAuditId: 'st1' }] });
    expect(activeFreeze(aims, '2026-06-22')?.ended).toBe(true);
  });
});
