// The OSCAL plan of action and milestones: each nonconformity of the 10.2 register as an item, its cause as a risk,
// and its corrective actions as the remediations of that risk, with their due dates as milestones.
import type { CorrectiveAction, Nonconformity } from '../../domain/index.ts';
import { dateTimeOf, oneLine } from './ids.ts';
import { catalogIdOf, clean, metadata, oscalFiles, partiesOf, partyUuid, prop, props, role, type JsonObject, type OscalContext } from './common.ts';
import { systemId } from './ssp.ts';

const ACTION_OWNER = 'action-owner';

function remediation(ctx: OscalContext, nc: Nonconformity, action: CorrectiveAction): JsonObject {
  const owner = action.ownerId && ctx.index.persons.has(action.ownerId) ? [partyUuid(ctx, action.ownerId)] : undefined;
  return {
    uuid: ctx.uuid('remediation', nc.id, action.id),
    lifecycle: action.status === 'done' ? 'completed' : 'planned',
    title: oneLine(action.description).slice(0, 120),
    description: action.description,
    props: props(['corrective-action-id', action.id], ['status', action.status], ['completed-on', action.completedOn]),
    tasks: action.dueDate
      ? [{
        uuid: ctx.uuid('milestone', nc.id, action.id),
        type: 'milestone',
        title: oneLine(`Due: ${action.description}`).slice(0, 120),
        timing: { 'on-date': { date: dateTimeOf(action.dueDate) } },
        'responsible-roles': owner ? [{ 'role-id': ACTION_OWNER, 'party-uuids': owner }] : undefined,
      }]
      : undefined,
  };
}

function riskOf(ctx: OscalContext, nc: Nonconformity): JsonObject {
  const open = nc.correctiveActions.filter((a) => a.status === 'open');
  const dues = open.map((a) => a.dueDate).filter((d): d is string => d !== undefined).sort();
  const status = nc.status === 'closed' ? 'closed' : nc.correctiveActions.length > 0 ? 'remediating' : 'open';
  return {
    uuid: ctx.uuid('risk', 'nonconformity', nc.id),
    title: oneLine(nc.title),
    description: nc.description ?? nc.title,
    statement: nc.rootCause ?? 'The root cause has not been analysed yet (10.2 b).',
    props: props(['nonconformity-id', nc.id], ['classification', nc.classification]),
    status,
    deadline: dues.length > 0 ? dateTimeOf(dues[dues.length - 1]!) : undefined,
    remediations: nc.correctiveActions.length > 0 ? nc.correctiveActions.map((a) => remediation(ctx, nc, a)) : undefined,
  };
}

function itemOf(ctx: OscalContext, nc: Nonconformity): JsonObject {
  const controlIds = [...new Set(nc.refs.map((r) => catalogIdOf(r, ctx.index)).filter((id): id is string => id !== undefined))];
  const external = ctx.aims.externalFindings.filter((f) => f.nonconformityId === nc.id).map((f) => f.id);
  return {
    uuid: ctx.uuid('poam-item', nc.id),
    title: oneLine(nc.title),
    description: [nc.description ?? nc.title, nc.correction ? `Correction: ${nc.correction}` : undefined].filter(Boolean).join('\n\n'),
    props: [
      ...(props(['nonconformity-id', nc.id], ['classification', nc.classification], ['source', nc.source], ['raised-on', nc.raisedOn],
        ['status', nc.status], ['closed-on', nc.closedOn], ['effective', nc.effectivenessReview?.effective]) ?? []),
      ...controlIds.map((id) => prop('related-control', id)),
      ...external.map((id) => prop('external-finding-id', id)),
    ],
    'related-risks': [{ 'risk-uuid': ctx.uuid('risk', 'nonconformity', nc.id) }],
    remarks: nc.similarNonconformities,
  };
}

export function buildPoam(ctx: OscalContext): JsonObject {
  const ncs = ctx.aims.nonconformities;
  const owners = ncs.flatMap((nc) => nc.correctiveActions.map((a) => a.ownerId));
  const open = ncs.filter((nc) => nc.status === 'open').length;
  return clean({
    'plan-of-action-and-milestones': {
      uuid: ctx.uuid('poam'),
      metadata: metadata(ctx, {
        title: `Plan of action and milestones of ${ctx.aims.organisation.name}: nonconformities and corrective actions`,
        version: `as of ${ctx.now}`,
        roles: [role(ACTION_OWNER, 'Corrective action owner')],
        parties: partiesOf(ctx, owners),
        props: props(['nonconformities', ncs.length], ['open-nonconformities', open]),
        remarks: ncs.length === 0 ? 'The nonconformity register (10.2) holds no entry.' : undefined,
      }),
      'import-ssp': { href: oscalFiles.ssp },
      'system-id': systemId(ctx),
      risks: ncs.length > 0 ? ncs.map((nc) => riskOf(ctx, nc)) : undefined,
      'poam-items': ncs.map((nc) => itemOf(ctx, nc)),
    },
  });
}
