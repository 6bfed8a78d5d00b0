// Whether a certification body can certify the organisation's AIMS: ISO/IEC 42001 accreditation by an IAF MLA
// signatory whose signature covers management-system certification, impartiality as ISO/IEC 17021-1 has it (the body
// never consults; related consultancy, its consultants and internal audits are threats), a verified accreditation, and
// sector experience.
import { addYears, isBefore, type IsoDateString } from '../dates.ts';
import { indexSnapshot, type Accreditation, type AccreditationBody, type AimsSnapshot, type CertificationBody } from '../model/index.ts';
import { CONSULTANCY_COOLING_OFF_YEARS } from './cycle-rules.ts';
import { findIafMlaEntry, iafMlaSourceText } from './iaf-mla.ts';

export type SuitabilityIssueKind =
  | 'no-iso42001-accreditation'
  | 'accreditation-body-not-signatory'
  | 'accreditation-body-unconfirmed'
  | 'accreditation-body-unknown'
  | 'mla-scope-excludes-ms-certification'
  | 'mla-scope-unrecorded'
  | 'consultancy-by-body'
  | 'internal-audits-by-body'
  | 'related-body-consultancy'
  | 'consultant-on-audit-team'
  | 'accreditation-unverified'
  | 'no-sector-experience';

export interface SuitabilityIssue {
  readonly kind: SuitabilityIssueKind;
  /**
   * A disqualifying issue makes the body unsuitable; a threat to impartiality is one the body must show it has
   * removed or reduced to acceptable (ISO/IEC 17021-1), or, for a person, resolve by changing the audit team; a
   * warning asks the user to confirm something.
   */
  readonly level: 'disqualifying' | 'threat' | 'warning';
  readonly message: string;
}

export interface AccreditationBodyStatus {
  readonly id: string;
  readonly acronym: string;
  readonly iafMlaSignatory: boolean;
  readonly confirmed: boolean;
  readonly source?: string;
  /** `register` when the organisation's own accreditationBodies register holds it, `reference` for the built-in list. */
  readonly from: 'register' | 'reference';
  /** What its IAF MLA signature covers, when recorded. */
  readonly iafMlaScope?: AccreditationBody['iafMlaScope'];
  /**
   * `iso42001-sub-scope`: ISO/IEC 42001 is among its MLA sub-scopes; `ms-certification`: the main scope of
   * management-system certification (ISO/IEC 17021-1) only; `not-ms-certification`: the signature covers other
   * activities only; `unrecorded`: nobody has recorded what it covers.
   */
  readonly mlaCoverage: 'iso42001-sub-scope' | 'ms-certification' | 'not-ms-certification' | 'unrecorded';
}

export interface Suitability {
  readonly bodyId: string;
  readonly bodyName: string;
  readonly verdict: 'suitable' | 'suitable-with-warnings' | 'unsuitable';
  /** The ISO/IEC 42001 accreditation the verdict rests on, when there is one. */
  readonly accreditation?: Accreditation & { readonly accreditationBody?: AccreditationBodyStatus };
  readonly sectorMatch: boolean;
  readonly matchedSectors: readonly string[];
  readonly issues: readonly SuitabilityIssue[];
}

/** True for ISO/IEC 42001 in any usual spelling (ISO 42001, ISO/IEC 42001:2023). */
export const isIso42001 = (standard: string): boolean => /\b42001\b/.test(standard);

function coverageOf(scope: AccreditationBody['iafMlaScope']): AccreditationBodyStatus['mlaCoverage'] {
  if (!scope) return 'unrecorded';
  if (!scope.managementSystemCertification) return 'not-ms-certification';
  return (scope.subScopes ?? []).some(isIso42001) ? 'iso42001-sub-scope' : 'ms-certification';
}

function accreditationBodyOf(id: string, aims: AimsSnapshot): AccreditationBodyStatus | undefined {
  const record = indexSnapshot(aims).accreditationBodies.get(id);
  if (record) {
    return {
      id, acronym: record.acronym, iafMlaSignatory: record.iafMlaSignatory, confirmed: record.confirmed,
      ...(record.source ? { source: record.source } : {}), from: 'register',
      ...(record.iafMlaScope ? { iafMlaScope: record.iafMlaScope } : {}), mlaCoverage: coverageOf(record.iafMlaScope),
    };
  }
  const entry = findIafMlaEntry(id);
  if (!entry) return undefined;
  // The reference list says who signs, not for what: the scope is for the user to look up and record.
  return { id, acronym: entry.acronym, iafMlaSignatory: true, confirmed: entry.confirmed, source: iafMlaSourceText(entry), from: 'reference', mlaCoverage: 'unrecorded' };
}

