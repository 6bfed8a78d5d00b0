// impact-results-not-in-risk-assessment (6.1.2, 6.1.4): significant results of AI system impact assessments that
// no risk of the risk register carries. ISO/IEC 42001 links the two assessments; ISO/IEC 27001 has no counterpart.
import type { AiSystem, ImpactAssessment, Risk } from '../domain/index.ts';
import { significantImpacts, type Impact } from '../domain/predicates/impact-significance.ts';
import { wordsOf } from '../domain/predicates/free-text.ts';
import { listForMessage, plural } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { activeInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';
import type { Subject } from './types.ts';

interface Examined {
  readonly assessment: ImpactAssessment;
  readonly system: AiSystem | undefined;
  readonly uncarried: readonly Impact[];
}

/** `ia-3 (2026-03-01) of "Credit scoring" (ais-credit): "Unfair refusal" (severity 5)` — one instance of the finding. */
function instanceLine(e: Examined): string {
  const system = e.system ? named(e.system) : `"${e.assessment.aiSystemId}"`;
  const impacts = listForMessage(e.uncarried.map((i) => `"${i.description}" (severity ${i.severity})`), 3);
  return `${e.assessment.id} (${e.assessment.assessedOn}) of ${system}: ${impacts}`;
}

const subjectsOf = (e: Examined): Subject[] => [
  subjectOf('impactAssessments', e.assessment, `Impact assessment of ${e.system?.name ?? e.assessment.aiSystemId} (${e.assessment.assessedOn})`),
  ...(e.system ? [subjectOf('aiSystems', e.system)] : []),
];

const sharedWords = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((w) => b.has(w)).length;

export default defineCheck({
  id: 'impact-results-not-in-risk-assessment',
  meta: {
    title: 'Significant impact assessment results are carried into the AI risk assessment',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['6.1.4', '6.1.2', '8.4'],
    euAiAct: ['Art 9', 'Art 27'],
    description:
      'ISO/IEC 42001 joins its two assessments: the results of AI system impact assessments are to be considered in '
      + 'the AI risk assessment. The auditor takes an impact assessment that rates a severe effect on people — unfair '
      + 'refusals, exposure of health data — and looks for the risk in the risk register that carries it, with its '
      + 'treatment. An impact assessment filed and forgotten, its worst results nowhere in the risk register, shows two '
      + 'processes that do not talk to each other.',
    messages: {
      notCarried:
        'Significant results of {{count}} are carried into no risk of the risk register: {{instances}}.',
      notCarriedOne: 'Significant results of impact assessment {{line}} are carried into no risk of the risk register.',
      maybeCarried:
        'Significant results of {{count}} are linked to no risk, though the risk register holds risks of the same AI systems assessed since or worded alike: check that those risks carry them ({{instances}}).',
    },
    fix:
      'For each impact listed ({{assessments}}): add it to the risk assessment — a risk of the AI system that carries the '
      + 'effect on people, analysed and evaluated with the risk methodology and treated — and list that risk in the '
      + 'impact’s riskIds; where the assessor judges the impact not significant, record significant: false with the reason.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    const judged = activeInScope(aims);
    const latest = new Map<string, ImpactAssessment>();
    for (const a of aims.impactAssessments) {
      const seen = latest.get(a.aiSystemId);
      if (seen === undefined || a.assessedOn > seen.assessedOn) latest.set(a.aiSystemId, a);
    }
    const onlyMethodology = aims.impactMethodologies.length === 1 ? aims.impactMethodologies[0] : undefined;
    const carried = (i: Impact) => (i.riskIds ?? []).some((id) => index.risks.has(id));
    const examined: (Examined & { readonly significant: number })[] = [];
    for (const assessment of latest.values()) {
      const system = index.aiSystems.get(assessment.aiSystemId);
      if (system && !judged(system)) continue;
      const methodology = assessment.methodologyId ? index.impactMethodologies.get(assessment.methodologyId) : onlyMethodology;
      const significant = significantImpacts(assessment, methodology);
      if (significant.length === 0) continue;
      examined.push({ assessment, system, significant: significant.length, uncarried: significant.filter((i) => !carried(i)) });
    }
    if (examined.length === 0) {
      notApplicable('No current impact assessment of an AI system in scope records a significant effect on individuals, groups or societies.');
      return;
    }
    // Without a link, a risk of the same system may still carry the result: one assessed on or after the impact
    // assessment, or one whose wording shares words with every uncarried result. Only a reader can tell.
    // The risks of each system, indexed once: a register of 100,000 risks is not filtered again per assessment.
    const risksBySystem = new Map<string, Risk[]>();
    for (const r of aims.risks) {
      for (const id of r.aiSystemIds ?? []) {
        const list = risksBySystem.get(id);
        if (list) list.push(r);
        else risksBySystem.set(id, [r]);
      }
    }
    const mayCarry = (e: Examined) => {
      const risks = risksBySystem.get(e.assessment.aiSystemId) ?? [];
      if (risks.some((r) => r.assessedOn >= e.assessment.assessedOn)) return true;
      if (risks.length === 0) return false;
      const texts = risks.map((r) => wordsOf(`${r.title} ${r.description ?? ''}`));
      return e.uncarried.every((i) => { const words = wordsOf(i.description); return texts.some((t) => sharedWords(words, t) >= 2); });
    };
    const gaps = examined.filter((e) => e.uncarried.length > 0);
    const notCarried = gaps.filter((e) => !mayCarry(e));
    const maybe = gaps.filter(mayCarry);
    const data = (list: readonly Examined[]) => ({
      count: plural(list.length, 'impact assessment'),
      instances: listForMessage(list.map(instanceLine), 5, { separator: '; ' }),
      assessments: listForMessage(list.map((e) => e.assessment.id), 5),
    });
    if (notCarried.length > 0) {
      // One requirement, one finding with its instances, graded by the rule: the share of assessments affected
      // decides, none carried of several is the link not working at all, and the systems' risk class raises it.
      const highRisk = highRiskReasonOfAny(aims, index, notCarried.map((e) => e.assessment.aiSystemId));
      const noneCarried = examined.length >= 2 && notCarried.length === examined.length;
      report({
        messageId: 'notCarried',
        data: data(notCarried),
        subjects: notCarried.flatMap(subjectsOf),
        instances: notCarried.map((e) => ({ messageId: 'notCarriedOne', data: { line: instanceLine(e) }, subjects: subjectsOf(e) })),
        grade: noneCarried ? { extent: 'broken-down' } : { examined: examined.length, ...(highRisk ? { highRisk } : {}) },
      });
    }
    if (maybe.length > 0) {
      report({ messageId: 'maybeCarried', outcome: 'needs-review', data: data(maybe), subjects: maybe.flatMap(subjectsOf) });
    }
    if (gaps.length === 0) pass(examined.flatMap(subjectsOf));
  },
});
