// Table tests for certification-timeline-at-risk, pinned to the dates of a cycle decided on 2026-03-10.
import { aimsOf, build } from '../../test/factories.ts';
import { describe, expect, it } from 'vitest';
import { testCheck } from './check-tester.ts';
import { runCheck } from './engine.ts';
import check from './certification-timeline-at-risk.ts';

const cert = build.certificates({ id: 'cert-1', decisionOn: '2026-03-10', expiresOn: '2029-03-09' });
const audit = (id: string, kind: 'surveillance-1' | 'surveillance-2' | 'recertification', start: string, status: 'planned' | 'done' = 'planned') =>
  build.externalAudits({ id, kind, plannedStart: start, ...(status === 'done' ? { actualStart: start, actualEnd: start } : {}), status });
const s1 = audit('s1', 'surveillance-1', '2027-02-08', 'done');
const s2 = audit('s2', 'surveillance-2', '2028-02-07', 'done');
const stage2 = build.externalAudits({ id: 'st2', kind: 'stage-2', actualStart: '2026-01-19', actualEnd: '2026-01-23', status: 'done' });
const major = build.externalFindings({ id: 'maj', auditId: 'st2', classification: 'major', description: 'No impact assessments', raisedOn: '2026-01-22', status: 'open' });

testCheck(check, {
  valid: [
    { name: 'on 2027-03-10 the first surveillance, booked, is not yet overdue', aims: aimsOf({ certificates: [cert], externalAudits: [audit('s1', 'surveillance-1', '2027-03-08')] }), now: '2027-03-10' },
    { name: 'an unbooked first surveillance 91 days before its deadline is not yet at risk', aims: aimsOf({ certificates: [cert] }), now: '2026-12-09' },
    {
      name: 'surveillances held and the recertification audit inside the 2–4 month window',
      aims: aimsOf({ certificates: [cert], externalAudits: [s1, s2, audit('re', 'recertification', '2028-12-04')] }),
      now: '2028-10-01',
    },
    {
      name: 'a Stage 2 major with more than 30 days to its limit',
      aims: aimsOf({ externalAudits: [stage2], externalFindings: [major] }),
      now: '2026-06-22',
    },
    { name: 'no certificate and no open major', aims: aimsOf(), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'the first surveillance overdue after 2027-03-10',
      aims: aimsOf({ certificates: [cert] }),
      now: '2027-03-11',
      reports: [{ message: 'The first surveillance audit was due by 2027-03-10 (within 12 months of the certification decision) and has not been held.', severity: 'major' }],
    },
    {
      name: 'the second surveillance planned after the end of the next calendar year',
      aims: aimsOf({ certificates: [cert], externalAudits: [s1, audit('s2', 'surveillance-2', '2029-01-15')] }),
      now: '2028-06-01',
      reports: [{ message: 'The second surveillance audit is planned for 2029-01-15, after its due date 2028-12-31', severity: 'minor', subjects: [{ register: 'externalAudits', id: 's2' }] }],
    },
    {
      name: 'a recertification planned after expiry',
      aims: aimsOf({ certificates: [cert], externalAudits: [s1, s2, audit('re', 'recertification', '2029-04-01')] }),
      now: '2028-06-01',
      reports: [{ message: 'scheduled for 2029-04-01, after the certificate expires on 2029-03-09', severity: 'major' }],
    },
    {
      name: 'a recertification less than two months before expiry, its decision still in time',
      aims: aimsOf({ certificates: [cert], externalAudits: [s1, s2, audit('re', 'recertification', '2029-01-15')] }),
      now: '2028-06-01',
      reports: [{ message: 'less than 2 months before the certificate expires on 2029-03-09', severity: 'minor' }],
    },
    {
      name: 'a recertification audit before expiry whose end plus 6 weeks of decision time passes it (2029-02-01 → 2029-03-15)',
      aims: aimsOf({ certificates: [cert], externalAudits: [s1, s2, audit('re', 'recertification', '2029-02-01')] }),
      now: '2028-06-01',
      reports: [{ message: 'the decision would come after the certificate expires on 2029-03-09: certification lapses on 2029-03-10.', severity: 'major', subjects: [{ register: 'externalAudits', id: 're' }] }],
    },
    {
      name: 'the first surveillance unbooked 90 days before its deadline is at risk now, not after it',
      aims: aimsOf({ certificates: [cert] }),
      now: '2026-12-10',
      reports: [{ message: 'The first surveillance audit is due by 2027-03-10 (within 12 months of the certification decision), 90 days from now, and is not booked.', severity: 'minor', subjects: [{ register: 'certificates', id: 'cert-1' }] }],
    },
    {
      name: 'a second surveillance unbooked with its calendar-year deadline weeks away (2028-11-15 for 2028-12-31)',
      aims: aimsOf({ certificates: [cert], externalAudits: [s1, audit('re', 'recertification', '2028-12-04')] }),
      now: '2028-11-15',
      reports: [{ message: 'The second surveillance audit is due by 2028-12-31 (surveillance at least once per calendar year), 46 days from now, and is not booked.', severity: 'minor' }],
    },
    {
      name: 'no recertification scheduled six months before expiry',
      aims: aimsOf({ certificates: [cert], externalAudits: [s1, s2] }),
      now: '2028-10-01',
      reports: [{ message: 'no recertification audit is scheduled; bodies hold it between 2028-11-09 and 2029-01-09' }],
    },
    {
      name: 'a certificate past expiry still marked valid, with the 6-month restoration limit (ISO/IEC 17021-1) in the fix',
      aims: aimsOf({ certificates: [cert], externalAudits: [s1, s2] }),
      now: '2029-03-10',
      reports: [{ message: 'The certificate expired on 2029-03-09 with no recertification decision recorded', severity: 'major' }],
    },
    {
      name: 'a Stage 2 major whose 6-month limit is within 30 days',
      aims: aimsOf({ externalAudits: [stage2], externalFindings: [major] }),
      now: '2026-07-01',
      reports: [{ message: 'must be verified closed by 2026-07-23, 22 days from now', subjects: [{ register: 'externalFindings', id: 'maj' }] }],
    },
  ],
});

describe('certification-timeline-at-risk fixes', () => {
  it('gives a lapsed certificate the last day it can be restored (expiry + 6 months, ISO/IEC 17021-1)', () => {
    const [r] = runCheck(check, aimsOf({ certificates: [cert], externalAudits: [s1, s2] }), { now: '2029-03-10' }).filter((x) => x.outcome === 'finding');
    expect(r?.fix).toContain('by 2029-09-09 (ISO/IEC 17021-1 allows restoring an expired certificate within 6 months of expiry');
  });
});
