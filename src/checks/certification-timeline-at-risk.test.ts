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
// Bookings dated in 2027: Monday 2027-04-26 to Friday 2027-04-30, and Monday 2027-05-03, a bank holiday in Great Britain.
const lead = { name: 'L. Auditor', role: 'lead-auditor' as const };
const booked = (end: string, days: number, team: { name: string; role: 'lead-auditor' | 'auditor' | 'technical-assessor' | 'observer' }[] | undefined, start = '2027-04-26') =>
  build.externalAudits({ id: 'st2b', kind: 'stage-2', plannedStart: start, plannedEnd: end, days, ...(team ? { team } : {}), status: 'planned' });
const british = [build.sites({ id: 'hq', name: 'London', country: 'GB', central: true })];
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
    {
      name: 'a Stage 2 of 10 auditor-days booked Monday to Friday with two auditors (5 working days needed)',
      aims: aimsOf({ externalAudits: [booked('2027-04-30', 10, [lead, { name: 'A. Auditor', role: 'auditor' }])] }), now: '2027-03-01',
    },
    {
      name: 'a Stage 2 from Monday 2027-05-03 to Wednesday with its only site in France, where those are working days (Ascension is on the Thursday)',
      aims: aimsOf({ externalAudits: [booked('2027-05-05', 3, [lead], '2027-05-03')], sites: [build.sites({ id: 'fr', country: 'France', central: true })] }), now: '2027-03-01',
    },
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
      reports: [{ message: 'no recertification audit is scheduled; bodies usually hold it between 2028-11-09 and 2029-01-09 (typical practice).' }],
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
      reports: [{ message: 'must be verified closed by 2026-07-23, 22 days from now (ISO/IEC 17021-1: within 6 months of the last day of Stage 2)', subjects: [{ register: 'externalFindings', id: 'maj' }] }],
    },
    {
      name: 'a Stage 2 of 10 auditor-days with two auditors booked on four working days (2027-04-26 to 2027-04-29)',
      aims: aimsOf({ externalAudits: [booked('2027-04-29', 10, [lead, { name: 'A. Auditor', role: 'auditor' }])] }), now: '2027-03-01',
      reports: [{
        message: 'The Stage 2 audit from 2027-04-26 is booked on 4 working day(s), but its 10 auditor-days need 5 with 2 auditor(s) counted in its team',
        severity: 'minor', subjects: [{ register: 'externalAudits', id: 'st2b' }],
      }],
    },
    {
      name: 'a technical assessor and an observer add no audit days: 4 auditor-days with one lead auditor need 4 working days, not 2',
      aims: aimsOf({ externalAudits: [booked('2027-04-27', 4, [lead, { name: 'T. Expert', role: 'technical-assessor' }, { name: 'O. Bserver', role: 'observer' }])] }), now: '2027-03-01',
      reports: [{ message: 'booked on 2 working day(s), but its 4 auditor-days need 4 with 1 auditor(s) counted in its team', severity: 'minor' }],
    },
    {
      name: 'no team recorded: one auditor is assumed and the fix asks for the team',
      aims: aimsOf({ externalAudits: [booked('2027-04-27', 3, undefined)] }), now: '2027-03-01',
      reports: [{ message: 'need 3 with one auditor assumed, as no team is recorded' }],
    },
    {
      name: 'a booking over a weekend counts working days only: Thursday 2027-04-29 to Monday 2027-05-03 is 3 working days (no site country)',
      aims: aimsOf({ externalAudits: [booked('2027-05-03', 4, [lead], '2027-04-29')] }), now: '2027-03-01',
      reports: [{ message: 'booked on 3 working day(s), but its 4 auditor-days need 4' }],
    },
    {
      name: 'a Stage 2 booked over the Early May bank holiday (2027-05-03) of a site in Great Britain: too short, and on a holiday',
      aims: aimsOf({ externalAudits: [booked('2027-05-07', 5, [lead], '2027-05-03')], sites: british }), now: '2027-03-01',
      reports: [
        { message: 'booked on 4 working day(s), but its 5 auditor-days need 5', severity: 'minor' },
        { message: 'The Stage 2 audit from 2027-05-03 is booked over public holidays of the sites’ countries: 2027-05-03 GB: Early May bank holiday.', severity: 'minor' },
      ],
    },
  ],
});

describe('certification-timeline-at-risk fixes', () => {
  it('asks for the team when a booking names none', () => {
    const st2 = build.externalAudits({ id: 'st2b', kind: 'stage-2', plannedStart: '2027-04-26', plannedEnd: '2027-04-27', days: 3, status: 'planned' });
    const [r] = runCheck(check, aimsOf({ externalAudits: [st2] }), { now: '2027-03-01' }).filter((x) => x.outcome === 'finding');
    expect(r?.fix).toContain('book the Stage 2 audit on at least 3 working days, or ask the body for a larger audit team and record the team it names.');
  });

  it('gives a lapsed certificate the last day it can be restored (expiry + 6 months, ISO/IEC 17021-1)', () => {
    const [r] = runCheck(check, aimsOf({ certificates: [cert], externalAudits: [s1, s2] }), { now: '2029-03-10' }).filter((x) => x.outcome === 'finding');
    expect(r?.fix).toContain('by 2029-09-09 (ISO/IEC 17021-1 allows restoring an expired certificate within 6 months of expiry');
  });
});
