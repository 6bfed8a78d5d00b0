// Where certification auditors look hardest: high-weight clauses and controls, and what every surveillance revisits.
// Both lists are our reading of practitioner experience (the seed), shipped as editable defaults, not rules.

export interface WeightedRef {
  readonly ref: string;
  /** 3 = among the five most scrutinised documents; 2 = where typical nonconformities cluster. */
  readonly weight: 2 | 3;
  readonly why: string;
}

export const defaultHighWeightRefs: readonly WeightedRef[] = [
  { ref: '5.2', weight: 3, why: 'The AI policy is among the five most scrutinised documents.' },
  { ref: 'A.2.2', weight: 3, why: 'The AI policy is among the five most scrutinised documents.' },
  { ref: '6.1.3', weight: 3, why: 'The Statement of Applicability is the working surface of the audit.' },
  { ref: '6.1.4', weight: 3, why: 'AI impact assessments are among the five most scrutinised documents.' },
  { ref: 'A.5.4', weight: 3, why: 'Impact on individuals and groups is where impact assessments are tested.' },
  { ref: 'A.5.5', weight: 3, why: 'Societal impact is where impact assessments are tested.' },
  { ref: '9.2.2', weight: 3, why: 'Internal audit reports are among the five most scrutinised documents.' },
  { ref: '9.3.2', weight: 3, why: 'Management review minutes are among the five most scrutinised documents.' },
  { ref: '9.3.3', weight: 3, why: 'Management review minutes are among the five most scrutinised documents.' },
  { ref: '5.3', weight: 2, why: 'Diffuse accountability surfaces in interviews.' },
  { ref: 'A.3.2', weight: 2, why: 'Diffuse accountability surfaces in interviews.' },
  { ref: '7.2', weight: 2, why: 'Competence asserted rather than evidenced is a typical finding.' },
  { ref: '7.4', weight: 2, why: 'External communication of known limitations is often missed.' },
  { ref: 'A.8.2', weight: 2, why: 'External communication of known limitations is often missed.' },
  { ref: '8.2', weight: 2, why: 'Risk assessments done once and not repeated surface at surveillance.' },
  { ref: '8.4', weight: 2, why: 'Impact assessments done once and not repeated surface at surveillance.' },
  { ref: '10.2', weight: 2, why: 'Corrections logged as corrective actions, effectiveness unverified.' },
  { ref: 'A.6.2.2', weight: 2, why: 'Life cycles without stages and gates surface in walkthroughs.' },
  { ref: 'A.6.2.7', weight: 2, why: 'Technical documentation is sampled in walkthroughs.' },
  { ref: 'A.10.2', weight: 2, why: 'Third-party AI treated as ordinary procurement is a typical finding.' },
  { ref: 'A.10.3', weight: 2, why: 'Third-party AI treated as ordinary procurement is a typical finding.' },
];

/** What every surveillance audit revisits, whatever else it samples. */
export const defaultSurveillanceFocus: readonly { readonly ref: string; readonly why: string }[] = [
  { ref: '4.3', why: 'Changes to the scope: new AI systems, units or capabilities.' },
  { ref: '6.1.3', why: 'The Statement of Applicability kept consistent with current risk treatment.' },
  { ref: '9.2.2', why: 'The internal audit programme operating, recent audits done, findings closed.' },
  { ref: '9.3.2', why: 'The latest management review with its required inputs.' },
  { ref: '10.2', why: 'The nonconformity register active, corrective actions closing with effectiveness verified.' },
];

const weightByRef = new Map(defaultHighWeightRefs.map((w) => [w.ref, w]));

/** The default weighting of a clause or control, with why auditors weigh it; undefined for the ordinary ones. */
export function highWeightRef(ref: string, weights: ReadonlyMap<string, WeightedRef> = weightByRef): WeightedRef | undefined {
  return weights.get(ref);
}

export function auditWeight(ref: string, weights: ReadonlyMap<string, WeightedRef> = weightByRef): number {
  return highWeightRef(ref, weights)?.weight ?? 1;
}
