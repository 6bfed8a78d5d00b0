// data-provenance-undocumented (A.7.3, A.7.4, A.7.5, A.7.6): a dataset used by an AI system in scope without documented
// acquisition, provenance, data quality requirements or preparation.
import { activeAiSystemsInScope } from './shared/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { lapseGrade } from './shared/lapse-grade.ts';
import { justifiedExclusion } from './shared/soa-exclusions.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';
import type { Instance, Subject } from './types.ts';

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
      undocumented: 'Dataset {{dataset}}, used by {{systems}}, has no documented {{gaps}}.',
      undocumentedMany: '{{count}} of the {{examined}} datasets used by AI systems in scope lack documentation: {{datasets}}.',
    },
    fix:
      'For dataset {{dataset}}, record {{todo}}.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    // A control the SoA excludes with a reason is not asked of the datasets.
    const applies = (controlId: string) => justifiedExclusion(aims, controlId) === undefined;
    const systems = new Map(
      activeAiSystemsInScope(aims)
        .filter((s) => s.status === 'in-development' || s.status === 'in-operation')
        .map((s) => [s.id, s]),
    );
    const examined: Subject[] = [];
    const lacking: { instance: Instance; dataset: string; todo: string[]; systemIds: string[] }[] = [];
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
      const data = {
        dataset: named(subject),
        systems: `${userSubjects.length === 1 ? 'AI system' : 'AI systems'} ${rest > 0 ? `${shown.join(', ')} and ${rest} more` : listForMessage(shown)}`,
        gaps: listForMessage(gaps),
        todo: listForMessage(todo),
      };
      lacking.push({ instance: { messageId: 'undocumented', data, subjects: [subject, ...userSubjects] }, dataset: named(subject), todo, systemIds: users.map((s) => s.id) });
    }
    if (examined.length === 0) {
      notApplicable('No dataset is recorded as used by an AI system in scope that is in development or in operation.');
      return;
    }
    if (lacking.length > 0) {
      // One nonconformity of the data controls, its datasets listed; data of a high-risk system raises it (EU AI Act Art 10).
      const highRisk = highRiskReasonOfAny(aims, index, [...new Set(lacking.flatMap((l) => l.systemIds))]);
      const grade = lapseGrade(lacking.length, examined.length, highRisk);
      const instances = lacking.map((l) => l.instance);
      if (lacking.length === 1) {
        report({ messageId: 'undocumented', data: lacking[0]!.instance.data, subjects: [], instances, grade });
      } else {
        report({
          messageId: 'undocumentedMany',
          data: {
            count: lacking.length, examined: examined.length, datasets: listForMessage(lacking.map((l) => l.dataset), 5),
            dataset: listForMessage(lacking.map((l) => l.dataset), 5), todo: listForMessage([...new Set(lacking.flatMap((l) => l.todo))]),
          },
          subjects: [],
          instances,
          grade,
        });
      }
    }
    pass(examined);
  },
});
