// ISO/IEC 42001:2023 clauses 4–10: ids, short titles and parents are facts; the summaries are our own words.
export interface Clause {
  readonly id: string;
  readonly title: string;
  /** Parent clause id; undefined for the seven top-level clauses. */
  readonly parent?: string;
  readonly summary: string;
}

const c = (id: string, title: string, parent: string | undefined, summary: string): Clause =>
  parent === undefined ? { id, title, summary } : { id, title, parent, summary };

export const clauses: readonly Clause[] = [
  c('4', 'Context of the organization', undefined, 'Know the organisation, its stakeholders and where the AIMS begins and ends.'),
  c('4.1', 'Understanding the organization and its context', '4', 'Determine the internal and external issues that bear on AI, its role as provider or user, and whether climate change is relevant.'),
  c('4.2', 'Understanding the needs and expectations of interested parties', '4', 'Determine who has a stake in the AIMS, what they need, and which needs the AIMS will address.'),
  c('4.3', 'Determining the scope of the AI management system', '4', 'Write down which AI systems, units, sites and life-cycle stages the AIMS covers, and justify what it leaves out.'),
  c('4.4', 'AI management system', '4', 'Set up, run, maintain and keep improving the AIMS and the processes it needs.'),
  c('5', 'Leadership', undefined, 'Top management owns the AIMS, sets its policy and assigns who does what.'),
  c('5.1', 'Leadership and commitment', '5', 'Top management shows by its actions that it backs the AIMS and gives it resources.'),
  c('5.2', 'AI policy', '5', 'An approved, AI-specific policy that frames the AI objectives and is communicated and available.'),
  c('5.3', 'Roles, responsibilities and authorities', '5', 'Assign and communicate who is responsible and has authority for each part of the AIMS.'),
  c('6', 'Planning', undefined, 'Plan how the AIMS deals with risks, impacts, objectives and changes.'),
  c('6.1', 'Actions to address risks and opportunities', '6', 'Decide which risks and opportunities the AIMS must act on, and plan the actions.'),
  c('6.1.1', 'General', '6.1', 'Consider context, stakeholders and intended use, set risk criteria, and plan actions on risks and opportunities.'),
  c('6.1.2', 'AI risk assessment', '6.1', 'A defined, repeatable process that identifies, analyses and evaluates AI risks against criteria.'),
  c('6.1.3', 'AI risk treatment', '6.1', 'Choose treatment options and controls, compare them with Annex A, keep a Statement of Applicability and a treatment plan.'),
  c('6.1.4', 'AI system impact assessment', '6.1', 'A defined process for assessing what AI systems may do to individuals, groups and societies, kept as records.'),
  c('6.2', 'AI objectives and planning to achieve them', '6', 'Set measurable AI objectives consistent with the policy, and plan who achieves them, how and by when.'),
  c('6.3', 'Planning of changes', '6', 'Make changes to the AIMS in a planned way.'),
  c('7', 'Support', undefined, 'Resources, competent and aware people, communication and controlled documents.'),
  c('7.1', 'Resources', '7', 'Provide what the AIMS needs to run and improve.'),
  c('7.2', 'Competence', '7', 'Define the competence each role needs, make sure people have it, and keep evidence.'),
  c('7.3', 'Awareness', '7', 'People working under the AIMS know the AI policy, their contribution and what non-conformance means.'),
  c('7.4', 'Communication', '7', 'Decide what is communicated internally and externally, when, to whom and how.'),
  c('7.5', 'Documented information', '7', 'Keep the documents and records the Standard and the organisation require, under control.'),
  c('7.5.1', 'General', '7.5', 'Identify which documented information the AIMS needs.'),
  c('7.5.2', 'Creating and updating documented information', '7.5', 'Give documents identification, a suitable format, and review and approval.'),
  c('7.5.3', 'Control of documented information', '7.5', 'Keep documents available, protected, versioned, retained and disposed of as intended.'),
  c('8', 'Operation', undefined, 'Run the processes the AIMS planned, including assessments and treatment in practice.'),
  c('8.1', 'Operational planning and control', '8', 'Plan, control and keep evidence of the processes that deliver the AIMS, including outsourced ones.'),
  c('8.2', 'AI risk assessment', '8', 'Repeat risk assessments at planned intervals and when significant changes happen.'),
  c('8.3', 'AI risk treatment', '8', 'Carry out the risk treatment plan and check that it works.'),
  c('8.4', 'AI system impact assessment', '8', 'Repeat impact assessments at planned intervals and when significant changes happen.'),
  c('9', 'Performance evaluation', undefined, 'Measure the AIMS, audit it and review it at the top.'),
  c('9.1', 'Monitoring, measurement, analysis and evaluation', '9', 'Decide what to measure, how and when, and evaluate the results.'),
  c('9.2', 'Internal audit', '9', 'Audit the AIMS at planned intervals with objective, impartial auditors.'),
  c('9.2.1', 'General', '9.2', 'Internal audits check conformity with the Standard and the organisation’s own requirements.'),
  c('9.2.2', 'Internal audit programme', '9.2', 'Plan audits with criteria, scope, frequency and reporting, and keep the results.'),
  c('9.3', 'Management review', '9', 'Top management reviews the AIMS at planned intervals.'),
  c('9.3.1', 'General', '9.3', 'Hold management reviews at planned intervals to confirm the AIMS stays suitable and effective.'),
  c('9.3.2', 'Management review inputs', '9.3', 'The review considers previous actions, changes in issues and stakeholder needs, performance and improvement opportunities.'),
  c('9.3.3', 'Management review results', '9.3', 'The review decides on improvements and on changes the AIMS needs, and keeps the evidence.'),
  c('10', 'Improvement', undefined, 'Keep improving the AIMS and correct what goes wrong at its cause.'),
  c('10.1', 'Continual improvement', '10', 'Keep making the AIMS more suitable, adequate and effective.'),
  c('10.2', 'Nonconformity and corrective action', '10', 'React to nonconformities, find their root cause, act so they do not recur, and check the action worked.'),
];
