// intended-use-oversight-undefined (A.9.2, A.9.4): AI systems in operation whose responsible use is not defined: no
// human oversight recorded, or an intended use that only repeats the purpose and so sets no bounds on use.
import { isBlank, normaliseText, shareOfWordsIn } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { highRiskReason, highRiskReasonOfAny } from './shared/risk-class.ts';
import { justifiedExclusion } from './shared/soa-exclusions.ts';

/** An intended use that says no more than this share of new words beside the purpose only restates it. */
const RESTATES = 0.8;

export default defineCheck({
  id: 'intended-use-oversight-undefined',
  meta: {
    title: 'AI systems in operation have a bounded intended use and defined human oversight',
    severity: 'minor',
    surfaces: ['stage-2', 'surveillance'],
    refs: ['A.9.2', 'A.9.4'],
    euAiAct: ['Art 14', 'Art 26'],
    description:
      'Sampling an AI system in use, the auditor asks what it is for and what it must not be used for, and who watches ' +
      'over its outputs, with what authority to intervene. A system in operation with no human oversight defined, or an ' +
      'intended use that only restates the purpose, is used without the bounds A.9 asks the organisation to set.',
    messages: {
      noOversight:
        '{{count}} of the {{examined}} AI systems in operation {{have}} no human oversight defined: {{systems}}.',
      minimalNoOversight:
        '{{count}} minimal-risk AI {{systemWord}} in operation {{record}} no human oversight ({{systems}}); confirm who watches over the outputs and how use is kept within its intended use.',
      useRestatesPurpose:
        'The intended use of {{count}} AI {{systemWord}} in operation only restates {{their}} purpose ({{systems}}); confirm that the bounds of use are documented elsewhere.',
    },
    fix:
      'For {{todo}}: record who oversees the outputs, how often and with what authority to override or stop the system; ' +
      'write the intended use as its bounds (who uses it, for which decisions, and what it must not be used for).',
  },
  run({ aims, index, report, pass, notApplicable }) {
    if (justifiedExclusion(aims, 'A.9.2') && justifiedExclusion(aims, 'A.9.4')) {
      notApplicable('The SoA excludes A.9.2 and A.9.4 with a justification.');
      return;
    }
    const inOperation = activeAiSystemsInScope(aims).filter((s) => s.status === 'in-operation');
    if (inOperation.length === 0) {
      notApplicable('No AI system in scope is in operation, so none is in use yet.');
      return;
    }
    const lacking = inOperation.filter((s) => isBlank(s.humanOversight));
    // A minimal-risk system whose impacts are not severe may run without a human watching each output; its missing
    // oversight is something to confirm, not a requirement shown unmet.
    const minimal = lacking.filter((s) => s.euAiActRiskClass === 'minimal-risk' && highRiskReason(aims, index, s.id) === undefined);
    const minimalSet = new Set(minimal);
    const noOversight = lacking.filter((s) => !minimalSet.has(s));
    if (noOversight.length > 0) {
      const highRisk = highRiskReasonOfAny(aims, index, noOversight.map((s) => s.id));
      report({
        messageId: 'noOversight',
        // Human oversight of a high-risk system is an EU AI Act obligation (Art 14, Art 26): its absence raises the grade.
        grade: { examined: inOperation.length, ...(highRisk ? { highRisk } : {}) },
        instances: noOversight.map((s) => ({ subjects: [subjectOf('aiSystems', s)], text: `AI system ${named(s)} is in operation with no human oversight defined.` })),
        data: {
          count: noOversight.length, examined: inOperation.length, have: noOversight.length === 1 ? 'has' : 'have',
          systems: listForMessage(noOversight.map((s) => `${named(s)}${s.euAiActRiskClass === 'high-risk' ? ' (EU AI Act high-risk)' : ''}`), 5),
          todo: listForMessage(noOversight.map((s) => s.id), 5),
        },
        subjects: [],
      });
    }
    if (minimal.length > 0) {
      report({
        messageId: 'minimalNoOversight',
        grade: { extent: 'potential' },
        data: {
          count: minimal.length, systemWord: minimal.length === 1 ? 'system' : 'systems', record: minimal.length === 1 ? 'records' : 'record',
          systems: listForMessage(minimal.map(named), 5), todo: listForMessage(minimal.map((s) => s.id), 5),
        },
        subjects: minimal.map((s) => subjectOf('aiSystems', s)),
      });
    }
    const restating = inOperation.filter((s) => normaliseText(s.intendedUse) === normaliseText(s.purpose) || shareOfWordsIn(s.intendedUse, s.purpose) >= RESTATES);
    if (restating.length > 0) {
      report({
        messageId: 'useRestatesPurpose',
        outcome: 'needs-review',
        data: {
          count: restating.length, systemWord: restating.length === 1 ? 'system' : 'systems', their: restating.length === 1 ? 'its' : 'their',
          systems: listForMessage(restating.map(named), 5), todo: listForMessage(restating.map((s) => s.id), 5),
        },
        subjects: restating.map((s) => subjectOf('aiSystems', s)),
      });
    }
    pass(inOperation.map((s) => subjectOf('aiSystems', s)));
  },
});
