import { describe, expect, it } from 'vitest';
import { build } from '../../../../test/factories.ts';
import { baselineDrift, documentControl, versionsNewestFirst } from './document-control.ts';

const { reviewDue: _recorded, ...policy } = build.documents({
  id: 'doc-policy',
  reviewIntervalMonths: 12,
  versions: [
    { version: '1.0', status: 'superseded', approvedOn: '2025-01-10' },
    { version: '1.1', status: 'approved', approvedOn: '2026-01-15' },
    { version: '1.2', status: 'in-review', createdOn: '2026-05-20' },
  ],
});

describe('document control', () => {
  it('names the version in force, the versions awaiting approval and the review counted from the approval', () => {
    const c = documentControl(policy, '2026-06-01');
    expect(c.inForce?.version).toBe('1.1');
    expect(c.awaitingApproval.map((v) => v.version)).toEqual(['1.2']);
    expect(c.reviewDue).toBe('2027-01-15');
    expect(c.review).toBe('scheduled');
    expect(documentControl(policy, '2027-01-01').review).toBe('due-soon');
    expect(documentControl(policy, '2027-02-01').review).toBe('overdue');
    expect(documentControl({ ...policy, reviewIntervalMonths: undefined }, '2027-02-01').review).toBe('none');
  });

  it('lists versions newest first', () => {
    expect(versionsNewestFirst(policy).map((v) => v.version)).toEqual(['1.2', '1.1', '1.0']);
  });

  it('reports no drift without a baseline, and the documents that moved or were left out since the latest one', () => {
    expect(baselineDrift([policy], [])).toBeUndefined();
    const other = build.documents({ id: 'doc-other', versions: [{ version: '2.0', status: 'approved', approvedOn: '2026-02-01' }] });
    const old = build.freezeBaselines({ id: 'fz-old', frozenOn: '2025-12-01', documents: [{ documentId: 'doc-policy', version: '1.0' }] });
    const latest = build.freezeBaselines({ id: 'fz-new', frozenOn: '2026-03-01', documents: [{ documentId: 'doc-policy', version: '1.1' }] });
    const atFreeze = baselineDrift([policy, other], [old, latest])!;
    expect(atFreeze.baseline.id).toBe('fz-new');
    expect(atFreeze.changed).toEqual([]);
    expect(atFreeze.notFrozen.map((d) => d.id)).toEqual(['doc-other']);
    const approvedLater = { ...policy, versions: [...policy.versions.slice(0, 2), { version: '1.2', status: 'approved' as const, approvedOn: '2026-04-01' }] };
    const drift = baselineDrift([approvedLater], [old, latest])!;
    expect(drift.changed.map((c) => [c.documentId, c.frozenVersion, c.currentVersion])).toEqual([['doc-policy', '1.1', '1.2']]);
  });
});
