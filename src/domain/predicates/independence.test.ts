// isIndependentOf: an auditor is independent of an area unless they are audited, own it, or build or operate it.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { independenceConflicts, isIndependentOf } from './independence.ts';

const auditor = build.persons({ id: 'p-aud', name: 'Ada Auditor' });
const other = build.persons({ id: 'p-other' });
const area = (scopeRefs: string[], scopeAiSystemIds: string[] = [], auditeeIds?: string[]) => ({ scopeRefs, scopeAiSystemIds, auditeeIds });

describe('isIndependentOf', () => {
  it('holds for a person with no responsibilities at all', () => {
    const aims = aimsOf({ persons: [auditor] });
    expect(isIndependentOf(auditor, area(['6.1.3'], ['ais-x']), aims)).toBe(true);
    expect(isIndependentOf('nobody', area(['6.1.3']), aims)).toBe(true);
  });

  it('fails for the owner of an audited AI system, directly or through a role they hold', () => {
    const role = build.roles({ id: 'r-owner', holderIds: [auditor.id] });
    const direct = build.aiSystems({ id: 'ais-a', ownerId: auditor.id });
    const viaRole = build.aiSystems({ id: 'ais-b', ownerRoleId: role.id });
    const aims = aimsOf({ persons: [auditor], roles: [role], aiSystems: [direct, viaRole] });
    expect(independenceConflicts(auditor, area([], ['ais-a', 'ais-b']), aims)).toEqual([
      { kind: 'owns-ai-system', aiSystemId: 'ais-a' },
      { kind: 'owns-ai-system', aiSystemId: 'ais-b' },
    ]);
    expect(isIndependentOf(auditor, area([], ['ais-other']), aims)).toBe(true);
  });

  it('fails for the chair of a committee that owns an audited SoA control, including when the scope is its group', () => {
    const committee = build.roles({ id: 'r-board', kind: 'committee', holderIds: [other.id], accountableChairId: auditor.id });
    const entry = build.soaEntries({ id: 'soa-v', controlId: 'A.6.2.4', ownerRoleId: committee.id });
    const aims = aimsOf({ persons: [auditor, other], roles: [committee], soaEntries: [entry] });
    expect(independenceConflicts(auditor, area(['A.6.2.4']), aims)).toEqual([{ kind: 'owns-soa-control', soaEntryId: 'soa-v', controlId: 'A.6.2.4' }]);
    expect(isIndependentOf(auditor, area(['A.6']), aims)).toBe(false);
    expect(isIndependentOf(auditor, area(['A.6.2.5', '9.2']), aims)).toBe(true);
    expect(isIndependentOf(other, area(['A.6.2.4']), aims)).toBe(false);
  });

  it('2026-12-02: owning the SoA entry of an excluded control is no conflict: the control is not implemented', () => {
    const excluded = build.soaEntries({ id: 'soa-x', controlId: 'A.10.4', applicable: false, justification: 'No AI offered to other organisations.', ownerId: auditor.id });
    const applied = build.soaEntries({ id: 'soa-a', controlId: 'A.10.3', ownerId: auditor.id });
    const aims = aimsOf({ persons: [auditor], soaEntries: [excluded, applied] });
    expect(isIndependentOf(auditor, area(['A.10.4']), aims)).toBe(true);
    expect(independenceConflicts(auditor, area(['A.10']), aims)).toEqual([{ kind: 'owns-soa-control', soaEntryId: 'soa-a', controlId: 'A.10.3' }]);
  });

  it('fails for the owner of a document required by an audited clause', () => {
    const doc = build.documents({ id: 'doc-risk', ownerId: auditor.id, requiredBy: ['6.1.2', '8.2'] });
    const aims = aimsOf({ persons: [auditor], documents: [doc] });
    expect(independenceConflicts(auditor, area(['8']), aims)).toEqual([{ kind: 'owns-document', documentId: 'doc-risk', refs: ['8.2'] }]);
    expect(isIndependentOf(auditor, area(['9.2', 'A.6.2.4']), aims)).toBe(true);
  });

  it('fails for the AIMS implementer whose role builds the audited clauses, and a broad area covers narrow scope', () => {
    const implementer = build.roles({ id: 'r-aims', holderIds: [auditor.id], areaRefs: ['4', '5', '6', '7', '8', '9', '10'] });
    const aims = aimsOf({ persons: [auditor], roles: [implementer] });
    expect(independenceConflicts(auditor, area(['6.1.3', '7.2']), aims)).toEqual([{ kind: 'holds-role', roleId: 'r-aims', refs: ['6', '7'] }]);
    expect(isIndependentOf(auditor, area(['A.2.2']), aims)).toBe(true);
  });

  it('fails for an auditor who is also an auditee of the same audit', () => {
    const aims = aimsOf({ persons: [auditor] });
    expect(independenceConflicts(auditor, area(['9.3'], [], [auditor.id]), aims)).toEqual([{ kind: 'auditee' }]);
    expect(isIndependentOf(auditor, area(['9.3'], [], [other.id]), aims)).toBe(true);
  });

  it('does not confuse 6.1 with 6.10 or A.6.2 with A.6.21', () => {
    const role = build.roles({ id: 'r-x', holderIds: [auditor.id], areaRefs: ['6.10', 'A.6.21'] });
    const aims = aimsOf({ persons: [auditor], roles: [role] });
    expect(isIndependentOf(auditor, area(['6.1', 'A.6.2']), aims)).toBe(true);
  });
});
