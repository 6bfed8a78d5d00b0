// third-party-ai-ungoverned: a supplier of AI (model, AI service, component, data for AI) without A.10 governance.
import type { AiSystem } from '../domain/index.ts';
import { clausesLookGeneric, describeProvision, governanceGaps, isReviewOverdue, providesAi } from '../domain/predicates/supplier-governance.ts';
import { activeInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { reportLapses, type Lapse } from './shared/nonconformity.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';

function joinGaps(gaps: readonly string[]): string {
  return gaps.length <= 1 ? (gaps[0] ?? '') : `${gaps.slice(0, -1).join(', ')} and ${gaps.at(-1)}`;
}

function usedBy(systems: readonly AiSystem[]): string {
  if (systems.length === 0) return ', used by no in-scope AI system,';
  if (systems.length === 1) return ` to in-scope AI system ${named(systems[0]!)}`;
  return ` to ${systems.length} in-scope AI systems (${listForMessage(systems.map(named), 3)})`;
}

export default defineCheck({
  id: 'third-party-ai-ungoverned',
  meta: {
    title: 'Suppliers of AI are governed as AI suppliers',
    severity: 'minor',
    surfaces: ['stage-2'],
    refs: ['A.10.2', 'A.10.3'],
    euAiAct: ['Art 25'],
    description:
      'Sampling suppliers, the auditor looks for foundation-model, AI-service and data providers treated like any other '
      + 'vendor: bought through ordinary procurement, never assessed for how they fit responsible AI, with no agreed split '
      + 'of responsibilities and no contract terms on model changes, incidents or data use.',
    messages: {
      ungovernedAll: '{{count}} of the {{examined}} suppliers of AI that in-scope AI systems rest on are not governed as AI suppliers: {{suppliers}}.',
      unusedUngovernedAll: '{{count}} suppliers of AI that no in-scope AI system uses yet are not governed as AI suppliers: {{suppliers}}.',
      reviewOverdueAll: '{{count}} AI suppliers are past their AI supplier review date: {{suppliers}}.',
      ungoverned: 'Supplier {{supplier}} provides {{provision}}{{usedBy}} but {{gaps}}.',
      reviewOverdue: 'Supplier {{supplier}} provides {{provision}}{{usedBy}} and was due for its AI supplier review on {{dueOn}}.',
      genericClauses: 'Supplier {{supplier}} provides {{provision}}{{usedBy}}; its contract clauses ({{clauses}}) mention nothing about AI. Check that the contract covers model changes, incidents and data use.',
    },
    fix:
      'Govern {{supplierId}} as an AI supplier: assess it against your responsible-AI requirements (record date, assessor, '
      + 'outcome), write down who is responsible for what across the life cycle (e.g. "{{allocation}}"), and add contract '
      + 'clauses on model change notice, incident notification, use of your data and audit rights.',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    // Which in-scope AI systems depend on each supplier, directly or through a dataset it provides.
    const dependants = new Map<string, Map<string, AiSystem>>();
    const feedsAi = new Set<string>();
    const live = activeInScope(aims);
    const depend = (supplierId: string, system: AiSystem | undefined) => {
      if (!live(system)) return;
      let systems = dependants.get(supplierId);
      if (!systems) dependants.set(supplierId, (systems = new Map()));
      systems.set(system.id, system);
    };
    for (const system of aims.aiSystems) {
      for (const supplierId of system.supplierIds) {
        feedsAi.add(supplierId);
        depend(supplierId, system);
      }
    }
    for (const dataset of aims.datasets) {
      if (!dataset.supplierId) continue;
      feedsAi.add(dataset.supplierId);
      for (const id of dataset.aiSystemIds) depend(dataset.supplierId, index.aiSystems.get(id));
    }

    const aiSuppliers = aims.suppliers.filter((s) => providesAi(s, feedsAi.has(s.id)));
    if (aiSuppliers.length === 0) {
      notApplicable('No supplier provides a foundation model, an AI service, an AI component or data for AI.');
      return;
    }
    // Whether the A.10 process runs at all: some supplier of AI is governed as one and was assessed.
    const processRuns = aiSuppliers.some((s) => s.governedAs === 'ai-supplier' && s.aiAssessment !== undefined);
    type M = 'ungoverned' | 'reviewOverdue' | 'ungovernedAll' | 'unusedUngovernedAll' | 'reviewOverdueAll' | 'genericClauses';
    const used: Lapse<M>[] = [];
    const unused: Lapse<M>[] = [];
    const overdue: Lapse<M>[] = [];
    const usedSystems: string[] = [];
    let examined = 0;
    for (const supplier of aiSuppliers) {
      const systems = [...(dependants.get(supplier.id)?.values() ?? [])];
      if (systems.length > 0) examined++;
      const subjects = [subjectOf('suppliers', supplier), ...systems.map((s) => subjectOf('aiSystems', s))];
      const data = {
        supplier: named(supplier),
        supplierId: supplier.id,
        provision: describeProvision(supplier),
        usedBy: usedBy(systems),
        allocation: 'supplier notifies model changes 30 days ahead; we validate before use',
      };
      const gaps = governanceGaps(supplier, systems.length > 0);
      if (gaps.length > 0) {
        if (isReviewOverdue(supplier, now)) gaps.push(`was due for review on ${supplier.nextReviewDue}`);
        // A supplier no in-scope system uses yet is a potential issue; one an in-scope system rests on is a lapse.
        (systems.length === 0 ? unused : used).push({ messageId: 'ungoverned', subjects, data: { ...data, gaps: joinGaps(gaps) } });
        if (systems.length > 0) usedSystems.push(...systems.map((s) => s.id));
        continue;
      }
      if (isReviewOverdue(supplier, now)) {
        // Governed, but not looked at again when planned: the arrangement may have drifted.
        overdue.push({ messageId: 'reviewOverdue', subjects, data: { ...data, dueOn: supplier.nextReviewDue ?? '' } });
        continue;
      }
      if (clausesLookGeneric(supplier.contractClauses)) {
        report({
          messageId: 'genericClauses', subjects, outcome: 'needs-review',
          data: { ...data, clauses: listForMessage(supplier.contractClauses.map((c) => `"${c}"`), 2) },
        });
        continue;
      }
      pass(subjects);
    }
    const names = (list: Lapse<M>[]) => listForMessage(list.map((l) => String(l.data['supplier'])), 6);
    const fixData = { supplierId: 'each supplier listed', allocation: 'supplier notifies model changes 30 days ahead; we validate before use' };
    const highRisk = highRiskReasonOfAny(aims, index, usedSystems);
    // No supplier of AI governed as one at all: the A.10 process does not run. Otherwise the share of suppliers decides.
    reportLapses(report, used, {
      summary: 'ungovernedAll', data: () => ({ examined, suppliers: names(used), ...fixData }),
      grade: { ...(processRuns ? {} : { extent: 'absent' as const }), examined, ...(highRisk ? { highRisk } : {}) },
    });
    reportLapses(report, unused, { summary: 'unusedUngovernedAll', data: () => ({ suppliers: names(unused), ...fixData }), grade: { extent: 'potential' } });
    reportLapses(report, overdue, { summary: 'reviewOverdueAll', data: () => ({ suppliers: names(overdue), ...fixData }), grade: { extent: 'potential' } });
  },
});
