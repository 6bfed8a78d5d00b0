// The demo's Statement of Applicability (6.1.3): every Annex A control decided, traced to risks or obligations.
import { controls, type EvidenceItem, type Risk, type SoaEntry, type SoaVersion } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

const owners: Record<string, string> = {
  'A.2': 'p-nadia', 'A.3.2': 'p-nadia', 'A.3.3': 'p-hannah', 'A.4.2': 'p-yusuf', 'A.4.3': 'p-priya', 'A.4.4': 'p-yusuf', 'A.4.5': 'p-yusuf', 'A.4.6': 'p-lucy',
  'A.5': 'p-tom', 'A.6.1': 'p-liam', 'A.6.2.2': 'p-ana', 'A.6.2.3': 'p-ana', 'A.6.2.4': 'p-grace', 'A.6.2.5': 'p-liam', 'A.6.2.6': 'p-yusuf',
  'A.6.2.7': 'p-ana', 'A.6.2.8': 'p-kwame', 'A.7': 'p-priya', 'A.8.2': 'p-dan', 'A.8.3': 'p-hannah', 'A.8.4': 'p-isabel', 'A.8.5': 'p-dan',
  'A.9': 'p-isabel', 'A.10': 'p-george', 'ORG-1': 'p-liam', 'ORG-2': 'p-chloe',
};

/** The owner of a control, or of the nearest group above it (A.6.2.4 → A.6.2 → A.6). */
function ownerOf(controlId: string): string {
  const parts = controlId.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const owner = owners[parts.slice(0, n).join('.')];
    if (owner) return owner;
  }
  return 'p-nadia';
}

const obligations: Record<string, string[]> = {
  'A.3.3': ['Whistleblowing arrangements required of regulated firms (FCA SYSC 18)'],
  'A.6.2.8': ['EU AI Act Art 12 and Art 26(6): logs of high-risk systems kept at least six months'],
  'A.8.2': ['Consumer Duty consumer-understanding outcome', 'Reasons for declining credit given on request'],
  'A.8.5': ['EU AI Act Art 13 and Art 50: information to deployers and disclosure of the assistant as AI'],
};

/** Controls the organisation excluded, with its reason (6.1.3 d). */
const exclusions: Record<string, string> = {
  'A.10.4':
    'We provide no AI system, product or service to other organisations: our AI outputs serve our own lending decisions and our own consumer customers, ' +
    'whose needs are handled under 4.2, A.8.2 and A.8.5. To be reconsidered if the planned broker decision service goes ahead.',
};

/**
 * Planted weakness (a): three controls included because they are in Annex A, with no risk, obligation or reason
 * recorded (the "SoA as inventory" pattern, on a small scale).
 */
export const inventoryControls = ['A.4.4', 'A.4.5', 'A.9.3'];

export function buildSoaEntries(risks: readonly Risk[], evidence: readonly EvidenceItem[]): SoaEntry[] {
  const ids = [...controls.map((c) => c.id), 'ORG-1', 'ORG-2'];
  return ids.map((controlId): SoaEntry => {
    const riskIds = risks.filter((r) => r.treatment?.controlIds.includes(controlId)).map((r) => r.id);
    const evidenceIds = evidence.filter((e) => e.refs.includes(controlId)).map((e) => e.id);
    const base = { id: `soa-${controlId}`, controlId, ownerId: ownerOf(controlId), evidenceIds };
    if (exclusions[controlId]) {
      return { ...base, applicable: false, riskIds: [], justification: exclusions[controlId], implementationStatus: 'not-applicable', evidenceIds: [] };
    }
    if (inventoryControls.includes(controlId)) {
      return { ...base, applicable: true, riskIds: [], implementationStatus: 'implemented', implementationDescription: 'Recorded in the AI system resource register.' };
    }
    const why = riskIds.length > 0 ? `Treats ${riskIds.join(', ')} in the risk treatment plan.` : 'Required by the obligations listed.';
    return {
      ...base,
      applicable: true,
      riskIds,
      ...(obligations[controlId] ? { obligations: obligations[controlId] } : {}),
      justification: why,
      implementationStatus: controlId === 'A.6.2.7' || controlId === 'ORG-1' ? 'partially-implemented' : 'implemented',
      implementationDescription: controlId === 'A.6.2.7'
        ? 'Technical documentation complete for all systems; EU AI Act Annex IV sections for the affordability model due before registration.'
        : controlId === 'ORG-1' ? 'Age-band testing running quarterly; deprivation-decile testing from the next quarter.' : 'In operation as described in the referenced procedures and evidence.',
    };
  });
}

export function buildSoaVersions(t: DemoClock): SoaVersion[] {
  return [
    { id: 'soa-v1-0', version: '1.0', issuedOn: t.day(-190), documentId: 'doc-soa', approvedById: 'p-marcus', approvedOn: t.day(-190), changeSummary: 'First issue after the initial risk assessment.' },
    { id: 'soa-v1-1', version: '1.1', issuedOn: t.day(-40), documentId: 'doc-soa', approvedById: 'p-marcus', approvedOn: t.day(-40), changeSummary: 'Risk links updated after the fraud model v3.1 re-assessment; A.10.4 exclusion re-confirmed.' },
  ];
}
