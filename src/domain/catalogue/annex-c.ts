// ISO/IEC 42001 Annex C: organisational objectives and risk sources an AIMS may consider; ids are ours, names are facts.
export interface AnnexCItem {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

export const annexCObjectives: readonly AnnexCItem[] = [
  { id: 'accountability', title: 'Accountability', summary: 'Someone answers for what the AI system does and its effects.' },
  { id: 'ai-expertise', title: 'AI expertise', summary: 'People with the right AI skills design, run and oversee the system.' },
  { id: 'data-availability-and-quality', title: 'Availability and quality of training and test data', summary: 'Enough data of adequate quality for the intended use.' },
  { id: 'environmental-impact', title: 'Environmental impact', summary: 'The energy and resources the system consumes, and its wider environmental effects.' },
  { id: 'fairness', title: 'Fairness', summary: 'No unjustified different treatment of people or groups.' },
  { id: 'maintainability', title: 'Maintainability', summary: 'The system can be corrected and changed safely over time.' },
  { id: 'privacy', title: 'Privacy', summary: 'Personal data is protected in development and use.' },
  { id: 'robustness', title: 'Robustness', summary: 'Performance holds under new, unexpected or adversarial conditions.' },
  { id: 'safety', title: 'Safety', summary: 'The system does not endanger life, health, property or the environment.' },
  { id: 'security', title: 'Security', summary: 'Protection against AI-specific attacks such as poisoning and model theft.' },
  { id: 'transparency-and-explainability', title: 'Transparency and explainability', summary: 'Stakeholders get appropriate information about, and explanations of, the system.' },
];

export const annexCRiskSources: readonly AnnexCItem[] = [
  { id: 'environment-complexity', title: 'Complexity of environment', summary: 'The wider and less predictable the operating environment, the harder the system is to specify and test.' },
  { id: 'lack-of-transparency', title: 'Lack of transparency and explainability', summary: 'Stakeholders cannot see or understand how outputs come about.' },
  { id: 'level-of-automation', title: 'Level of automation', summary: 'The less human involvement, the less chance to catch and correct errors.' },
  { id: 'machine-learning', title: 'Risk sources related to machine learning', summary: 'Data quality, data drift and the learning process itself.' },
  { id: 'hardware-issues', title: 'System hardware issues', summary: 'Faults, capacity limits or the transfer of models between hardware.' },
  { id: 'life-cycle-issues', title: 'System life cycle issues', summary: 'Flaws in design, deployment, maintenance or decommissioning.' },
  { id: 'technology-readiness', title: 'Technology readiness', summary: 'Immature or unproven technology, or mature technology in a new context.' },
];
