import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../http/types.ts';
import { approvedAt, changesSince } from './soa-changes.ts';

const entry = (seq: number, at: string, action: HistoryEntry['action'], before: unknown, after: unknown): HistoryEntry => ({ seq, at, actor: 'user:u1', action, before, after, hash: 'h' });

describe('SoA changes since the approved version', () => {
  it('dates the approval by the audit-trail entry that set its approval date', () => {
    const history = [entry(1, '2026-05-01T10:00:00Z', 'create', null, { id: 'v1', version: '1.0' }), entry(2, '2026-05-03T09:00:00Z', 'update', { id: 'v1' }, { id: 'v1', approvedOn: '2026-05-03' })];
    expect(approvedAt(history)).toBe('2026-05-03T09:00:00Z');
    expect(approvedAt(history.slice(0, 1))).toBeUndefined();
  });

  it('lists the later changes of an entry with each changed field before and after, stored as JSON text or objects', () => {
    const history = [
      entry(1, '2026-05-01T10:00:00Z', 'create', null, { id: 'soa-A.5.2', controlId: 'A.5.2', applicable: true }),
      entry(2, '2026-06-01T10:00:00Z', 'update', JSON.stringify({ id: 'soa-A.5.2', controlId: 'A.5.2', applicable: true, implementationStatus: 'planned' }), JSON.stringify({ id: 'soa-A.5.2', controlId: 'A.5.2', applicable: false, implementationStatus: 'planned', justification: 'No AI impact assessment needed' })),
    ];
    expect(changesSince('soa-A.5.2', history, '2026-05-03T09:00:00Z')).toEqual([{
      entryId: 'soa-A.5.2', controlId: 'A.5.2', action: 'update', at: '2026-06-01T10:00:00Z', actor: 'user:u1',
      fields: [{ field: 'applicable', before: true, after: false }, { field: 'justification', before: undefined, after: 'No AI impact assessment needed' }],
    }]);
    expect(changesSince('soa-A.5.2', history, '2026-07-01T00:00:00Z')).toEqual([]);
  });
});
