// IAF MLA signatories as editable reference data: where each accreditation body's signatory status was confirmed.
import type { AccreditationBody } from '../model/index.ts';

/** The public sources behind the evidence codes (the authoritative list is IAF document "IAF MLA MC 17"). */
export const iafMlaSources: Readonly<Record<string, string>> = {
  V1: 'https://www.jas-anz.org/extending-the-iaf-mla-scope',
  V2: 'https://iaf.nu/en/news/iaf-mla-status-update-august-2021',
  V3: 'https://www.anab.org/about-anab/recognition',
  V4: 'https://iaf.nu/en/news/iaf-members-making-strides-under-the-iaf-mla',
  V5: 'https://iaf.nu/en/news/iaf-publishes-2023-mla-report/',
  V6: 'Singapore Accreditation Council announcement of its IAF MLA membership (2017)',
  V7: 'https://ukas.com/resources/latest-news/iso-45001-ohms-added-to-the-ukas-iaf-mla',
};

export interface IafMlaEntry {
  readonly acronym: string;
  readonly name: string;
  readonly country: string;
  /** Codes of `iafMlaSources` that confirm the status; empty when no public source confirmed it. */
  readonly evidence: readonly string[];
  /** True when a public source confirmed the body signs the IAF MLA; false means "listed, not confirmed". */
  readonly confirmed: boolean;
  readonly note?: string;
}

const b = (acronym: string, name: string, country: string, evidence: string[], note?: string): IafMlaEntry => ({
  acronym, name, country, evidence, confirmed: evidence.length > 0, ...(note ? { note } : {}),
});

/**
 * A partial list, not the authority: users confirm a body against IAF MLA MC 17 and keep their own copy, with
 * corrections, in the accreditationBodies register. No public source says which of them run an ISO/IEC 42001
 * programme; that is recorded per certification body's accreditation.
 */
