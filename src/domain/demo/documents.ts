// The demo's controlled documents (7.5): owners, approved versions, review dates and the clauses that require them.
import type { Document, DocumentVersion } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';
import { aiPolicyText } from './policy-text.ts';

type Kind = Document['kind'];

interface DocSpec {
  id: string;
  title: string;
  kind: Kind;
  ownerId: string;
  requiredBy: string[];
  /** Days before asOf of each approved version, oldest first; the last one is in force. */
  approvedDaysAgo: number[];
  approverId: string;
  classification?: Document['classification'];
  reviewIntervalMonths?: number;
  retention?: string;
  content?: string;
}

function build(t: DemoClock, s: DocSpec): Document {
  const versions: DocumentVersion[] = s.approvedDaysAgo.map((ago, i) => {
    const last = i === s.approvedDaysAgo.length - 1;
    const approvedOn = t.day(-ago);
    return {
      version: `1.${i}`,
      status: last ? 'approved' : 'superseded',
      createdOn: t.day(-ago - 14),
      approvedById: s.approverId,
      approvedOn,
      effectiveOn: approvedOn,
      changeSummary: i === 0 ? 'First issue.' : 'Updated after review; see the change log in the document.',
      ...(last && s.content ? { content: s.content } : {}),
    };
  });
  const interval = s.reviewIntervalMonths ?? 12;
  const lastApproved = t.day(-(s.approvedDaysAgo.at(-1) ?? 0));
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    ownerId: s.ownerId,
    classification: s.classification ?? 'internal',
    retention: s.retention ?? '6 years after it is superseded',
    reviewIntervalMonths: interval,
    reviewDue: t.after(lastApproved, interval),
    requiredBy: s.requiredBy,
    versions,
  };
}

/** The in-scope AI systems whose technical documentation (A.6.2.7) is kept as a document of its own. */
export const technicalDocs: Record<string, { id: string; title: string; ownerId: string; approvedDaysAgo: number[] }> = {
  'ais-credit-scoring': { id: 'doc-td-credit-scoring', title: 'Technical documentation: credit scoring model v4', ownerId: 'p-ana', approvedDaysAgo: [420, 150] },
  'ais-affordability': { id: 'doc-td-affordability', title: 'Technical documentation: affordability and income model', ownerId: 'p-ana', approvedDaysAgo: [300] },
  'ais-assistant': { id: 'doc-td-assistant', title: 'Technical documentation: Ask Larch customer assistant', ownerId: 'p-yusuf', approvedDaysAgo: [240, 95] },
  'ais-fraud': { id: 'doc-td-fraud', title: 'Technical documentation: application fraud model', ownerId: 'p-yusuf', approvedDaysAgo: [380, 55] },
  'ais-collections': { id: 'doc-td-collections', title: 'Technical documentation: collections contact prioritisation', ownerId: 'p-ana', approvedDaysAgo: [330] },
  'ais-document-extraction': { id: 'doc-td-document-extraction', title: 'Technical documentation: payslip and statement extraction', ownerId: 'p-yusuf', approvedDaysAgo: [260] },
  'ais-staff-assistant': { id: 'doc-td-staff-assistant', title: 'Technical documentation: workplace chat assistant (supplier documentation and our tenant configuration)', ownerId: 'p-isabel', approvedDaysAgo: [150] },
};

