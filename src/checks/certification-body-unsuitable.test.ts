// Table tests for certification-body-unsuitable: each disqualifying reason, the warnings that need review, the clean case.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './certification-body-unsuitable.ts';

const ukas = build.accreditationBodies({ id: 'ukas', acronym: 'UKAS', iafMlaSignatory: true, confirmed: true, iafMlaScope: { managementSystemCertification: true, checkedOn: '2026-09-01', source: 'IAF member list' } });
const acc = { standard: 'ISO/IEC 42001', accreditationBodyId: 'ukas', verifiedOn: '2026-09-01', verifiedWhere: 'UKAS directory' };
const body = (overrides: Parameters<typeof build.certificationBodies>[0] = {}) =>
  build.certificationBodies({ id: 'cb-1', name: 'Cert Co', status: 'selected', accreditations: [acc], sectorExperience: ['Financial services'], ...overrides });
const aims = (...bodies: ReturnType<typeof body>[]) => aimsOf({ accreditationBodies: [ukas], certificationBodies: bodies }, { sector: 'financial services' });

testCheck(check, {
  valid: [
    { name: 'a selected body with verified ISO/IEC 42001 accreditation by a confirmed IAF MLA signatory', aims: aims(body()) },
    { name: 'sector inexperience alone does not make a body unsuitable', aims: aims(body({ sectorExperience: ['Retail'] })) },
    {
      name: 'consultancy by a related body that ended more than two years before (2024-10-31, judged 2026-11-01)',
      aims: aims(body({ impartiality: { relatedConsultancy: [{ provider: 'Cert Co Advisory', relationship: 'same group', service: 'consultancy', endedOn: '2024-10-31' }] } })),
      now: '2026-11-01',
    },
    {
      name: 'a former consultant on the team after two years have passed',
      aims: aimsOf({
        accreditationBodies: [ukas], certificationBodies: [body()],
        proposals: [build.proposals({ id: 'prop-1', certificationBodyId: 'cb-1', leadAuditor: { name: 'Jo Bloggs', aiGovernanceExperience: 'ten audits' } })],
      }, { sector: 'financial services', managementSystemConsultants: [{ name: 'Jo Bloggs', endedOn: '2024-10-31' }] }),
      now: '2026-11-01',
    },
    { name: 'an unsuitable candidate not selected is not judged here', aims: aims(body({ status: 'candidate', accreditations: [] })), outcome: 'not-applicable' },
    { name: 'no body selected yet', aims: aimsOf(), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'accredited for ISO/IEC 27001 but not ISO/IEC 42001',
      aims: aims(body({ accreditations: [{ ...acc, standard: 'ISO/IEC 27001' }] })),
      reports: [{ message: 'is unsuitable: Cert Co holds no accreditation for ISO/IEC 42001 specifically (only ISO/IEC 27001).', severity: 'major', subjects: [{ register: 'certificationBodies', id: 'cb-1' }] }],
    },
    {
      name: 'accredited by a body that does not sign the IAF MLA',
      aims: aimsOf({ accreditationBodies: [build.accreditationBodies({ id: 'xab', acronym: 'XAB', iafMlaSignatory: false, confirmed: true })], certificationBodies: [body({ accreditations: [{ ...acc, accreditationBodyId: 'xab' }] })] }, { sector: 'financial services' }),
      reports: [{ message: 'XAB is not an IAF MLA signatory' }],
    },
    {
      name: 'consultancy to the organisation by the body, even five years before 2026-11-01: never allowed',
      aims: aims(body({ consultancyToOrganisationLastOn: '2021-06-01' })),
      now: '2026-11-01',
      reports: [{ message: 'is unsuitable: Cert Co (or its legal entity) gave the organisation management-system consultancy, last on 2021-06-01', severity: 'major' }],
    },
    {
      name: 'an accreditation body whose IAF MLA signature covers product certification only',
      aims: aimsOf({
        accreditationBodies: [build.accreditationBodies({ id: 'pab', acronym: 'PAB', iafMlaSignatory: true, confirmed: true, iafMlaScope: { managementSystemCertification: false, source: 'IAF member list' } })],
        certificationBodies: [body({ accreditations: [{ ...acc, accreditationBodyId: 'pab' }] })],
      }, { sector: 'financial services' }),
      reports: [{ message: "PAB's IAF MLA signature does not cover management-system certification (ISO/IEC 17021-1) (checked in IAF member list)", severity: 'major' }],
    },
    {
      name: 'consultancy by a related body that ended 2025-03-31 is a threat until 2027-03-31 (review on 2026-11-01)',
      aims: aims(body({ impartiality: { relatedConsultancy: [{ provider: 'Cert Co Advisory', relationship: 'same group', service: 'consultancy', endedOn: '2025-03-31' }] } })),
      now: '2026-11-01',
      reports: [{ outcome: 'needs-review', message: 'faces a threat to its impartiality: Cert Co Advisory (same group) gave the organisation management-system consultancy until 2025-03-31: an impartiality threat under ISO/IEC 17021-1 until 2027-03-31' }],
    },
    {
      name: 'internal audits by the body within two years are a threat to review',
      aims: aims(body({ impartiality: { internalAuditsLastOn: '2026-02-01' } })),
      now: '2026-11-01',
      reports: [{ outcome: 'needs-review', message: 'provided the organisation\'s internal audits, last on 2026-02-01: an impartiality threat under ISO/IEC 17021-1 until 2028-02-01' }],
    },
    {
      name: 'a former consultant named as lead auditor within two years: the team must change (minor)',
      aims: aimsOf({
        accreditationBodies: [ukas], certificationBodies: [body()],
        proposals: [build.proposals({ id: 'prop-1', certificationBodyId: 'cb-1', leadAuditor: { name: 'Jo Bloggs', aiGovernanceExperience: 'ten audits' } })],
      }, { sector: 'financial services', managementSystemConsultants: [{ name: 'Jo  Bloggs', firm: 'Advise Ltd', endedOn: '2025-09-30' }] }),
      now: '2026-11-01',
      reports: [{ severity: 'minor', message: 'must change: Jo  Bloggs (then at Advise Ltd) gave the organisation management-system consultancy until 2025-09-30 and is named in proposal prop-1 (lead auditor): under ISO/IEC 17021-1 they take no part in its audits until 2027-09-30.' }],
    },
    {
      name: 'signatory status unconfirmed and accreditation never verified: review, not a disqualification',
      aims: aimsOf({
        accreditationBodies: [build.accreditationBodies({ id: 'scc', acronym: 'SCC', iafMlaSignatory: true, confirmed: false })],
        certificationBodies: [body({ accreditations: [{ standard: 'ISO/IEC 42001', accreditationBodyId: 'scc' }] })],
      }, { sector: 'financial services' }),
      reports: [
        { outcome: 'needs-review', message: 'needs confirming: SCC is listed as an IAF MLA signatory but no public source confirmed it' },
        { outcome: 'needs-review', message: "No one has recorded what SCC's IAF MLA signature covers: signatures cover some schemes only" },
        { outcome: 'needs-review', message: 'was never verified in SCC' },
      ],
    },
  ],
});