export const iafMlaReference: readonly IafMlaEntry[] = [
  b('AA', 'Akkreditierung Austria', 'Austria', ['V1', 'V2']),
  b('ACCREDIA', 'Italian Accreditation Body (Ente Italiano di Accreditamento)', 'Italy', ['V1', 'V2']),
  b('ANAB', 'ANSI National Accreditation Board', 'United States', ['V1', 'V3']),
  b('BELAC', 'Belgian Accreditation Body', 'Belgium', ['V1', 'V2']),
  b('BoA', 'Bureau of Accreditation', 'Vietnam', ['V1']),
  b('CAI', 'Czech Accreditation Institute', 'Czech Republic', ['V1', 'V2']),
  b('CGCRE', 'General Coordination for Accreditation (INMETRO)', 'Brazil', ['V1']),
  b('CNAS', 'China National Accreditation Service for Conformity Assessment', 'China', ['V1']),
  b('COFRAC', "Comité français d'accréditation", 'France', ['V1']),
  b('DAkkS', 'Deutsche Akkreditierungsstelle (German Accreditation Body)', 'Germany', ['V1', 'V2']),
  b('DANAK', 'Danish Accreditation', 'Denmark', ['V1', 'V2']),
  b('EGAC', 'Egyptian Accreditation Council', 'Egypt', ['V4']),
  b('EMA', 'Entidad Mexicana de Acreditación', 'Mexico', ['V1']),
  b('ENAC', 'Entidad Nacional de Acreditación', 'Spain', ['V1', 'V2']),
  b('ESYD', 'Hellenic Accreditation System', 'Greece', ['V1', 'V2']),
  b('FINAS', 'Finnish Accreditation Service', 'Finland', ['V2']),
  b('GAC', 'Gulf Cooperation Council Accreditation Center', 'GCC (regional, Gulf states)', ['V2']),
  b('INAB', 'Irish National Accreditation Board', 'Ireland', ['V1', 'V2']),
  b('IPAC', 'Portuguese Institute for Accreditation', 'Portugal', ['V1', 'V2']),
  b('JAB', 'Japan Accreditation Board', 'Japan', ['V1']),
  b('JAS-ANZ', 'Joint Accreditation System of Australia and New Zealand', 'Australia / New Zealand', ['V1']),
  b('JAS-AU', 'Jordan Accreditation and Standardization System - Accreditation Unit', 'Jordan', ['V5']),
  b('JASaff', 'Japan Accreditation Service for Agriculture, Forestry and Fisheries', 'Japan', ['V5']),
  b('KAB', 'Korea Accreditation Board', 'South Korea', ['V1']),
  b('KAN', 'Komite Akreditasi Nasional', 'Indonesia', ['V1']),
  b('KOLAS', 'Korea Laboratory Accreditation Scheme', 'South Korea', ['V5']),
  b('NA', 'Norsk akkreditering', 'Norway', ['V1']),
  b('NABCB', 'National Accreditation Board for Certification Bodies', 'India', ['V1']),
  b('OAA', 'Organismo Argentino de Acreditación', 'Argentina', ['V1']),
  b('PCA', 'Polish Centre for Accreditation', 'Poland', ['V2']),
  b('RENAR', 'Romanian Accreditation Association', 'Romania', ['V2']),
  b('RvA', 'Raad voor Accreditatie (Dutch Accreditation Council)', 'Netherlands', ['V1', 'V2']),
  b('SAC', 'Singapore Accreditation Council', 'Singapore', ['V1', 'V6']),
  b('SADCAS', 'Southern African Development Community Accreditation Service', 'SADC (regional, southern Africa)', ['V4']),
  b('SANAS', 'South African National Accreditation System', 'South Africa', ['V1']),
  b('SAS', 'Swiss Accreditation Service', 'Switzerland', ['V1']),
  b('SLAB', 'Sri Lanka Accreditation Board', 'Sri Lanka', ['V1']),
  b('SNAS', 'Slovak National Accreditation Service', 'Slovakia', ['V1']),
  b('SWEDAC', 'Swedish Board for Accreditation and Conformity Assessment', 'Sweden', ['V1', 'V2']),
  b('TAF', 'Taiwan Accreditation Foundation', 'Chinese Taipei', ['V1']),
  b('TURKAK', 'Turkish Accreditation Agency', 'Türkiye', ['V1', 'V2', 'V4']),
  b('UKAS', 'United Kingdom Accreditation Service', 'United Kingdom', ['V1', 'V7']),
  b('IAS', 'International Accreditation Service', 'United States', [], 'secondary only: glocertinternational.com lists it as IAF MLA AB'),
  b('SCC', 'Standards Council of Canada', 'Canada', []),
  b('HKAS', 'Hong Kong Accreditation Service', 'Hong Kong, China', []),
  b('DSM', 'Department of Standards Malaysia (Standards Malaysia)', 'Malaysia', []),
  b('PAB', 'Philippine Accreditation Bureau', 'Philippines', []),
  b('NSC', 'National Standardization Council of Thailand', 'Thailand', []),
  b('PNAC', 'Pakistan National Accreditation Council', 'Pakistan', []),
  b('SAC-SA', 'Saudi Accreditation Center', 'Saudi Arabia', []),
  b('EIAC', 'Emirates International Accreditation Centre', 'United Arab Emirates', []),
  b('TUNAC', 'Tunisian Accreditation Council', 'Tunisia', []),
  b('KENAS', 'Kenya Accreditation Service', 'Kenya', []),
  b('MAURITAS', 'Mauritius Accreditation Service', 'Mauritius', []),
  b('ONAC', 'Organismo Nacional de Acreditación de Colombia', 'Colombia', []),
  b('INN', 'Instituto Nacional de Normalización', 'Chile', []),
  b('HAA', 'Croatian Accreditation Agency', 'Croatia', []),
  b('SA', 'Slovenian Accreditation', 'Slovenia', []),
  b('NAH', 'National Accreditation Authority', 'Hungary', []),
  b('LA', 'Lithuanian National Accreditation Bureau', 'Lithuania', []),
  b('LATAK', 'Latvian National Accreditation Bureau', 'Latvia', []),
  b('EAK', 'Estonian Centre for Standardisation and Accreditation', 'Estonia', []),
  b('ATS', 'Accreditation Body of Serbia', 'Serbia', []),
  b('NAAU', 'National Accreditation Agency of Ukraine', 'Ukraine', []),
  b('A2LA', 'American Association for Laboratory Accreditation', 'United States', [], 'likely product-certification (ISO/IEC 17065) scope, not necessarily management systems'),
];

const byAcronym = new Map(iafMlaReference.map((e) => [e.acronym.toLowerCase(), e]));

/** The reference entry for an acronym or id (case-insensitive), if the list has it. */
export function findIafMlaEntry(acronymOrId: string): IafMlaEntry | undefined {
  return byAcronym.get(acronymOrId.trim().toLowerCase());
}

/** Where the entry's status comes from, in words a user can follow up. */
export function iafMlaSourceText(entry: IafMlaEntry): string {
  if (!entry.confirmed) {
    return `Not confirmed by a public source${entry.note ? ` (${entry.note})` : ''}; confirm against IAF MLA MC 17 before relying on it.`;
  }
  return entry.evidence.map((code) => iafMlaSources[code] ?? code).join('; ');
}

/** The reference list as accreditationBodies records, the starting copy a new organisation edits. */
export function iafMlaAccreditationBodyRecords(): AccreditationBody[] {
  return iafMlaReference.map((e) => ({
    id: e.acronym.toLowerCase(),
    acronym: e.acronym,
    name: e.name,
    country: e.country,
    iafMlaSignatory: true,
    confirmed: e.confirmed,
    source: iafMlaSourceText(e),
  }));
}
