// Table tests for documents-changed-after-freeze: versions approved after the baseline, or in force other than frozen.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './documents-changed-after-freeze.ts';

const v = (version: string, on: string, status: 'approved' | 'superseded' = 'approved') => ({ version, status, approvedOn: on, effectiveOn: on });
const policy = build.documents({ id: 'doc-policy', title: 'AI policy', versions: [v('1.0', '2026-01-10', 'superseded'), v('1.1', '2026-05-01')] });
const stage1 = build.externalAudits({ id: 'st1', kind: 'stage-1', plannedStart: '2026-06-20', plannedEnd: '2026-06-21', status: 'planned' });
const baseline = build.freezeBaselines({ id: 'fz-1', frozenOn: '2026-06-01', forAuditId: 'st1', documents: [{ documentId: 'doc-policy', version: '1.1' }] });

testCheck(check, {
  valid: [
    { name: 'documents at their frozen versions', aims: aimsOf({ documents: [policy], externalAudits: [stage1], freezeBaselines: [baseline] }) },
    {
      name: 'a newer baseline that includes the change',
      aims: aimsOf({
        documents: [{ ...policy, versions: [...policy.versions, v('1.2', '2026-06-10')] }], externalAudits: [stage1],
        freezeBaselines: [baseline, { ...baseline, id: 'fz-2', frozenOn: '2026-06-12', documents: [{ documentId: 'doc-policy', version: '1.2' }] }],
      }),
    },
    {
      name: 'changes after the audit the freeze was for is over',
      aims: aimsOf({
        documents: [{ ...policy, versions: [...policy.versions, v('1.2', '2026-07-10')] }],
        externalAudits: [{ ...stage1, status: 'done', actualStart: '2026-06-20', actualEnd: '2026-06-21' }], freezeBaselines: [baseline],
      }),
      now: '2026-07-15',
      outcome: 'not-applicable',
    },
    { name: 'no freeze baseline', aims: aimsOf({ documents: [policy] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'a version approved after the freeze',
      aims: aimsOf({ documents: [{ ...policy, versions: [...policy.versions, v('1.2', '2026-06-10')] }], externalAudits: [stage1], freezeBaselines: [baseline] }),
      now: '2026-06-15',
      reports: [{
        message: 'Document "AI policy" (doc-policy) changed after the freeze of 2026-06-01 for stage-1 st1: version 1.2 (2026-06-10) approved or effective after the freeze of 2026-06-01; current approved version 1.2 is not the frozen 1.1.',
        severity: 'observation', outcome: 'needs-review',
        subjects: [{ register: 'documents', id: 'doc-policy' }, { register: 'freezeBaselines', id: 'fz-1' }],
      }],
    },
    {
      name: 'a current approved version other than the frozen one',
      aims: aimsOf({ documents: [{ ...policy, versions: [v('1.0', '2026-01-10'), v('1.1', '2026-05-01', 'superseded')] }], freezeBaselines: [{ ...baseline, forAuditId: undefined }] }),
      reports: [{ message: 'current approved version 1.0 is not the frozen 1.1', outcome: 'needs-review' }],
    },
    {
      name: 'a document not in the baseline approved after it',
      aims: aimsOf({ documents: [policy, build.documents({ id: 'doc-new', title: 'New procedure', versions: [v('1.0', '2026-06-05')] })], freezeBaselines: [baseline], externalAudits: [stage1] }),
      now: '2026-06-10',
      reports: [{ message: 'Document "New procedure" (doc-new) changed after the freeze', outcome: 'needs-review' }],
    },
    {
      name: 'issue 9 (2026-12-02): a change after the freeze is a readiness hint, never a finding (the freeze is not a 7.5.3 requirement)',
      aims: aimsOf({ documents: [{ ...policy, versions: [...policy.versions, v('1.2', '2026-11-20')] }], externalAudits: [{ ...stage1, plannedStart: '2026-12-10', plannedEnd: '2026-12-11' }], freezeBaselines: [{ ...baseline, frozenOn: '2026-11-15' }] }),
      now: '2026-12-02',
      reports: [{ outcome: 'needs-review', message: 'Readiness hint: the audit team will read the version in force' }],
    },
  ],
});