export function buildDocuments(t: DemoClock): Document[] {
  const specs: DocSpec[] = [
    { id: 'doc-scope', title: 'AIMS scope statement', kind: 'policy', ownerId: 'p-nadia', requiredBy: ['4.3'], approvedDaysAgo: [300], approverId: 'p-helen' },
    { id: 'doc-context', title: 'AIMS context and interested parties analysis', kind: 'record', ownerId: 'p-nadia', requiredBy: ['4.1', '4.2'], approvedDaysAgo: [310, 40], approverId: 'p-marcus' },
    {
      id: 'doc-ai-policy', title: 'AI policy', kind: 'policy', ownerId: 'p-nadia', requiredBy: ['5.2', 'A.2.2'], approvedDaysAgo: [270, 28],
      approverId: 'p-helen', classification: 'public', content: aiPolicyText,
    },
    { id: 'doc-roles', title: 'AI roles, responsibilities and authorities', kind: 'procedure', ownerId: 'p-nadia', requiredBy: ['5.3', 'A.3.2'], approvedDaysAgo: [265], approverId: 'p-marcus' },
    { id: 'doc-objectives', title: 'AI objectives and plan', kind: 'plan', ownerId: 'p-nadia', requiredBy: ['6.2'], approvedDaysAgo: [250], approverId: 'p-helen' },
    { id: 'doc-risk-methodology', title: 'AI risk assessment methodology', kind: 'methodology', ownerId: 'p-tom', requiredBy: ['6.1.2'], approvedDaysAgo: [255], approverId: 'p-sarah' },
    { id: 'doc-impact-methodology', title: 'AI system impact assessment methodology', kind: 'methodology', ownerId: 'p-tom', requiredBy: ['6.1.4', 'A.5.2'], approvedDaysAgo: [255], approverId: 'p-sarah' },
    { id: 'doc-risk-treatment-plan', title: 'AI risk treatment plan', kind: 'plan', ownerId: 'p-tom', requiredBy: ['6.1.3', '8.3'], approvedDaysAgo: [190, 40], approverId: 'p-sarah' },
    { id: 'doc-soa', title: 'Statement of Applicability', kind: 'record', ownerId: 'p-nadia', requiredBy: ['6.1.3'], approvedDaysAgo: [190, 40], approverId: 'p-marcus' },
    { id: 'doc-lifecycle', title: 'AI system life-cycle procedure', kind: 'procedure', ownerId: 'p-liam', requiredBy: ['8.1', 'A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3', 'A.6.2.5'], approvedDaysAgo: [280], approverId: 'p-marcus' },
    { id: 'doc-validation', title: 'Model verification and validation standard', kind: 'procedure', ownerId: 'p-grace', requiredBy: ['A.6.2.4'], approvedDaysAgo: [280], approverId: 'p-sarah' },
    { id: 'doc-operations', title: 'AI operation, monitoring and event logging standard', kind: 'procedure', ownerId: 'p-yusuf', requiredBy: ['A.6.2.6', 'A.6.2.8'], approvedDaysAgo: [260], approverId: 'p-david' },
    { id: 'doc-resources', title: 'AI system resource register procedure', kind: 'procedure', ownerId: 'p-yusuf', requiredBy: ['A.4.2', 'A.4.4', 'A.4.5'], approvedDaysAgo: [245], approverId: 'p-david' },
    { id: 'doc-data-standard', title: 'Data management standard for AI', kind: 'procedure', ownerId: 'p-priya', requiredBy: ['A.4.3', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'], approvedDaysAgo: [275], approverId: 'p-david' },
    { id: 'doc-document-control', title: 'Documented information control procedure', kind: 'procedure', ownerId: 'p-nadia', requiredBy: ['7.5.1', '7.5.2', '7.5.3'], approvedDaysAgo: [290], approverId: 'p-marcus' },
    { id: 'doc-competence', title: 'AI competence framework', kind: 'procedure', ownerId: 'p-lucy', requiredBy: ['7.2', 'A.4.6'], approvedDaysAgo: [260], approverId: 'p-marcus' },
    { id: 'doc-awareness', title: 'AIMS awareness programme', kind: 'plan', ownerId: 'p-lucy', requiredBy: ['7.3'], approvedDaysAgo: [255], approverId: 'p-marcus' },
    { id: 'doc-communication', title: 'AIMS communication procedure', kind: 'procedure', ownerId: 'p-dan', requiredBy: ['7.4', 'A.8.2', 'A.8.5'], approvedDaysAgo: [250], approverId: 'p-marcus' },
    { id: 'doc-incidents', title: 'AI incident management and communication procedure', kind: 'procedure', ownerId: 'p-isabel', requiredBy: ['A.8.4'], approvedDaysAgo: [245], approverId: 'p-sarah' },
    { id: 'doc-concerns', title: 'Raising concerns about AI (speak-up) procedure', kind: 'procedure', ownerId: 'p-hannah', requiredBy: ['A.3.3', 'A.8.3'], approvedDaysAgo: [250], approverId: 'p-marcus' },
    { id: 'doc-responsible-use', title: 'Responsible use of AI standard', kind: 'procedure', ownerId: 'p-isabel', requiredBy: ['A.9.2', 'A.9.3', 'A.9.4'], approvedDaysAgo: [240], approverId: 'p-sarah' },
    { id: 'doc-suppliers', title: 'AI supplier governance procedure', kind: 'procedure', ownerId: 'p-george', requiredBy: ['A.10.2', 'A.10.3'], approvedDaysAgo: [235], approverId: 'p-marcus' },
    { id: 'doc-monitoring', title: 'AIMS monitoring and measurement plan', kind: 'plan', ownerId: 'p-nadia', requiredBy: ['9.1'], approvedDaysAgo: [230], approverId: 'p-marcus' },
    { id: 'doc-internal-audit', title: 'Internal audit procedure and programme', kind: 'procedure', ownerId: 'p-michael', requiredBy: ['9.2.1', '9.2.2'], approvedDaysAgo: [215], approverId: 'p-helen' },
    { id: 'doc-management-review', title: 'Management review procedure', kind: 'procedure', ownerId: 'p-nadia', requiredBy: ['9.3.1'], approvedDaysAgo: [220], approverId: 'p-helen' },
    { id: 'doc-nonconformity', title: 'Nonconformity and corrective action procedure', kind: 'procedure', ownerId: 'p-nadia', requiredBy: ['10.1', '10.2'], approvedDaysAgo: [225], approverId: 'p-marcus' },
    { id: 'doc-changes', title: 'Planning of changes to the AIMS', kind: 'procedure', ownerId: 'p-nadia', requiredBy: ['6.3'], approvedDaysAgo: [225], approverId: 'p-marcus' },
    { id: 'doc-mr-minutes', title: 'Management review minutes', kind: 'record', ownerId: 'p-nadia', requiredBy: ['9.3.2', '9.3.3'], approvedDaysAgo: [21], approverId: 'p-helen', retention: '10 years' },
    { id: 'doc-audit-report-1', title: 'Internal audit report IA-01: context, leadership and planning', kind: 'report', ownerId: 'p-michael', requiredBy: [], approvedDaysAgo: [112], approverId: 'p-michael', classification: 'confidential' },
    { id: 'doc-audit-report-2', title: 'Internal audit report IA-02: life cycle, data and resources', kind: 'report', ownerId: 'p-michael', requiredBy: [], approvedDaysAgo: [88], approverId: 'p-michael', classification: 'confidential' },
    { id: 'doc-audit-report-3', title: 'Internal audit report IA-03: support, operation and third parties', kind: 'report', ownerId: 'p-michael', requiredBy: [], approvedDaysAgo: [63], approverId: 'p-michael', classification: 'confidential' },
    { id: 'doc-audit-report-4', title: 'Internal audit report IA-04: performance evaluation and improvement', kind: 'report', ownerId: 'p-michael', requiredBy: [], approvedDaysAgo: [43], approverId: 'p-michael', classification: 'confidential' },
  ];
  for (const [, td] of Object.entries(technicalDocs)) {
    specs.push({
      id: td.id, title: td.title, kind: 'technical-documentation', ownerId: td.ownerId, requiredBy: ['A.6.2.7'], approvedDaysAgo: td.approvedDaysAgo,
      approverId: 'p-liam', classification: 'confidential', retention: '10 years after the system is retired',
    });
  }
  return specs.map((s) => build(t, s));
}
