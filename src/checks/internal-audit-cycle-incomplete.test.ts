// internal-audit-cycle-incomplete: programme and completed audit present, coverage through parents, ended and running periods.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './internal-audit-cycle-incomplete.ts';

const programme = (overrides: Parameters<typeof build.internalAuditProgrammes>[0] = {}) =>
  build.internalAuditProgrammes({ id: 'iap-26', title: 'Programme 2026', periodStart: '2026-01-01', periodEnd: '2026-12-31', plannedCoverage: ['9.2.2', 'A.6.2.4', '7.3'], ...overrides });
const audit = (scopeRefs: string[], overrides: Parameters<typeof build.internalAudits>[0] = {}) =>
  build.internalAudits({ programmeId: 'iap-26', status: 'completed', completedOn: '2026-05-01', scopeRefs, ...overrides });

testCheck(check, {
  valid: [
    {
      name: 'every planned clause and control audited, directly or through a parent',
      aims: aimsOf({ internalAuditProgrammes: [programme()], internalAudits: [audit(['9']), audit(['A.6', '7.3'])] }),
    },
    {
      name: 'a running programme with the rest scheduled',
      aims: aimsOf({
        internalAuditProgrammes: [programme()],
        internalAudits: [audit(['9.2']), audit(['A.6.2.4', '7.3'], { status: 'planned', completedOn: undefined, plannedOn: '2026-11-20' })],
      }),
    },
    {
      name: 'an unlinked audit completed inside the period counts for the programme',
      now: '2027-01-15',
      aims: aimsOf({
        internalAuditProgrammes: [programme(), programme({ id: 'iap-27', title: 'Programme 2027', periodStart: '2027-01-01', periodEnd: '2027-12-31' })],
        internalAudits: [audit(['9.2.2', 'A.6.2.4'], { programmeId: undefined, completedOn: '2026-12-31' }), audit(['7.3'])],
      }),
    },
    {
      name: 'an unlinked completed audit without a completion date is dated by its report',
      now: '2027-01-15',
      aims: aimsOf({
        internalAuditProgrammes: [programme(), programme({ id: 'iap-27', title: 'Programme 2027', periodStart: '2027-01-01', periodEnd: '2027-12-31' })],
        internalAudits: [audit(['9.2.2', 'A.6.2.4', '7.3'], { programmeId: undefined, completedOn: undefined, reportIssuedOn: '2026-06-15' })],
      }),
    },
    {
      name: 'a parent planned and all its children audited',
      aims: aimsOf({ internalAuditProgrammes: [programme({ plannedCoverage: ['9.2'] })], internalAudits: [audit(['9.2.1']), audit(['9.2.2'])] }),
    },
    {
      name: 'a running programme with gaps and no Stage 2 planned still has time',
      aims: aimsOf({ internalAuditProgrammes: [programme()], internalAudits: [audit(['9.2'])] }),
    },
    {
      name: 'a programme that has not started yet is not judged',
      aims: aimsOf({
        internalAuditProgrammes: [programme(), programme({ id: 'iap-27', periodStart: '2027-01-01', periodEnd: '2027-12-31', plannedCoverage: ['10.2'] })],
        internalAudits: [audit(['9', 'A.6.2.4', '7.3'])],
      }),
    },
  ],
  invalid: [
    {
      name: '2026-12-02: nothing at all, no programme and no audit: one major, internal audit not established',
      aims: aimsOf(),
      reports: [
        { message: 'There is no internal audit programme and no internal audit has been completed or planned', severity: 'major', basis: 'absent', subjects: [{ register: 'organisation', id: 'org-test' }] },
      ],
    },
    {
      name: 'audits without a programme',
      aims: aimsOf({ internalAudits: [audit(['9.2'], { programmeId: undefined })] }),
      reports: [{ message: '(1 internal audit is recorded, but not as part of a programme)' }],
    },
    {
      name: 'a programme whose first audit is only planned',
      aims: aimsOf({
        internalAuditProgrammes: [programme()],
        internalAudits: [audit(['9', 'A.6', '7.3'], { id: 'audit-p', title: 'First audit', status: 'planned', completedOn: undefined, plannedOn: '2026-11-15' })],
      }),
      reports: [{ message: 'No internal audit has been completed (the next, "First audit", is planned for 2026-11-15)', severity: 'minor' }],
    },
    {
      name: 'a completion dated after now does not count yet',
      aims: aimsOf({ internalAuditProgrammes: [programme()], internalAudits: [audit(['9', 'A.6', '7.3'], { completedOn: '2026-11-02' })] }),
      reports: [{ message: 'No internal audit has been completed and none is planned' }],
    },
    {
      name: 'Stage 2 planned before the running programme has audited everything',
      aims: aimsOf({
        internalAuditProgrammes: [programme()],
        externalAudits: [build.externalAudits({ id: 'xa-s2', kind: 'stage-2', status: 'planned', plannedStart: '2026-12-01' })],
        internalAudits: [
          audit(['9.2']),
          audit(['7.3'], { status: 'planned', completedOn: undefined, plannedOn: '2026-11-20' }),
          audit(['A.6.2.4'], { status: 'planned', completedOn: undefined, plannedOn: '2026-12-01' }),
        ],
      }),
      reports: [{
        message: 'Stage 2 is planned for 2026-12-01, but internal audit programme "Programme 2026" (iap-26) has 1 of its 3 planned clauses and controls neither audited yet nor scheduled before it: A.6.2.4',
        severity: 'minor',
        subjects: [{ register: 'internalAuditProgrammes', id: 'iap-26' }, { register: 'externalAudits', id: 'xa-s2' }],
      }],
    },
    {
      name: 'an ended programme with two of three planned areas unaudited, the day after its period ends: systemic, major',
      now: '2027-01-01',
      aims: aimsOf({
        internalAuditProgrammes: [programme(), programme({ id: 'iap-27', periodStart: '2027-01-01', periodEnd: '2027-12-31', plannedCoverage: ['10.2'] })],
        internalAudits: [audit(['9.2.1', '7.3'])],
      }),
      reports: [{
        message: 'Internal audit programme "Programme 2026" (iap-26) ended on 2026-12-31 with 2 of 3 planned clauses and controls unaudited: 9.2.2 and A.6.2.4',
        severity: 'major', basis: 'systemic',
        subjects: [{ register: 'internalAuditProgrammes', id: 'iap-26' }],
      }],
    },
    {
      name: 'an ended programme with one of three planned areas unaudited: isolated, minor',
      now: '2027-01-01',
      aims: aimsOf({
        internalAuditProgrammes: [programme(), programme({ id: 'iap-27', periodStart: '2027-01-01', periodEnd: '2027-12-31', plannedCoverage: ['10.2'] })],
        internalAudits: [audit(['9.2.1', '9.2.2', '7.3'])],
      }),
      reports: [{ message: 'with 1 of 3 planned clauses and controls unaudited: A.6.2.4', severity: 'minor', basis: 'isolated' }],
    },
    {
      name: 'an ended programme that audited nothing it planned, and no programme since',
      now: '2027-02-01',
      aims: aimsOf({ internalAuditProgrammes: [programme()], internalAudits: [audit(['5.2'])] }),
      reports: [
        { message: 'No internal audit programme covers 2027-02-01: the latest, "Programme 2026" (iap-26), ended on 2026-12-31', severity: 'minor' },
        { message: 'with 3 of 3 planned clauses and controls unaudited', severity: 'major' },
      ],
    },
    {
      name: '2026-12-02: the programme ended, no audit completed for more than a year and none scheduled: internal audit stopped, major',
      now: '2028-02-01',
      aims: aimsOf({ internalAuditProgrammes: [programme()], internalAudits: [audit(['9.2.1', '9.2.2', '7.3', 'A.6.2.4'])] }),
      reports: [{ message: 'Internal audit has stopped: the latest programme, "Programme 2026" (iap-26), ended on 2026-12-31, no internal audit has been completed since', severity: 'major', basis: 'broken down' }],
    },
    {
      name: 'audits linked to another programme do not count',
      now: '2027-01-10',
      aims: aimsOf({
        internalAuditProgrammes: [programme(), programme({ id: 'iap-x', title: 'Supplier audits', periodStart: '2026-06-01', periodEnd: '2027-05-31', plannedCoverage: ['A.10.3'] })],
        internalAudits: [audit(['9.2.2', 'A.6.2.4', '7.3', 'A.10.3'], { programmeId: 'iap-x' })],
      }),
      reports: [{ message: '"Programme 2026" (iap-26) ended on 2026-12-31 with 3 of 3 planned', severity: 'major', subjects: [{ register: 'internalAuditProgrammes', id: 'iap-26' }] }],
    },
    {
      name: 'a programme that plans nothing',
      aims: aimsOf({ internalAuditProgrammes: [programme({ plannedCoverage: [] })], internalAudits: [audit(['9.2'])] }),
      reports: [{ message: 'does not say which clauses and controls it will audit', severity: 'minor' }],
    },
  ],
});
