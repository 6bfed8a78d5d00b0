// Table tests for external-major-open: an open major from the body blocks the decision; past 6 months Stage 2 is repeated.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './external-major-open.ts';

const stage2 = build.externalAudits({ id: 'st2', kind: 'stage-2', actualStart: '2026-01-19', actualEnd: '2026-01-23', status: 'done' });
const surveillance = build.externalAudits({ id: 's1', kind: 'surveillance-1', actualStart: '2027-02-01', actualEnd: '2027-02-02', status: 'done' });
const nc = build.nonconformities({ id: 'nc-x', source: 'external-audit', classification: 'major' });
const major = build.externalFindings({
  id: 'maj-1', auditId: 'st2', classification: 'major', description: 'Impact assessments not performed', raisedOn: '2026-01-22', nonconformityId: 'nc-x', status: 'open',
});

testCheck(check, {
  valid: [
    {
      name: 'a Stage 2 major closed and verified',
      aims: aimsOf({ externalAudits: [stage2, surveillance], nonconformities: [nc], externalFindings: [{ ...major, status: 'closed', closedOn: '2026-03-01', verifiedInAuditId: 's1' }] }),
    },
    {
      name: 'open minors and observations do not block the decision',
      aims: aimsOf({ externalAudits: [stage2], externalFindings: [
        build.externalFindings({ auditId: 'st2', classification: 'minor' }), build.externalFindings({ auditId: 'st2', classification: 'observation' }),
      ] }),
    },
    { name: 'no finding from a certification body', aims: aimsOf(), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'an open Stage 2 major blocks the certification decision and says its limit',
      aims: aimsOf({ externalAudits: [stage2], nonconformities: [nc], externalFindings: [major] }),
      now: '2026-03-01',
      reports: [{
        message: 'raised at Stage 2 on 2026-01-22 is open: it blocks the certification decision. It must be verified closed by 2026-07-23',
        severity: 'major',
        subjects: [{ register: 'externalFindings', id: 'maj-1' }, { register: 'externalAudits', id: 'st2' }],
      }],
    },
    {
      name: 'a Stage 2 major still open six months after the last day of Stage 2 means Stage 2 is repeated',
      aims: aimsOf({ externalAudits: [stage2], nonconformities: [nc], externalFindings: [major] }),
      now: '2026-07-24',
      reports: [{ message: 'still open 1 day after its limit of 2026-07-23 (ISO/IEC 17021-1: 6 months after the last day of Stage 2 (2026-01-23)): Stage 2 must be repeated' }],
    },
    {
      name: 'an open major not tracked in the 10.2 register says so',
      aims: aimsOf({ externalAudits: [stage2], externalFindings: [{ ...major, nonconformityId: undefined }] }),
      now: '2026-03-01',
      reports: [{ message: 'It is not tracked in the 10.2 nonconformity register.' }],
    },
    {
      name: 'a surveillance major puts continued certification at risk',
      aims: aimsOf({ externalAudits: [surveillance], nonconformities: [nc], externalFindings: [{ ...major, auditId: 's1', raisedOn: '2027-02-02' }] }),
      now: '2027-03-01',
      reports: [{ message: 'it blocks continued certification (the body may suspend the certificate until it is closed)' }],
    },
  ],
});
