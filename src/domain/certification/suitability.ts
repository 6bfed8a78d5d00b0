// Whether a certification body can certify the organisation's AIMS: ISO/IEC 42001 accreditation by an IAF MLA
// signatory, impartiality (no recent consultancy), a verified accreditation, and sector experience.
import { addYears, isBefore, type IsoDateString } from '../dates.ts';
import { indexSnapshot, type Accreditation, type AimsSnapshot, type CertificationBody } from '../model/index.ts';
import { CONSULTANCY_COOLING_OFF_YEARS } from './cycle-rules.ts';
import { findIafMlaEntry, iafMlaSourceText } from './iaf-mla.ts';

export type SuitabilityIssueKind =
  | 'no-iso42001-accreditation'
  | 'accreditation-body-not-signatory'
  | 'accreditation-body-unconfirmed'
  | 'accreditation-body-unknown'
  | 'recent-consultancy'
  | 'accreditation-unverified'
  | 'no-sector-experience';

export interface SuitabilityIssue {
  readonly kind: SuitabilityIssueKind;
  /** A disqualifying issue makes the body unsuitable; a warning asks the user to confirm something. */
  readonly level: 'disqualifying' | 'warning';
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

function accreditationBodyOf(id: string, aims: AimsSnapshot): AccreditationBodyStatus | undefined {
  const record = indexSnapshot(aims).accreditationBodies.get(id);
  if (record) {
    return {
      id, acronym: record.acronym, iafMlaSignatory: record.iafMlaSignatory, confirmed: record.confirmed,
      ...(record.source ? { source: record.source } : {}), from: 'register',
    };
  }
  const entry = findIafMlaEntry(id);
  if (!entry) return undefined;
  return { id, acronym: entry.acronym, iafMlaSignatory: true, confirmed: entry.confirmed, source: iafMlaSourceText(entry), from: 'reference' };
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

const rank = (issues: readonly SuitabilityIssue[]): number =>
  issues.filter((i) => i.level === 'disqualifying').length * 100 + issues.length;

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
  const last = body.consultancyToOrganisationLastOn;
  if (last && !isBefore(last, addYears(now, -CONSULTANCY_COOLING_OFF_YEARS))) {
    issues.push({
      kind: 'recent-consultancy', level: 'disqualifying',
      message: `${body.name} gave the organisation management-system consultancy on ${last}, within ${CONSULTANCY_COOLING_OFF_YEARS} years: an impartiality (self-review) threat.`,
    });
  }
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