/** The IAF MLA is signed scope by scope: a signature recognises certificates only for the schemes it covers. */
function mlaScopeIssues(ab: AccreditationBodyStatus): SuitabilityIssue[] {
  if (!ab.iafMlaSignatory) return [];
  if (ab.mlaCoverage === 'not-ms-certification') {
    return [{
      kind: 'mla-scope-excludes-ms-certification', level: 'disqualifying',
      message: `${ab.acronym}'s IAF MLA signature does not cover management-system certification (ISO/IEC 17021-1)${ab.iafMlaScope?.source ? ` (checked in ${ab.iafMlaScope.source})` : ''}: an AIMS certificate under its accreditation is not recognised through the MLA.`,
    }];
  }
  if (ab.mlaCoverage === 'unrecorded') {
    return [{
      kind: 'mla-scope-unrecorded', level: 'warning',
      message: `No one has recorded what ${ab.acronym}'s IAF MLA signature covers: signatures cover some schemes only, so confirm on the IAF member list that it includes management-system certification (ISO/IEC 17021-1).`,
    }];
  }
  return [];
}

function accreditationIssues(acc: Accreditation, ab: AccreditationBodyStatus | undefined): SuitabilityIssue[] {
  const issues: SuitabilityIssue[] = [];
  if (!ab) {
    issues.push({
      kind: 'accreditation-body-unknown', level: 'warning',
      message: `The accreditation body "${acc.accreditationBodyId}" is neither in the accreditationBodies register nor in the IAF MLA reference list: confirm whether it signs the IAF MLA.`,
    });
  } else if (!ab.iafMlaSignatory) {
    issues.push({
      kind: 'accreditation-body-not-signatory', level: 'disqualifying',
      message: `${ab.acronym} is not an IAF MLA signatory, so the certificate may not be recognised internationally.`,
    });
  } else if (!ab.confirmed) {
    issues.push({
      kind: 'accreditation-body-unconfirmed', level: 'warning',
      message: `${ab.acronym} is listed as an IAF MLA signatory but no public source confirmed it: confirm against IAF MLA MC 17.`,
    });
  }
  if (ab) issues.push(...mlaScopeIssues(ab));
  if (!acc.verifiedOn) {
    issues.push({
      kind: 'accreditation-unverified', level: 'warning',
      message: `The ${acc.standard} accreditation was never verified in ${ab?.acronym ?? acc.accreditationBodyId}'s directory: check it there and record the date.`,
    });
  }
  return issues;
}

const stopWords = new Set(['and', 'of', 'the', 'for', 'services', 'service', 'sector', 'industry', 'industries', 'general']);
const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const words = (s: string): string[] => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !stopWords.has(w));

/** Sector experience entries that match the organisation's sector ("financial services" ~ "banking and financial"). */
export function matchingSectors(sector: string, experience: readonly string[]): string[] {
  const mine = words(sector);
  const whole = squash(sector);
  return experience.filter((e) => {
    const theirs = squash(e);
    if (theirs && whole && (theirs.includes(whole) || whole.includes(theirs))) return true;
    return words(e).some((w) => mine.includes(w));
  });
}

/** Within the two years after `endedOn` (ISO/IEC 17021-1's recognised period for consultancy threats to fade). */
const withinCoolingOff = (endedOn: IsoDateString, on: IsoDateString): boolean =>
  !isBefore(endedOn, addYears(on, -CONSULTANCY_COOLING_OFF_YEARS));
const coolingOffEnds = (endedOn: IsoDateString): IsoDateString => addYears(endedOn, CONSULTANCY_COOLING_OFF_YEARS);
const squashName = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * ISO/IEC 17021-1's impartiality rules about consultancy and internal audits:
 * - the body, or any part of its legal entity, never gives management-system consultancy: one that consulted the
 *   organisation, at any time, is unsuitable (whatever the date: it was never allowed to);
 * - internal audits by the body or its legal entity are a threat within two years, and rule it out when given while
 *   it certified the organisation (a body provides no internal audits to its certified clients);
 * - consultancy or internal audits by a body related to it (same group, shared owners, joint marketing) are a threat
 *   for two years after they end;
 * - a person who gave the organisation management-system consultancy takes no part in its audits for two years.
 */
