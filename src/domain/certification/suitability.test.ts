// Suitability of a certification body: each reason it is disqualified or needs confirming, and the clean case.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { assessSuitability, matchingSectors } from './suitability.ts';

const NOW = '2026-11-01';
const ukas = build.accreditationBodies({ id: 'ukas', acronym: 'UKAS', iafMlaSignatory: true, confirmed: true, iafMlaScope: { managementSystemCertification: true, checkedOn: '2026-09-01', source: 'IAF member list' } });
const verified = { standard: 'ISO/IEC 42001:2023', accreditationBodyId: 'ukas', verifiedOn: '2026-09-01', verifiedWhere: 'UKAS directory' };
const good = build.certificationBodies({ id: 'cb-good', name: 'Good Cert', accreditations: [verified], sectorExperience: ['Banking and financial services'] });
const aims = (extra: Parameters<typeof aimsOf>[0] = {}) => aimsOf({ accreditationBodies: [ukas], ...extra }, { sector: 'financial services' });
const kinds = (s: ReturnType<typeof assessSuitability>) => s.issues.map((i) => `${i.level}:${i.kind}`);

describe('assessSuitability', () => {
  it('finds a verified ISO/IEC 42001 accreditation by a confirmed signatory, with sector experience, suitable', () => {
    const s = assessSuitability(good, aims(), NOW);
    expect(s.verdict).toBe('suitable');
    expect(s.issues).toEqual([]);
    expect(s.matchedSectors).toEqual(['Banking and financial services']);
    expect(s.accreditation?.accreditationBody).toMatchObject({ acronym: 'UKAS', from: 'register' });
  });

  it('disqualifies a body accredited for ISO/IEC 27001 only', () => {
    const body = { ...good, accreditations: [{ ...verified, standard: 'ISO/IEC 27001' }] };
    const s = assessSuitability(body, aims(), NOW);
    expect(s.verdict).toBe('unsuitable');
    expect(kinds(s)).toEqual(['disqualifying:no-iso42001-accreditation']);
    expect(s.issues[0]!.message).toContain('only ISO/IEC 27001');
  });

  it('disqualifies accreditation by a body that is not an IAF MLA signatory', () => {
    const local = build.accreditationBodies({ id: 'local', acronym: 'LAB', iafMlaSignatory: false, confirmed: true });
    const body = { ...good, accreditations: [{ ...verified, accreditationBodyId: 'local' }] };
    const s = assessSuitability(body, aims({ accreditationBodies: [ukas, local] }), NOW);
    expect(kinds(s)).toEqual(['disqualifying:accreditation-body-not-signatory']);
  });

  it('warns, without disqualifying, when signatory status is unconfirmed', () => {
    const scc = build.accreditationBodies({ id: 'scc', acronym: 'SCC', iafMlaSignatory: true, confirmed: false });
    const body = { ...good, accreditations: [{ ...verified, accreditationBodyId: 'scc' }] };
    const s = assessSuitability(body, aims({ accreditationBodies: [scc] }), NOW);
    expect(s.verdict).toBe('suitable-with-warnings');
    expect(kinds(s)).toEqual(['warning:accreditation-body-unconfirmed', 'warning:mla-scope-unrecorded']);
    expect(s.issues[0]!.message).toMatch(/IAF MLA MC 17/);
  });

  it('falls back to the built-in IAF MLA list when the register lacks the accreditation body, asking what its signature covers', () => {
    const body = { ...good, accreditations: [{ ...verified, accreditationBodyId: 'dakks' }] };
    const s = assessSuitability(body, aimsOf({}, { sector: 'financial services' }), NOW);
    expect(s.accreditation?.accreditationBody).toMatchObject({ acronym: 'DAkkS', from: 'reference', confirmed: true, mlaCoverage: 'unrecorded' });
    // The list says who signs the MLA, not for which schemes: that is for the user to look up.
    expect(kinds(s)).toEqual(['warning:mla-scope-unrecorded']);
    expect(s.verdict).toBe('suitable-with-warnings');
  });

  it('reads what the IAF MLA signature covers: management-system certification, ISO/IEC 42001 as a sub-scope, or neither', () => {
    const withScope = (iafMlaScope: NonNullable<Parameters<typeof build.accreditationBodies>[0]>['iafMlaScope']) =>
      assessSuitability(good, aims({ accreditationBodies: [{ ...ukas, iafMlaScope }] }), NOW);
    expect(withScope({ managementSystemCertification: true, subScopes: ['ISO 9001', 'ISO/IEC 42001'] }).accreditation?.accreditationBody?.mlaCoverage).toBe('iso42001-sub-scope');
    expect(withScope({ managementSystemCertification: true }).verdict).toBe('suitable');
    const product = withScope({ managementSystemCertification: false });
    expect(product.verdict).toBe('unsuitable');
    expect(kinds(product)).toEqual(['disqualifying:mla-scope-excludes-ms-certification']);
  });

  it('disqualifies a body that consulted for the organisation, however long ago (ISO/IEC 17021-1: a body never consults)', () => {
    expect(kinds(assessSuitability({ ...good, consultancyToOrganisationLastOn: '2025-01-15' }, aims(), NOW))).toEqual(['disqualifying:consultancy-by-body']);
    expect(kinds(assessSuitability({ ...good, consultancyToOrganisationLastOn: '2019-03-01' }, aims(), NOW))).toEqual(['disqualifying:consultancy-by-body']);
  });

  it('treats internal audits by the body as a threat for two years, and as disqualifying while it certified the organisation', () => {
    const audited = (on: string) => ({ ...good, impartiality: { internalAuditsLastOn: on } });
    expect(kinds(assessSuitability(audited('2024-11-01'), aims(), NOW))).toEqual(['threat:internal-audits-by-body']);
    expect(assessSuitability(audited('2024-10-31'), aims(), NOW).verdict).toBe('suitable');
    const certified = aims({ certificates: [build.certificates({ id: 'c1', certificationBodyId: 'cb-good', decisionOn: '2025-03-10', expiresOn: '2028-03-09' })] });
    const s = assessSuitability(audited('2025-09-01'), certified, NOW);
    expect(kinds(s)).toEqual(['disqualifying:internal-audits-by-body']);
    expect(s.verdict).toBe('unsuitable');
  });

  it('treats consultancy by a related body as a threat for two years after it ended, including consultancy still going on', () => {
    const related = (endedOn: string) => ({ ...good, impartiality: { relatedConsultancy: [{ provider: 'Good Advisory', relationship: 'sister company', service: 'consultancy' as const, endedOn }] } });
    expect(kinds(assessSuitability(related('2024-11-01'), aims(), NOW))).toEqual(['threat:related-body-consultancy']);
    expect(kinds(assessSuitability(related('2027-06-30'), aims(), NOW))).toEqual(['threat:related-body-consultancy']);
    expect(assessSuitability(related('2024-10-31'), aims(), NOW).issues).toEqual([]);
    expect(assessSuitability(related('2025-12-31'), aims(), NOW).verdict).toBe('suitable-with-warnings');
  });

  it('keeps a person who consulted for the organisation off its audits for two years, judged on each audit’s date', () => {
    const consultants = [{ name: 'Ada Lovelace', endedOn: '2025-01-31' }];
    const booked = (start: string) => build.externalAudits({ id: 'xa', kind: 'stage-2', certificationBodyId: 'cb-good', plannedStart: start, team: [{ name: 'ada lovelace', role: 'auditor' }], status: 'planned' });
    const at = (start: string) => assessSuitability(good, aimsOf({ accreditationBodies: [ukas], externalAudits: [booked(start)] }, { sector: 'financial services', managementSystemConsultants: consultants }), NOW);
    expect(kinds(at('2027-01-25'))).toEqual(['threat:consultant-on-audit-team']);
    expect(at('2027-01-25').issues[0]!.message).toContain('stage-2 audit xa (auditor)');
    // Booked after 2027-01-31, two years have passed by the audit.
    expect(at('2027-02-01').issues).toEqual([]);
  });

  it('warns when the accreditation was never verified in the accreditation body’s directory', () => {
    const { verifiedOn: _v, ...unverified } = verified;
    const s = assessSuitability({ ...good, accreditations: [unverified] }, aims(), NOW);
    expect(kinds(s)).toEqual(['warning:accreditation-unverified']);
  });

  it('warns when the body has no experience in the organisation’s sector', () => {
    const s = assessSuitability({ ...good, sectorExperience: ['Healthcare'] }, aims(), NOW);
    expect(s.sectorMatch).toBe(false);
    expect(kinds(s)).toEqual(['warning:no-sector-experience']);
  });

  it('prefers the best of several ISO/IEC 42001 accreditations', () => {
    const local = build.accreditationBodies({ id: 'local', acronym: 'LAB', iafMlaSignatory: false, confirmed: true });
    const body = { ...good, accreditations: [{ ...verified, accreditationBodyId: 'local' }, verified] };
    expect(assessSuitability(body, aims({ accreditationBodies: [ukas, local] }), NOW).verdict).toBe('suitable');
  });
});

describe('matchingSectors', () => {
  it('matches on shared words and spelling variants, not on generic words', () => {
    expect(matchingSectors('healthcare', ['Health care', 'Retail'])).toEqual(['Health care']);
    expect(matchingSectors('financial services', ['IT services'])).toEqual([]);
  });
});
