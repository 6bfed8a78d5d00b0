// ISO/IEC 42001:2023 Annex A reference controls: ids, short titles and groups are facts; summaries are our words.
export interface ControlGroup {
  readonly id: string;
  readonly title: string;
  /** Sub-group (A.6.1, A.6.2) inside a group, when the Annex splits one. */
  readonly parent?: string;
}

export interface Control {
  readonly id: string;
  readonly title: string;
  /** Innermost group id (A.6.2 for A.6.2.4). */
  readonly group: string;
  readonly summary: string;
}

export const controlGroups: readonly ControlGroup[] = [
  { id: 'A.2', title: 'Policies related to AI' },
  { id: 'A.3', title: 'Internal organization' },
  { id: 'A.4', title: 'Resources for AI systems' },
  { id: 'A.5', title: 'Assessing impacts of AI systems' },
  { id: 'A.6', title: 'AI system life cycle' },
  { id: 'A.6.1', title: 'Management guidance for AI system development', parent: 'A.6' },
  { id: 'A.6.2', title: 'AI system life cycle', parent: 'A.6' },
  { id: 'A.7', title: 'Data for AI systems' },
  { id: 'A.8', title: 'Information for interested parties of AI systems' },
  { id: 'A.9', title: 'Use of AI systems' },
  { id: 'A.10', title: 'Third-party and customer relationships' },
];

const a = (id: string, title: string, group: string, summary: string): Control => ({ id, title, group, summary });

export const controls: readonly Control[] = [
  a('A.2.2', 'AI policy', 'A.2', 'Have a documented policy for developing or using AI systems.'),
  a('A.2.3', 'Alignment with other organizational policies', 'A.2', 'Work out where other policies touch AI and keep them consistent with the AI policy.'),
  a('A.2.4', 'Review of the AI policy', 'A.2', 'Review the AI policy at planned intervals, and when needed, so it stays fit.'),
  a('A.3.2', 'AI roles and responsibilities', 'A.3', 'Define and allocate AI roles and responsibilities to named people.'),
  a('A.3.3', 'Reporting of concerns', 'A.3', 'Give people a way to raise concerns about the organisation’s AI systems.'),
  a('A.4.2', 'Resource documentation', 'A.4', 'Identify and record the resources each AI system needs across its life cycle.'),
  a('A.4.3', 'Data resources', 'A.4', 'Document the data resources AI systems use.'),
  a('A.4.4', 'Tooling resources', 'A.4', 'Document the tools AI systems are built and run with.'),
  a('A.4.5', 'System and computing resources', 'A.4', 'Document the compute and system resources AI systems rely on.'),
  a('A.4.6', 'Human resources', 'A.4', 'Document the people and skills needed for each AI system stage.'),
  a('A.5.2', 'AI system impact assessment process', 'A.5', 'Run a defined process to assess consequences of AI systems for people and society.'),
  a('A.5.3', 'Documentation of AI system impact assessments', 'A.5', 'Keep the results of impact assessments for a defined period.'),
  a('A.5.4', 'Assessing AI system impact on individuals or groups of individuals', 'A.5', 'Assess and record effects on individuals and groups throughout the life cycle.'),
  a('A.5.5', 'Assessing societal impacts of AI systems', 'A.5', 'Assess and record effects on society throughout the life cycle.'),
  a('A.6.1.2', 'Objectives for responsible development of AI system', 'A.6.1', 'Set objectives that guide responsible development and build them into the process.'),
  a('A.6.1.3', 'Processes for responsible AI system design and development', 'A.6.1', 'Define the processes by which AI systems are designed and developed responsibly.'),
  a('A.6.2.2', 'AI system requirements and specification', 'A.6.2', 'Specify and document requirements for new AI systems or material changes.'),
  a('A.6.2.3', 'Documentation of AI system design and development', 'A.6.2', 'Record design and development decisions against the objectives and requirements.'),
  a('A.6.2.4', 'AI system verification and validation', 'A.6.2', 'Define and document verification and validation measures and their acceptance criteria.'),
  a('A.6.2.5', 'AI system deployment', 'A.6.2', 'Plan deployment and meet defined requirements before releasing an AI system.'),
  a('A.6.2.6', 'AI system operation and monitoring', 'A.6.2', 'Define what is needed to operate and monitor AI systems, including repairs and updates.'),
  a('A.6.2.7', 'AI system technical documentation', 'A.6.2', 'Keep the technical documentation each audience of an AI system needs.'),
  a('A.6.2.8', 'AI system recording of event logs', 'A.6.2', 'Decide at which life-cycle stages event logs are kept, at least while the system is in use.'),
  a('A.7.2', 'Data for development and enhancement of AI system', 'A.7', 'Define and run data management for developing and improving AI systems.'),
  a('A.7.3', 'Acquisition of data', 'A.7', 'Record how and from where data for AI systems is obtained.'),
  a('A.7.4', 'Quality of data for AI systems', 'A.7', 'Set data quality requirements and make sure data meets them.'),
  a('A.7.5', 'Data provenance', 'A.7', 'Record where data came from and what happened to it over its life.'),
  a('A.7.6', 'Data preparation', 'A.7', 'Define criteria and methods for preparing data.'),
  a('A.8.2', 'System documentation and information for users', 'A.8', 'Give users the information they need about an AI system, including its limits.'),
  a('A.8.3', 'External reporting', 'A.8', 'Let interested parties report adverse effects of an AI system.'),
  a('A.8.4', 'Communication of incidents', 'A.8', 'Plan how incidents are communicated to users and others concerned.'),
  a('A.8.5', 'Information for interested parties', 'A.8', 'Decide and record what information about AI systems goes to interested parties.'),
  a('A.9.2', 'Processes for responsible use of AI systems', 'A.9', 'Define processes for using AI systems responsibly.'),
  a('A.9.3', 'Objectives for responsible use of AI system', 'A.9', 'Set objectives that guide responsible use of AI systems.'),
  a('A.9.4', 'Intended use of the AI system', 'A.9', 'Make sure AI systems are used as intended and as their documentation says.'),
  a('A.10.2', 'Allocating responsibilities', 'A.10', 'Share responsibilities across the AI life cycle between the organisation and its partners, suppliers and customers.'),
  a('A.10.3', 'Suppliers', 'A.10', 'Make sure supplied services, products and materials fit the organisation’s approach to responsible AI.'),
  a('A.10.4', 'Customers', 'A.10', 'Take customers’ expectations and needs into account when providing AI products and services.'),
];
