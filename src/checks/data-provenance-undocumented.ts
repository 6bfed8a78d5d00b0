// data-provenance-undocumented (A.7.3, A.7.4, A.7.5, A.7.6): a dataset used by an AI system in scope without documented
// acquisition, provenance, data quality requirements or preparation.
import { highRiskReasonOfAny } from './shared/risk-class.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { reportLapses, type Lapse } from './shared/nonconformity.ts';
import { justifiedExclusion } from './shared/soa-exclusions.ts';
import type { Subject } from './types.ts';

/** How many system names a message lists before "and N more". */
const NAMES_SHOWN = 3;

export default defineCheck({
  id: 'data-provenance-undocumented',
  meta: {
    title: 'Datasets of AI systems in scope have documented acquisition, provenance, quality requirements and preparation',
    severity: 'minor',
    surfaces: ['stage-2'],
    refs: ['A.7.4', 'A.7.5', 'A.7.3', 'A.7.6'],
    euAiAct: ['Art 10'],
    description:
      'When the auditor samples an AI system they follow its data: how each dataset was acquired and from where, where ' +
      'it came from and what was done to it since (provenance), which quality requirements it must meet and how that is ' +
      'checked, and how it was prepared for use. A dataset feeding a system in scope without these leaves the ' +
      'system’s behaviour resting on data nobody can vouch for.',
    messages: {
      undocumentedAll:
        '{{count}} of the {{examined}} datasets used by AI systems in scope lack documented acquisition, provenance, quality requirements or preparation: {{datasets}}.',
      undocumented: 'Dataset {{dataset}}, used by {{systems}}, has no documented {{gaps}}.',
    },
    fix:
      'For dataset {{dataset}}, record {{todo}}.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    // A control the SoA excludes with a reason is not asked of the datasets. Decided once per control, not per
    // dataset: the SoA is read four times, not four times per dataset.
    const applying = new Set(['A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'].filter((id) => justifiedExclusion(aims, id) === undefined));
    const applies = (controlId: string) => applying.has(controlId);
    const systems = new Map(
      activeAiSystemsInScope(aims)
        .filter((s) => s.status === 'in-development' || s.status === 'in-operation')
        .map((s) => [s.id, s]),
    );
    const examined: Subject[] = [];
    const lapses: Lapse<'undocumented' | 'undocumentedAll'>[] = [];
    const usedBy: string[] = [];
    for (const dataset of aims.datasets) {
      const users = (dataset.aiSystemIds ?? []).map((id) => systems.get(id)).filter((s) => s !== undefined);
      if (users.length === 0) continue;
      const subject = subjectOf('datasets', dataset);
      examined.push(subject);
      const gaps: string[] = [];
      const todo: string[] = [];
      if (applies('A.7.3') && isBlank(dataset.acquisition)) {
        gaps.push('acquisition');
        todo.push('how and from where the data was acquired (source, terms or consent, selection)');
      }
      if (applies('A.7.5') && isBlank(dataset.provenance)) {
        gaps.push('provenance');
        todo.push('where the data came from and what has been done to it since (collection, transformation, labelling, filtering)');
      }
      if (applies('A.7.4') && isBlank(dataset.qualityRequirements)) {
        gaps.push('quality requirements');
        todo.push('the quality requirements it must meet (for example completeness, accuracy, representativeness, with thresholds) and how they are checked');
      }
      if (applies('A.7.6') && isBlank(dataset.preparation)) {
        gaps.push('preparation');
        todo.push('the preparation methods applied and the criteria for choosing them (cleaning, labelling, imputation, splitting)');
      }
      if (gaps.length === 0) continue;
      const userSubjects = users.map((s) => subjectOf('aiSystems', s));
      const shown = userSubjects.slice(0, NAMES_SHOWN).map(named);
      const rest = userSubjects.length - shown.length;
      usedBy.push(...users.map((s) => s.id));
      lapses.push({
        messageId: 'undocumented',
        data: {
          dataset: named(subject),
          systems: `${userSubjects.length === 1 ? 'AI system' : 'AI systems'} ${rest > 0 ? `${shown.join(', ')} and ${rest} more` : listForMessage(shown)}`,
          gaps: listForMessage(gaps),
          todo: listForMessage(todo),
        },
        subjects: [subject, ...userSubjects],
      });
    }
    if (examined.length === 0) {
      notApplicable('No dataset is recorded as used by an AI system in scope that is in development or in operation.');
      return;
    }
    const highRisk = highRiskReasonOfAny(aims, index, usedBy);
    reportLapses(report, lapses, {
      summary: 'undocumentedAll',
      data: () => ({ examined: examined.length, datasets: listForMessage(lapses.map((l) => String(l.data['dataset'])), 6), dataset: 'each dataset listed', todo: 'how it was acquired, its provenance, its quality requirements and how it was prepared' }),
      grade: { examined: examined.length, ...(highRisk ? { highRisk } : {}) },
    });
    pass(examined);
  },
});
