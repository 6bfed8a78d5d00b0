// assessment-stale: risk and impact assessments past their cadence or not repeated after a significant change, one report per AI system.
import type { AiSystem, Risk } from '../domain/index.ts';
import { changedSince, fallbackInterval, isOverdue, reassessmentDue, type Reassessment } from '../domain/predicates/reassessment.ts';
import { activeInScope } from '../domain/predicates/aims-scope.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { type SignificantChange, lastSignificantChanges } from './shared/significant-changes.ts';
import { listForMessage, plural } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { collectLapses } from './shared/nonconformity.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';

/** Stale risks gathered under the AI system they belong to (undefined: risks of the AIMS as a whole). */
interface RiskGroup {
  readonly system: AiSystem | undefined;
  readonly overdue: Risk[];
  readonly changed: Risk[];
}

function dueWords(due: Reassessment, cadenceMonths: number | undefined): string {
  return due.dueBy === 'cadence' ? `the ${cadenceMonths}-month cadence of its methodology` : 'its own next review date';
}

function changeWords(change: SignificantChange): string {
  return `the significant change${change.title ? ` "${change.title}"` : ''} on ${change.on}`;
}

export default defineCheck({
  id: 'assessment-stale',
  meta: {
    title: 'Risk and impact assessments are repeated on their cadence and after significant changes',
    severity: 'minor',
    surfaces: ['surveillance', 'recertification'],
    refs: ['8.2', '8.4'],
    euAiAct: ['Art 9'],
    description:
      'At surveillance the auditor asks for the current risk and impact assessments and compares their dates with the '
      + 'methodology\'s cadence and with the changes made to each AI system since. Assessments done once for Stage 2 '
      + 'and never repeated are the typical finding.',
    messages: {
      impactStaleAll: '{{count}} of the current impact assessments of AI systems in scope are out of date: {{systems}}.',
      risksStaleAll: 'Risk assessments are out of date for {{what}}: {{systems}}.',
      impactStale: 'The impact assessment {{assessment}} of AI system {{system}}, assessed on {{assessedOn}}, {{detail}}.',
      risksStale: 'AI system {{system}} has {{total}} out of date: {{detail}} (e.g. {{examples}}).',
      organisationRisksStale: 'The AIMS has {{total}} not tied to an AI system out of date: {{detail}} (e.g. {{examples}}).',
    },
    fix:
      'Repeat the assessment for {{target}} under the current methodology, record the new assessment date and next '
      + 'review date, and add a trigger so that each significant change (e.g. a new model version or a new use) '
      + 'is assessed before it goes live.',
  },
  run({ aims, index, now, report, pass, notApplicable }) {
    const live = activeInScope(aims);
    const changes = lastSignificantChanges(aims, now);
    const riskInterval = fallbackInterval(aims.riskMethodologies.map((m) => m.reassessmentIntervalMonths));
    const impactInterval = fallbackInterval(aims.impactMethodologies.map((m) => m.reassessmentIntervalMonths));

    // The latest impact assessment of each live in-scope system is the one that must be current.
    const latestImpact = new Map<string, (typeof aims.impactAssessments)[number]>();
    for (const ia of aims.impactAssessments) {
      if (!live(index.aiSystems.get(ia.aiSystemId))) continue;
      const held = latestImpact.get(ia.aiSystemId);
      if (!held || ia.assessedOn >= held.assessedOn) latestImpact.set(ia.aiSystemId, ia);
    }
    const impactReports: Parameters<typeof report>[0][] = [];
    let examined = 0;
    for (const [systemId, ia] of latestImpact) {
      examined++;
      const system = index.aiSystems.get(systemId)!;
      const months = (ia.methodologyId ? index.impactMethodologies.get(ia.methodologyId)?.reassessmentIntervalMonths : undefined) ?? impactInterval;
      const due = reassessmentDue(ia.assessedOn, months, ia.nextReviewDue);
      const change = changes.get(systemId);
      const parts: string[] = [];
      if (isOverdue(due, now)) parts.push(`is past its due date of ${due.dueOn} under ${dueWords(due, months)}`);
      if (change && changedSince(ia.assessedOn, change.on, now)) parts.push(`was not repeated after ${changeWords(change)}`);
      const subjects = [subjectOf('aiSystems', system), subjectOf('impactAssessments', ia)];
      if (parts.length === 0) {
        pass(subjects);
        continue;
      }
      impactReports.push({
        messageId: 'impactStale', subjects,
        data: { system: named(system), assessment: ia.id, assessedOn: ia.assessedOn, detail: parts.join(', and '), target: `AI system ${system.id}` },
      });
    }

    const groups = new Map<string, RiskGroup>();
    // Risks share a handful of assessment dates; date arithmetic once per distinct pair keeps 600,000 risks fast.
    const dueCache = new Map<string, boolean>();
    const riskOverdue = (r: Risk) => {
      const key = `${r.assessedOn}|${r.nextReviewDue ?? ''}`;
      let overdue = dueCache.get(key);
      if (overdue === undefined) dueCache.set(key, (overdue = isOverdue(reassessmentDue(r.assessedOn, riskInterval, r.nextReviewDue), now)));
      return overdue;
    };
    // Systems whose risk assessment was repeated after their latest change: some risk of theirs assessed since.
    const reassessedAfterChange = new Set<string>();
    for (const risk of aims.risks) {
      for (const id of risk.aiSystemIds) {
        const change = changes.get(id);
        if (change && risk.assessedOn >= change.on) reassessedAfterChange.add(id);
      }
    }
    // A risk of that one system must follow its change. A risk shared with other systems (a process risk such as
    // key-person dependency) is the assessor's judgement once the system's risks were visibly re-assessed; only when
    // none was does the change make the shared risks stale too.
    const staleByChange = (risk: Risk, systems: readonly AiSystem[], s: AiSystem) =>
      changedSince(risk.assessedOn, changes.get(s.id)?.on, now) && (systems.length === 1 || !reassessedAfterChange.has(s.id));
    for (const risk of aims.risks) {
      if (risk.status === 'closed') continue;
      const known = risk.aiSystemIds.map((id) => index.aiSystems.get(id)).filter((s): s is AiSystem => s !== undefined);
      const systems = known.filter(live);
      // A risk only of systems outside the scope (or retired) is not the AIMS's to reassess.
      if (known.length > 0 && systems.length === 0) continue;
      examined++;
      const changedSystem = systems.find((s) => staleByChange(risk, systems, s));
      const overdue = riskOverdue(risk);
      if (!changedSystem && !overdue) continue;
      const system = changedSystem ?? systems[0];
      const key = system?.id ?? '';
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { system, overdue: [], changed: [] }));
      (changedSystem ? group.changed : group.overdue).push(risk);
    }

    const stale = impactReports.length + [...groups.values()].reduce((n, g) => n + g.overdue.length + g.changed.length, 0);
    if (examined === 0) {
      notApplicable('There is no open risk and no impact assessment of an in-scope AI system to examine.');
      return;
    }
    // Nothing current and no impact assessment ever repeated: assessments are one-off snapshots and the process of
    // 8.2 and 8.4 is not running at all, which an auditor grades major. A few late ones stay minor.
    const neverRepeated = !aims.impactAssessments.some((ia) => ia.trigger !== 'initial');
    // One nonconformity for the impact assessments and one for the risk assessments, each instance listed.
    const grade = stale === examined && neverRepeated ? { extent: 'broken-down' as const } : { examined, affected: stale };
    const names = (lapses: readonly { data: Record<string, unknown> }[]) => listForMessage(lapses.map((l) => String(l.data['system'] ?? 'the AIMS')), 6);
    type M = 'impactStaleAll' | 'risksStaleAll' | 'impactStale' | 'risksStale' | 'organisationRisksStale';
    // A lapse about a high-risk AI system (EU AI Act class, or an impact at the top of its scale) raises the grade.
    const gradeOf = (lapses: readonly { subjects: readonly { register: string; id: string }[] }[]) => {
      if (grade.extent !== undefined) return grade;
      const highRisk = highRiskReasonOfAny(aims, index, lapses.flatMap((l) => l.subjects.filter((s) => s.register === 'aiSystems').map((s) => s.id)));
      return highRisk ? { ...grade, highRisk } : grade;
    };
    const risksWhat = (l: readonly { messageId: M }[]) => {
      const systems = l.filter((x) => x.messageId === 'risksStale').length;
      const own = l.length > systems ? 'the AIMS’s own risks' : '';
      return [systems > 0 ? plural(systems, 'AI system') : '', own].filter(Boolean).join(' and ');
    };
    const risksKind = { summary: 'risksStaleAll' as const, data: (l: readonly { messageId: M; data: Record<string, unknown> }[]) => ({ what: risksWhat(l), systems: names(l), target: 'each assessment listed' }), grade: gradeOf };
    const collected = collectLapses<M>(report, {
      impactStale: { summary: 'impactStaleAll', data: (l) => ({ systems: names(l), target: 'each assessment listed' }), grade: gradeOf },
      risksStale: risksKind,
      // The AIMS's own risks and each system's are one nonconformity of 8.2: one finding listing them all.
      organisationRisksStale: { ...risksKind, joins: 'risksStale' },
    });
    for (const r of impactReports) collected.report(r as Parameters<typeof collected.report>[0]);
    for (const group of groups.values()) {
      const risks = [...group.changed, ...group.overdue];
      const parts: string[] = [];
      if (group.overdue.length > 0) {
        const oldest = group.overdue.reduce((a, b) => (b.assessedOn < a.assessedOn ? b : a));
        parts.push(`${group.overdue.length} past the reassessment date (oldest assessed on ${oldest.assessedOn})`);
      }
      const change = group.system ? changes.get(group.system.id) : undefined;
      if (group.changed.length > 0 && change) parts.push(`${group.changed.length} not reassessed after ${changeWords(change)}`);
      const data = {
        total: plural(risks.length, 'risk'),
        detail: parts.join(', '),
        examples: listForMessage(risks.map(named), 3),
      };
      const riskSubjects = risks.map((r) => subjectOf('risks', r));
      if (group.system) {
        collected.report({
          messageId: 'risksStale',
          subjects: [subjectOf('aiSystems', group.system), ...riskSubjects],
          data: { ...data, system: named(group.system), target: `the risks of AI system ${group.system.id}` },
        });
      } else {
        collected.report({
          messageId: 'organisationRisksStale',
          subjects: [organisationSubject(aims), ...riskSubjects],
          data: { ...data, target: 'these risks' },
        });
      }
    }
    collected.flush();
  },
});
