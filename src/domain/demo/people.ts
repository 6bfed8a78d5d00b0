// The demo's sites, people and roles (5.3, 7.1): who holds which AIMS role, with a committee that has a named chair.
import type { Person, Role, Site } from '../../domain/index.ts';

export const sites: Site[] = [
  { id: 'site-leeds', name: 'Leeds head office', country: 'United Kingdom', central: true, personnel: 262 },
  { id: 'site-manchester', name: 'Manchester customer contact centre', country: 'United Kingdom', central: false, personnel: 108 },
  { id: 'site-dublin', name: 'Dublin branch (EU lending)', country: 'Ireland', central: false, personnel: 40 },
];

const p = (id: string, name: string, jobTitle: string, unit: string, extra: Partial<Person> = {}): Person => ({
  id, name, email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@larchfield.example`, jobTitle, unit, inAimsScope: true, active: true, ...extra,
});

export const persons: Person[] = [
  p('p-helen', 'Helen Achterberg', 'Chief Executive Officer', 'Executive', { topManagement: true }),
  p('p-marcus', 'Marcus Oyelaran', 'Chief Operating Officer', 'Executive', { topManagement: true }),
  p('p-sarah', 'Sarah Lindqvist', 'Chief Risk Officer', 'Executive', { topManagement: true }),
  p('p-david', 'David Kerr', 'Chief Technology Officer', 'Executive', { topManagement: true }),
  p('p-nadia', 'Nadia Rahman', 'Head of AI Governance', 'Risk'),
  p('p-tom', 'Tom Whitfield', 'AI Governance Analyst', 'Risk'),
  p('p-priya', 'Priya Shah', 'Data Governance Lead', 'Data'),
  p('p-liam', 'Liam O’Connor', 'Head of Data Science', 'Data'),
  p('p-ana', 'Ana Ferreira', 'Lead Data Scientist', 'Data'),
  p('p-yusuf', 'Yusuf Demir', 'Machine Learning Engineer', 'Technology'),
  p('p-grace', 'Grace Mbeki', 'Model Validation Lead', 'Risk'),
  p('p-owen', 'Owen Pryce', 'Head of Collections', 'Collections'),
  p('p-chloe', 'Chloe Bennett', 'Head of Customer Service', 'Customer Service'),
  p('p-ravi', 'Ravi Patel', 'Product Manager, Digital Servicing', 'Customer Service'),
  p('p-emma', 'Emma Clarke', 'Head of Lending Operations', 'Lending'),
  p('p-jonas', 'Jonas Weber', 'Fraud Strategy Manager', 'Fraud'),
  p('p-fiona', 'Fiona Gallagher', 'Data Protection Officer', 'Compliance'),
  p('p-kwame', 'Kwame Asante', 'Chief Information Security Officer', 'Technology'),
  p('p-isabel', 'Isabel Moreno', 'Head of Compliance', 'Compliance'),
  p('p-george', 'George Hall', 'Procurement and Vendor Manager', 'Finance'),
  p('p-lucy', 'Lucy Tan', 'Head of People', 'People'),
  p('p-hannah', 'Hannah Price', 'Customer Outcomes and Complaints Manager', 'Compliance'),
  p('p-dan', 'Daniel Okoro', 'Communications Manager', 'Marketing and Communications'),
  p('p-michael', 'Michael Brennan', 'Head of Internal Audit', 'Internal Audit'),
  p('p-sofia', 'Sofia Rossi', 'Internal Auditor, Technology and Models', 'Internal Audit'),
  p('p-claire', 'Claire Dunmore', 'Co-sourced internal auditor (Ashgrove Assurance LLP)', 'Internal Audit'),
  // Runs the excluded marketing model for the parent group; outside the organisation's control, so outside the AIMS.
  p('p-rebecca', 'Rebecca Holt', 'Group Marketing Director, Larchfield Group plc', 'Group Marketing', { inAimsScope: false }),
];

export const competences = {
  aims: 'AI management system implementation (ISO/IEC 42001)',
  risk: 'AI risk management',
  oversight: 'AI governance oversight',
  lifecycle: 'AI system life-cycle management',
  data: 'Data quality and provenance management',
  validation: 'Model validation',
  ml: 'Machine learning engineering',
  responsible: 'Responsible AI development',
  impact: 'AI system impact assessment',
  supplier: 'AI supplier assessment',
  audit: 'ISO/IEC 42001 internal auditing',
  privacy: 'Data protection law (UK GDPR and GDPR)',
  security: 'Information security management (ISO/IEC 27001)',
  concerns: 'Complaint and concern investigation',
  comms: 'Customer communications on AI',
  people: 'Learning and development management',
} as const;

const c = competences;

export const roles: Role[] = [
  {
    id: 'role-top-management', name: 'Top management (Executive Committee)', kind: 'committee',
    responsibilities: ['Approve the AI policy and AI objectives', 'Provide resources for the AIMS', 'Hold the management review'],
    authorities: ['Approve or refuse the risk appetite for AI', 'Stop the use of any AI system'],
    holderIds: ['p-helen', 'p-marcus', 'p-sarah', 'p-david'], accountableChairId: 'p-helen', requiredCompetences: [c.oversight],
    areaRefs: ['5.1', '5.2', '9.3.1', '9.3.2', '9.3.3'],
  },
  {
    id: 'role-ai-committee', name: 'AI Governance Committee', kind: 'committee',
    responsibilities: ['Decide deployment gates of AI systems', 'Approve impact assessments of high-impact systems', 'Oversee the AI risk register'],
    authorities: ['Approve, condition or reject a gate decision', 'Escalate to the Executive Committee'],
    holderIds: ['p-marcus', 'p-sarah', 'p-david', 'p-nadia', 'p-isabel', 'p-fiona', 'p-kwame'], accountableChairId: 'p-marcus',
    requiredCompetences: [c.oversight], areaRefs: ['A.6.2.5'],
  },
  {
    id: 'role-aims-owner', name: 'AIMS owner', kind: 'individual',
    responsibilities: ['Run the AIMS day to day', 'Report AIMS performance to top management', 'Keep the registers, scope and SoA current'],
    authorities: ['Require information from AI system owners', 'Raise nonconformities'],
    holderIds: ['p-nadia'], requiredCompetences: [c.aims, c.risk],
    areaRefs: ['4.1', '4.2', '4.3', '4.4', '5.3', '6.1.1', '6.2', '6.3', '7.5.1', '7.5.2', '7.5.3', '9.1', '10.1', '10.2', 'A.2.2', 'A.2.3', 'A.2.4', 'A.3.2'],
    // The two assignments 5.3 requires, as the Executive Committee made them when it appointed the AIMS owner.
    aimsAssignments: ['aims-conformance', 'performance-reporting'],
  },
  {
    id: 'role-risk-coordinator', name: 'AI risk and impact coordinator', kind: 'individual',
    responsibilities: ['Facilitate AI risk assessments and impact assessments', 'Maintain the risk treatment plan'],
    holderIds: ['p-tom'], requiredCompetences: [c.risk, c.impact],
    areaRefs: ['6.1.2', '6.1.3', '6.1.4', '8.2', '8.3', '8.4', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'],
  },
  {
    id: 'role-system-owner', name: 'AI system owner', kind: 'individual',
    responsibilities: ['Answer for an AI system across its life cycle', 'Own its risks and accept residual risk', 'Make sure it is used as intended'],
    authorities: ['Suspend the AI system', 'Request changes and re-assessment'],
    holderIds: ['p-liam', 'p-owen', 'p-chloe', 'p-emma', 'p-jonas'], requiredCompetences: [c.lifecycle],
    areaRefs: ['8.1', 'A.6.2.6', 'A.9.2', 'A.9.4'],
  },
  {
    id: 'role-ml-engineering', name: 'Data scientist and machine learning engineer', kind: 'individual',
    responsibilities: ['Design, build and document AI systems to the life-cycle procedure', 'Keep event logging and technical documentation current'],
    holderIds: ['p-ana', 'p-yusuf'], requiredCompetences: [c.ml, c.responsible],
    areaRefs: ['A.4.4', 'A.4.5', 'A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3', 'A.6.2.7', 'A.6.2.8'],
  },
  {
    id: 'role-model-validation', name: 'Model validation lead', kind: 'individual',
    responsibilities: ['Independently verify and validate AI systems before deployment and after significant change'],
    authorities: ['Withhold validation sign-off at the deployment gate'],
    holderIds: ['p-grace'], requiredCompetences: [c.validation], areaRefs: ['A.6.2.4'],
  },
  {
    id: 'role-data-governance', name: 'Data governance lead', kind: 'individual',
    responsibilities: ['Set data quality requirements', 'Keep data provenance and preparation records for AI datasets'],
    holderIds: ['p-priya'], requiredCompetences: [c.data, c.audit],
    areaRefs: ['A.4.3', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'],
  },
  {
    id: 'role-supplier-manager', name: 'AI supplier manager', kind: 'individual',
    responsibilities: ['Run the AI supplier governance procedure', 'Keep AI contract clauses and supplier reviews current'],
    holderIds: ['p-george'], requiredCompetences: [c.supplier], areaRefs: ['A.10.2', 'A.10.3'],
  },
  {
    id: 'role-internal-auditor', name: 'Internal auditor (AIMS)', kind: 'individual',
    responsibilities: ['Plan and perform internal audits of the AIMS objectively', 'Report findings to the AIMS owner and top management'],
    holderIds: ['p-michael', 'p-sofia', 'p-claire', 'p-priya'], requiredCompetences: [c.audit],
  },
  {
    id: 'role-dpo', name: 'Data protection officer', kind: 'individual',
    responsibilities: ['Advise on personal data in AI systems', 'Review impact assessments for privacy impacts'],
    holderIds: ['p-fiona'], requiredCompetences: [c.privacy, c.impact],
  },
  {
    id: 'role-ciso', name: 'Chief information security officer', kind: 'individual',
    responsibilities: ['Integrate AI security with the ISO/IEC 27001 ISMS', 'Set event-log retention and protection'],
    holderIds: ['p-kwame'], requiredCompetences: [c.security],
  },
  {
    id: 'role-concern-handler', name: 'Concern and complaint handler for AI', kind: 'individual',
    responsibilities: ['Receive and investigate concerns and reports of adverse impacts', 'Route them to AI system owners'],
    holderIds: ['p-hannah'], requiredCompetences: [c.concerns], areaRefs: ['A.3.3', 'A.8.3'],
  },
  {
    id: 'role-communications', name: 'AI communications owner', kind: 'individual',
    responsibilities: ['Publish information for users and interested parties, including known limitations', 'Run the AIMS communication plan'],
    holderIds: ['p-dan'], requiredCompetences: [c.comms], areaRefs: ['7.4', 'A.8.2', 'A.8.5'],
  },
  {
    id: 'role-compliance', name: 'Head of compliance (AI incidents and responsible use)', kind: 'individual',
    responsibilities: ['Run AI incident communication, including regulatory reporting', 'Own the responsible-use standard'],
    holderIds: ['p-isabel'], requiredCompetences: [c.risk], areaRefs: ['A.8.4'],
  },
  {
    id: 'role-people', name: 'Head of people (competence and awareness)', kind: 'individual',
    responsibilities: ['Run the AI competence framework and awareness programme', 'Keep training records'],
    holderIds: ['p-lucy'], requiredCompetences: [c.people], areaRefs: ['7.1', '7.2', '7.3', 'A.4.6'],
  },
];
