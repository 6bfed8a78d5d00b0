// The dashboard payload: everything a dashboard draws, from the cached readiness result in one response.
import type { CheckOutput } from '../../../checks/readiness/readiness.ts';
import type { AimsSnapshot, RegisterName } from '../../../domain/index.ts';
import { certificationRecords } from '../../../domain/certification/index.ts';

export const CLAUSE_ROWS = ['4', '5', '6', '7', '8', '9', '10'] as const;
export const ANNEX_A_GROUPS = ['A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9', 'A.10'] as const;
/** Where a finding goes when it cites no clause, or no Annex A control. */
export const NONE = 'none';
export const NEXT_DUE_LIMIT = 20;

const clauseOf = (ref: string): string | undefined => (/^(\d+)(\.|$)/.exec(ref)?.[1]);
const groupOf = (ref: string): string | undefined => (/^(A\.\d+)(\.|$)/.exec(ref)?.[1]);

/** Each finding counts once in every (clause, group) cell its references name; `none` where it names neither kind. */
function heatMap(output: CheckOutput) {
  const cells = new Map<string, { clause: string; group: string; findings: number; major: number; minor: number; observation: number }>();
  for (const f of output.findings) {
    if (f.outcome !== 'finding') continue;
    const clauses = [...new Set(f.refs.map(clauseOf).filter((c): c is string => c !== undefined && (CLAUSE_ROWS as readonly string[]).includes(c)))];
    const groups = [...new Set(f.refs.map(groupOf).filter((g): g is string => g !== undefined && (ANNEX_A_GROUPS as readonly string[]).includes(g)))];
    for (const clause of clauses.length ? clauses : [NONE]) {
      for (const group of groups.length ? groups : [NONE]) {
        const key = `${clause}|${group}`;
        const cell = cells.get(key) ?? { clause, group, findings: 0, major: 0, minor: 0, observation: 0 };
        cell.findings += 1;
        cell[f.severity] += 1;
        cells.set(key, cell);
      }
    }
  }
  return { clauses: [...CLAUSE_ROWS, NONE], groups: [...ANNEX_A_GROUPS, NONE], cells: [...cells.values()] };
}

type DueKind = 'policy-review' | 'document-review' | 'risk-assessment' | 'impact-assessment' | 'internal-audit' | 'external-audit' | 'corrective-action' | 'certificate-expiry';

interface Due { date: string; kind: DueKind; register: RegisterName; id: string; title: string; overdue: boolean }

function nextDue(aims: AimsSnapshot, asOf: string): Due[] {
  const out: Due[] = [];
  const add = (date: string | undefined, kind: DueKind, register: RegisterName, id: string, title: string) => {
    if (date) out.push({ date, kind, register, id, title, overdue: date < asOf });
  };
  for (const p of aims.aiPolicies) add(p.nextReviewDue, 'policy-review', 'aiPolicies', p.id, p.title);
  for (const d of aims.documents) add(d.reviewDue, 'document-review', 'documents', d.id, d.title);
  for (const r of aims.risks) add(r.nextReviewDue, 'risk-assessment', 'risks', r.id, r.title);
  for (const i of aims.impactAssessments) add(i.nextReviewDue, 'impact-assessment', 'impactAssessments', i.id, i.id);
  for (const a of aims.internalAudits) if (a.status === 'planned') add(a.plannedOn, 'internal-audit', 'internalAudits', a.id, a.title);
  for (const a of aims.externalAudits) if (a.status === 'planned') add(a.plannedStart, 'external-audit', 'externalAudits', a.id, a.kind);
  for (const n of aims.nonconformities) {
    for (const c of n.correctiveActions) if (c.status === 'open') add(c.dueDate, 'corrective-action', 'nonconformities', n.id, c.description);
  }
  for (const c of aims.certificates) if (c.status === 'valid') add(c.expiresOn, 'certificate-expiry', 'certificates', c.id, c.number);
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).slice(0, NEXT_DUE_LIMIT);
}

export function buildDashboard(aims: AimsSnapshot, output: CheckOutput) {
  const asOf = output.summary.asOf;
  const { verdict, summary, evidenceIndex } = output;
  const cycle = certificationRecords(aims, { now: asOf }).cycle;
  return {
    asOf,
    organisation: summary.organisation,
    verdict: { verdict: verdict.verdict, label: verdict.label, decidedBy: verdict.decidedBy, reasons: verdict.reasons, standing: verdict.standing, certificationRisks: verdict.certificationRisks },
    findings: { ...summary.findings, needsReview: summary.needsReview, passed: summary.passed, notApplicable: summary.notApplicable, checks: summary.checks },
    heatMap: heatMap(output),
    readinessSteps: output.readinessSteps.map((s) => ({ number: s.number, step: s.step, title: s.title, state: s.state, evidence: s.evidence, outstanding: [...s.outstanding], contradicted: s.contradicted })),
    nextDue: nextDue(aims, asOf),
    evidenceCoverage: { clauses: evidenceIndex.summary.clauses, controls: evidenceIndex.summary.controls, gaps: evidenceIndex.gaps.length },
    timeline: (cycle?.events ?? []).map((e) => ({
      id: e.id, kind: e.kind, title: e.title, start: e.start, end: e.end, status: e.status,
      ...(e.dueBy ? { dueBy: e.dueBy } : {}), ...(e.auditId ? { auditId: e.auditId } : {}), ...(e.risks?.length ? { risks: [...e.risks] } : {}),
    })),
  };
}

export type DashboardPayload = ReturnType<typeof buildDashboard>;
