// technical-documentation-missing (A.6.2.7): an AI system in scope without technical documentation, or without an
// approved version of it once the system is in operation.
import type { AiSystem, Document } from '../domain/index.ts';
import { defineCheck } from './define-check.ts';
import { reportLapses, type Lapse } from './shared/nonconformity.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { justifiedExclusion } from './shared/soa-exclusions.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';
import type { Subject } from './types.ts';

const hasApprovedVersion = (d: Document) => (d.versions ?? []).some((v) => v.status === 'approved');

const CONTROL = 'A.6.2.7';

/** EU AI Act Art 11: the provider of a high-risk system draws up its technical documentation, whatever the SoA says. */
function documentationRequiredByLaw(s: AiSystem): boolean {
  if (s.euAiActRiskClass !== 'high-risk') return false;
  return s.euAiActRole === undefined || s.euAiActRole === 'provider' || s.euAiActRole === 'product-manufacturer';
}

export default defineCheck({
  id: 'technical-documentation-missing',
  meta: {
    title: 'Every AI system in scope has approved technical documentation',
    severity: 'minor',
    surfaces: ['stage-2'],
    refs: ['A.6.2.7', '7.5'],
    euAiAct: ['Art 11'],
    description:
      'At Stage 2 the auditor samples AI systems and asks for their technical documentation: what the system is ' +
      'for, how it was designed, the data it uses, how it was verified and validated, how it is deployed, operated ' +
      'and monitored, and its limitations, kept for the audiences who need it. A system with none cannot be walked ' +
      'through; a system in operation whose documentation was never approved runs on unreviewed drafts.',
    messages: {
      missingAll: '{{count}} of the {{examined}} AI systems in development or operation have no technical documentation in the document register: {{systems}}.',
      unapprovedAll: '{{count}} of the {{examined}} AI systems in operation have no approved version of their technical documentation: {{systems}}.',
      noDocumentation: 'AI system {{system}} is in the AIMS scope and {{state}}, but no technical documentation is linked to it.',
      danglingOnly:
        'AI system {{system}} is in the AIMS scope and {{state}}, but the technical documentation it links ({{ids}}) is not in the document register.',
      noApprovedVersion: 'AI system {{system}} is in operation, but none of its technical documentation ({{docs}}) has an approved version.',
    },
    fix:
      'Write the technical documentation of {{system}} (purpose, design, data, verification and validation results, ' +
      'deployment, operation and monitoring, known limitations) — for a system bought in, obtain the supplier’s ' +
      'documentation and instructions for use and add what your deployment adds — approve a version as a controlled ' +
      'document and link it to the system.',
  },
  run({ aims, index, report, pass, notApplicable }) {
    // A justified exclusion of A.6.2.7 takes the control out of the AIMS (6.1.3 d); the law still binds providers of
    // high-risk systems. An exclusion without a reason leaves the control applying, as for every Annex A control.
    const excluded = justifiedExclusion(aims, CONTROL);
    const systems = activeAiSystemsInScope(aims)
      .filter((s) => s.status === 'in-development' || s.status === 'in-operation')
      .filter((s) => !excluded || documentationRequiredByLaw(s));
    if (systems.length === 0) {
      notApplicable(excluded
        ? `The Statement of Applicability excludes ${CONTROL}: ${excluded.justification ?? ''}; no AI system in scope is one whose provider the EU AI Act requires to document it.`
        : 'No AI system in the AIMS scope is in development or in operation.');
      return;
    }
    const docsOf = (s: AiSystem) =>
      (s.technicalDocumentationIds ?? []).map((id) => index.documents.get(id)).filter((d): d is Document => d !== undefined);
    // Not one system documented is the control not implemented at all, which an auditor grades major.
    const noneDocumented = systems.every((s) => docsOf(s).length === 0);

    type M = 'noDocumentation' | 'danglingOnly' | 'noApprovedVersion' | 'missingAll' | 'unapprovedAll';
    const missing: Lapse<M>[] = [];
    const unapproved: Lapse<M>[] = [];
    for (const system of systems) {
      const subject = subjectOf('aiSystems', system);
      const data = { system: named(subject), state: system.status === 'in-operation' ? 'in operation' : 'in development' };
      const linked = system.technicalDocumentationIds ?? [];
      const docs = docsOf(system);
      if (docs.length === 0) {
        if (linked.length === 0) missing.push({ messageId: 'noDocumentation', data, subjects: [subject] });
        else missing.push({ messageId: 'danglingOnly', data: { ...data, ids: listForMessage(linked) }, subjects: [subject] });
        continue;
      }
      // While the system is being built its documentation is expected to be in draft; once it runs, an approved
      // version must exist (A.6.2.5 deployment relies on it).
      if (system.status === 'in-operation' && !docs.some(hasApprovedVersion)) {
        const docSubjects: Subject[] = docs.map((d) => subjectOf('documents', d));
        unapproved.push({
          messageId: 'noApprovedVersion',
          data: { ...data, docs: listForMessage(docSubjects.map(named)) },
          subjects: [subject, ...docSubjects],
        });
      }
    }
    const operating = systems.filter((s) => s.status === 'in-operation').length;
    const summary = (list: Lapse<M>[], examined: number) => () => ({ examined, systems: listForMessage(list.map((l) => String(l.data['system'])), 6), system: 'each system listed' });
    const grade = (list: Lapse<M>[], examined: number) => {
      const highRisk = highRiskReasonOfAny(aims, index, list.map((l) => l.subjects[0]!.id));
      return { examined, ...(highRisk ? { highRisk } : {}) };
    };
    // Not one system documented is the control not implemented at all.
    reportLapses(report, missing, { summary: 'missingAll', data: summary(missing, systems.length), grade: noneDocumented ? { extent: 'absent' } : grade(missing, systems.length) });
    reportLapses(report, unapproved, { summary: 'unapprovedAll', data: summary(unapproved, operating), grade: grade(unapproved, operating) });
    pass(systems.map((s) => subjectOf('aiSystems', s)));
  },
});
