// OSCAL assessment plans: one per internal or external audit on record (cancelled ones left out), with the clauses
// and controls it reviews, the AI systems it samples, its dates and its auditors.
import type { ExternalAudit, InternalAudit } from '../../domain/index.ts';
import { dateTimeOf, oneLine } from './ids.ts';
import {
  catalogIdOf, clean, metadata, oscalFiles, partiesOf, partyUuid, props, role, type JsonObject, type OscalContext,
} from './common.ts';
import { aiSystemComponentUuid, scopeAiSystems } from './ssp.ts';

export type PlannedAudit =
  | { readonly kind: 'internal'; readonly audit: InternalAudit }
  | { readonly kind: 'external'; readonly audit: ExternalAudit };

const fileSafe = (id: string): string => id.replace(/[^A-Za-z0-9._-]/g, '_');

export const assessmentPlanFile = (a: PlannedAudit): string => `assessment-plan-${a.kind}-${fileSafe(a.audit.id)}.json`;

/** When an audit starts: its actual start, else its planned one. */
export function auditStart(a: PlannedAudit): string | undefined {
  return a.kind === 'internal' ? (a.audit.completedOn ?? a.audit.plannedOn) : (a.audit.actualStart ?? a.audit.plannedStart);
}

export function auditsOf(ctx: OscalContext): PlannedAudit[] {
  const all: PlannedAudit[] = [
    ...ctx.aims.internalAudits.filter((a) => a.status !== 'cancelled').map((audit) => ({ kind: 'internal' as const, audit })),
    // An application and a certification decision are steps of the cycle, not audits anyone plans to assess.
    ...ctx.aims.externalAudits.filter((a) => a.status !== 'cancelled' && a.kind !== 'application' && a.kind !== 'certification-decision').map((audit) => ({ kind: 'external' as const, audit })),
  ];
  return all.sort((a, b) => (auditStart(a) ?? '9999').localeCompare(auditStart(b) ?? '9999') || a.audit.id.localeCompare(b.audit.id));
}

/** The next audit still to come as of `now`, else the latest one: the audit the readiness findings prepare for. */
export function nextAudit(ctx: OscalContext, audits: readonly PlannedAudit[]): PlannedAudit | undefined {
  const open = audits.filter((a) => a.audit.status === 'planned' || a.audit.status === 'in-progress');
  return open.find((a) => (auditStart(a) ?? '9999') >= ctx.now) ?? open[0] ?? audits[audits.length - 1];
}

function title(a: PlannedAudit): string {
  return a.kind === 'internal' ? `Internal audit: ${a.audit.title}` : `External audit: ${a.audit.kind}`;
}

function timing(a: PlannedAudit): JsonObject | undefined {
  if (a.kind === 'internal') {
    const day = a.audit.completedOn ?? a.audit.plannedOn;
    return day ? { 'on-date': { date: dateTimeOf(day) } } : undefined;
  }
  const start = a.audit.actualStart ?? a.audit.plannedStart;
  const end = a.audit.actualEnd ?? a.audit.plannedEnd ?? start;
  return start && end ? { 'within-date-range': { start: dateTimeOf(start), end: dateTimeOf(`${end}T23:59:59Z`) } } : undefined;
}

function externalTeam(ctx: OscalContext, audit: ExternalAudit): JsonObject[] {
  return (audit.team ?? []).map((member) => ({
    uuid: ctx.uuid('party', 'external-auditor', audit.id, member.name),
    type: 'person',
    name: oneLine(member.name),
    props: props(['audit-team-role', member.role]),
  }));
}

export function buildAssessmentPlan(ctx: OscalContext, a: PlannedAudit): JsonObject {
  const refs = a.kind === 'internal' ? a.audit.scopeRefs : a.audit.sampledRefs;
  const controlIds = [...new Set(refs.map((r) => catalogIdOf(r, ctx.index)).filter((id): id is string => id !== undefined))];
  const inSsp = new Set(scopeAiSystems(ctx).map((s) => s.id));
  const sampled = (a.kind === 'internal' ? a.audit.scopeAiSystemIds : a.audit.sampledAiSystemIds).filter((id) => inSsp.has(id));
  const team = a.kind === 'external' ? externalTeam(ctx, a.audit) : [];
  const auditorUuids = a.kind === 'internal' ? a.audit.auditorIds.filter((id) => ctx.index.persons.has(id)).map((id) => partyUuid(ctx, id))
    : team.map((p) => p.uuid as string);
  const body = a.kind === 'external' && a.audit.certificationBodyId ? ctx.index.certificationBodies.get(a.audit.certificationBodyId) : undefined;
  const bodyParty = body ? { uuid: ctx.uuid('party', 'certification-body', body.id), type: 'organization', name: oneLine(body.name) } : undefined;
  const when = timing(a);
  return clean({
    'assessment-plan': {
      uuid: ctx.uuid('assessment-plan', a.kind, a.audit.id),
      metadata: metadata(ctx, {
        title: `Assessment plan of ${ctx.aims.organisation.name}: ${title(a)}`,
        version: `as of ${ctx.now}`,
        roles: [role('assessor', 'Auditor'), role('assessment-team', 'Audit team'), role('certification-body', 'Certification body')],
        parties: [...partiesOf(ctx, a.kind === 'internal' ? [...a.audit.auditorIds, ...(a.audit.auditeeIds ?? [])] : []), ...team,
          ...(bodyParty ? [bodyParty] : [])],
        responsibleParties: [
          ...(auditorUuids.length > 0 ? [{ 'role-id': 'assessor', 'party-uuids': auditorUuids }] : []),
          ...(bodyParty ? [{ 'role-id': 'certification-body', 'party-uuids': [bodyParty.uuid] }] : []),
        ],
        props: props(['audit-id', a.audit.id], ['audit-kind', a.kind === 'internal' ? 'internal' : a.audit.kind], ['audit-status', a.audit.status],
          ['mode', a.kind === 'external' ? a.audit.mode : undefined]),
      }),
      'import-ssp': { href: oscalFiles.ssp },
      'reviewed-controls': {
        description: controlIds.length > 0 ? 'The clauses and controls the audit covers.' : 'The audit covers the whole AIMS: no clause or control is singled out.',
        'control-selections': [controlIds.length > 0 ? { 'include-controls': controlIds.map((id) => ({ 'control-id': id })) } : { 'include-all': {} }],
      },
      'assessment-subjects': sampled.length > 0
        ? [{ type: 'component', description: 'The AI systems the audit samples.',
          'include-subjects': sampled.map((id) => ({ 'subject-uuid': aiSystemComponentUuid(ctx, id), type: 'component' })) }]
        : undefined,
      tasks: [{
        uuid: ctx.uuid('task', a.kind, a.audit.id),
        type: 'action',
        title: oneLine(title(a)),
        description: a.kind === 'internal' ? a.audit.title : (a.audit.outcome ?? `The ${a.audit.kind} audit by the certification body.`),
        timing: when,
        'responsible-roles': auditorUuids.length > 0 ? [{ 'role-id': 'assessor', 'party-uuids': auditorUuids }] : undefined,
      }],
    },
  });
}