function impartialityIssues(body: CertificationBody, aims: AimsSnapshot, now: IsoDateString): SuitabilityIssue[] {
  const issues: SuitabilityIssue[] = [];
  const consulted = body.consultancyToOrganisationLastOn;
  if (consulted) {
    issues.push({
      kind: 'consultancy-by-body', level: 'disqualifying',
      message: `${body.name} (or its legal entity) gave the organisation management-system consultancy, last on ${consulted}: ISO/IEC 17021-1 forbids a certification body to consult, so it cannot certify what it advised on (self-review threat), however long ago.`,
    });
  }
  const audited = body.impartiality?.internalAuditsLastOn;
  if (audited) {
    const certifiedThen = aims.certificates.some((c) => c.certificationBodyId === body.id && !isBefore(audited, c.decisionOn) && !isBefore(c.expiresOn, audited));
    if (certifiedThen) {
      issues.push({
        kind: 'internal-audits-by-body', level: 'disqualifying',
        message: `${body.name} (or its legal entity) provided internal audits on ${audited} while it certified the organisation: ISO/IEC 17021-1 forbids internal audits for a certified client.`,
      });
    } else if (withinCoolingOff(audited, now)) {
      issues.push({
        kind: 'internal-audits-by-body', level: 'threat',
        message: `${body.name} (or its legal entity) provided the organisation's internal audits, last on ${audited}: an impartiality threat under ISO/IEC 17021-1 until ${coolingOffEnds(audited)}; the body must show how it is removed, and can provide no internal audits once it certifies.`,
      });
    }
  }
  for (const r of body.impartiality?.relatedConsultancy ?? []) {
    if (!withinCoolingOff(r.endedOn, now)) continue;
    issues.push({
      kind: 'related-body-consultancy', level: 'threat',
      message: `${r.provider} (${r.relationship}) gave the organisation ${r.service === 'consultancy' ? 'management-system consultancy' : 'internal audits'} until ${r.endedOn}: an impartiality threat under ISO/IEC 17021-1 until ${coolingOffEnds(r.endedOn)}; the body must show, in its impartiality risk analysis, that it is reduced to an acceptable level.`,
    });
  }
  const consultants = aims.organisation.managementSystemConsultants ?? [];
  if (consultants.length > 0) {
    // The people the body proposes or has booked for the organisation's audits, with the date each is for.
    const team: { name: string; on: IsoDateString; where: string }[] = [];
    for (const p of aims.proposals.filter((x) => x.certificationBodyId === body.id)) {
      team.push({ name: p.leadAuditor.name, on: now, where: `proposal ${p.id} (lead auditor)` });
      if (p.technicalAssessor) team.push({ name: p.technicalAssessor.name, on: now, where: `proposal ${p.id} (technical assessor)` });
    }
    for (const a of aims.externalAudits.filter((x) => x.certificationBodyId === body.id && x.status === 'planned')) {
      const on = a.plannedStart ?? now;
      for (const m of a.team ?? []) team.push({ name: m.name, on: isBefore(on, now) ? now : on, where: `${a.kind} audit ${a.id} (${m.role})` });
    }
    for (const c of consultants) {
      const hits = team.filter((m) => squashName(m.name) === squashName(c.name) && withinCoolingOff(c.endedOn, m.on));
      if (hits.length === 0) continue;
      issues.push({
        kind: 'consultant-on-audit-team', level: 'threat',
        message: `${c.name}${c.firm ? ` (then at ${c.firm})` : ''} gave the organisation management-system consultancy until ${c.endedOn} and is named in ${hits.map((h) => h.where).join(', ')}: under ISO/IEC 17021-1 they take no part in its audits until ${coolingOffEnds(c.endedOn)}.`,
      });
    }
  }
  return issues;
}

const rank = (issues: readonly SuitabilityIssue[]): number =>
  issues.filter((i) => i.level === 'disqualifying').length * 100 + issues.filter((i) => i.level === 'threat').length * 10 + issues.length;

/** Assesses a certification body for this organisation as of `now`. */
export function assessSuitability(body: CertificationBody, aims: AimsSnapshot, now: IsoDateString): Suitability {
  const issues: SuitabilityIssue[] = [];
  const candidates = body.accreditations
    .filter((a) => isIso42001(a.standard))
    .map((acc) => {
      const ab = accreditationBodyOf(acc.accreditationBodyId, aims);
      return { acc, ab, issues: accreditationIssues(acc, ab) };
    })
    .sort((a, b) => rank(a.issues) - rank(b.issues));
  const best = candidates[0];
  if (!best) {
    const others = body.accreditations.map((a) => a.standard);
    issues.push({
      kind: 'no-iso42001-accreditation', level: 'disqualifying',
      message: `${body.name} holds no accreditation for ISO/IEC 42001 specifically${others.length ? ` (only ${others.join(', ')})` : ''}.`,
    });
  } else {
    issues.push(...best.issues);
  }
  issues.push(...impartialityIssues(body, aims, now));
  const matchedSectors = matchingSectors(aims.organisation.sector, body.sectorExperience);
  if (matchedSectors.length === 0) {
    issues.push({
      kind: 'no-sector-experience', level: 'warning',
      message: `${body.name} records no experience in the organisation's sector (${aims.organisation.sector}).`,
    });
  }
  const verdict = issues.some((i) => i.level === 'disqualifying') ? 'unsuitable' : issues.length > 0 ? 'suitable-with-warnings' : 'suitable';
  return {
    bodyId: body.id,
    bodyName: body.name,
    verdict,
    ...(best ? { accreditation: { ...best.acc, ...(best.ab ? { accreditationBody: best.ab } : {}) } } : {}),
    sectorMatch: matchedSectors.length > 0,
    matchedSectors,
    issues,
  };
}
