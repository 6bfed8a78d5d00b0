// Table tests for certification-body-unsuitable: each disqualifying reason, the warnings that need review, the clean case.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './certification-body-unsuitable.ts';

const ukas = build.accreditationBodies({ id: 'ukas', acronym: 'UKAS', iafMlaSignatory: true, confirmed: true });
const acc = { standard: 'ISO/IEC 42001', accreditationBodyId: 'ukas', verifiedOn: '2026-09-01', verifiedWhere: 'UKAS directory' };
const body = (overrides: Parameters<typeof build.certificationBodies>[0] = {}) =>
  build.certificationBodies({ id: 'cb-1', name: 'Cert Co', status: 'selected', accreditations: [acc], sectorExperience: ['Financial services'], ...overrides });
const aims = (...bodies: ReturnType<typeof body>[]) => aimsOf({ accreditationBodies: [ukas], certificationBodies: bodies }, { sector: 'financial services' });

testCheck(check, {
  valid: [
    { name: 'a selected body with verified ISO/IEC 42001 accreditation by a confirmed IAF MLA signatory', aims: aims(body()) },
    { name: 'sector inexperience alone does not make a body unsuitable', aims: aims(body({ sectorExperience: ['Retail'] })) },
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
      name: 'consultancy to the organisation within two years',
      aims: aims(body({ consultancyToOrganisationLastOn: '2025-06-01' })),
      reports: [{ message: 'consultancy on 2025-06-01, within 2 years: an impartiality (self-review) threat' }],
    },
    {
      name: 'signatory status unconfirmed and accreditation never verified: review, not a disqualification',
      aims: aimsOf({
        accreditationBodies: [build.accreditationBodies({ id: 'scc', acronym: 'SCC', iafMlaSignatory: true, confirmed: false })],
        certificationBodies: [body({ accreditations: [{ standard: 'ISO/IEC 42001', accreditationBodyId: 'scc' }] })],
      }, { sector: 'financial services' }),
      reports: [
        { outcome: 'needs-review', message: 'needs confirming: SCC is listed as an IAF MLA signatory but no public source confirmed it' },
        { outcome: 'needs-review', message: 'was never verified in SCC' },
      ],
    },
  ],
});
