// Suitability of a certification body: each reason it is disqualified or needs confirming, and the clean case.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { assessSuitability, matchingSectors } from './suitability.ts';

const NOW = '2026-11-01';
const ukas = build.accreditationBodies({ id: 'ukas', acronym: 'UKAS', iafMlaSignatory: true, confirmed: true });
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
    expect(kinds(s)).toEqual(['warning:accreditation-body-unconfirmed']);
    expect(s.issues[0]!.message).toMatch(/IAF MLA MC 17/);
  });

  it('falls back to the built-in IAF MLA list when the register lacks the accreditation body', () => {
    const body = { ...good, accreditations: [{ ...verified, accreditationBodyId: 'dakks' }] };
    const s = assessSuitability(body, aimsOf({}, { sector: 'financial services' }), NOW);
    expect(s.verdict).toBe('suitable');
    expect(s.accreditation?.accreditationBody).toMatchObject({ acronym: 'DAkkS', from: 'reference', confirmed: true });
  });

  it('disqualifies a body that consulted for the organisation within two years, not one that did longer ago', () => {
    expect(kinds(assessSuitability({ ...good, consultancyToOrganisationLastOn: '2025-01-15' }, aims(), NOW))).toEqual(['disqualifying:recent-consultancy']);
    expect(kinds(assessSuitability({ ...good, consultancyToOrganisationLastOn: '2024-11-01' }, aims(), NOW))).toEqual(['disqualifying:recent-consultancy']);
    expect(assessSuitability({ ...good, consultancyToOrganisationLastOn: '2024-10-31' }, aims(), NOW).verdict).toBe('suitable');
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
