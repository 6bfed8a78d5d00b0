// The OSCAL system security plan of the AIMS scope: the AI systems as components and one implemented requirement
// per control the SoA applies, with its status, its owner and links to the evidence of it.
import type { AiSystem, EvidenceItem, SoaEntry } from '../../domain/index.ts';
import { oneLine } from './ids.ts';
import {
  catalogIdOf, clean, evidenceResource, evidenceResourceUuid, metadata, organisationParty, organisationRoles, oscalFiles, partiesOf,
  props, responsibleRoles, role, type JsonObject, type OscalContext,
} from './common.ts';

export const CONTROL_OWNER_ROLE = 'control-owner';

/** SoA implementation status → OSCAL implementation-status state. */
const implementationState: Record<SoaEntry['implementationStatus'], string> = {
  'implemented': 'implemented',
  'partially-implemented': 'partial',
  'planned': 'planned',
  'not-started': 'planned',
  'not-applicable': 'not-applicable',
};

const systemState: Record<AiSystem['status'], string> = {
  'proposed': 'under-development',
  'in-development': 'under-development',
  'in-operation': 'operational',
  'retired': 'disposition',
};

export const thisSystemUuid = (ctx: OscalContext): string => ctx.uuid('component', 'this-system');
export const aiSystemComponentUuid = (ctx: OscalContext, aiSystemId: string): string => ctx.uuid('component', 'ai-system', aiSystemId);
export const systemId = (ctx: OscalContext): JsonObject => ({ 'identifier-type': 'https://ietf.org/rfc/rfc4122', id: ctx.uuid('system', 'aims') });

/** The AI systems inside the AIMS scope: those the scope statements include, or else those marked in scope. */
export function scopeAiSystems(ctx: OscalContext): AiSystem[] {
  const named = new Set(ctx.aims.scopeStatements.flatMap((s) => s.includedAiSystemIds));
  return ctx.aims.aiSystems.filter((s) => named.has(s.id) || s.inScope);
}

function boundary(ctx: OscalContext): string {
  const lines: string[] = [];
  for (const s of ctx.aims.scopeStatements) {
    lines.push(s.statement);
    for (const x of s.excludedAiSystems) lines.push(`Excluded AI system ${x.item}${x.justification ? `: ${x.justification}` : ''}`);
    for (const x of s.excludedUnits) lines.push(`Excluded unit ${x.item}${x.justification ? `: ${x.justification}` : ''}`);
    for (const x of s.excludedSites) lines.push(`Excluded site ${x.item}${x.justification ? `: ${x.justification}` : ''}`);
  }
  return lines.length > 0 ? lines.join('\n\n') : 'No scope statement is recorded yet (4.3).';
}

function aiSystemComponent(ctx: OscalContext, system: AiSystem): JsonObject {
  return {
    uuid: aiSystemComponentUuid(ctx, system.id),
    type: 'software',
    title: oneLine(system.name),
    description: `${system.purpose}\n\nIntended use: ${system.intendedUse}`,
    props: props(['ai-system-id', system.id], ['eu-ai-act-role', system.euAiActRole], ['eu-ai-act-risk-class', system.euAiActRiskClass],
      ['complexity', system.complexity], ['lifecycle-stage', system.lifecycle.currentStage]),
    status: { state: systemState[system.status] },
    'responsible-roles': responsibleRoles(ctx, system, CONTROL_OWNER_ROLE),
  };
}

/** The evidence of an applied control: what its SoA entry lists and what names the control in its refs. */
function evidenceOf(ctx: OscalContext, entry: SoaEntry): EvidenceItem[] {
  const ids = new Set(entry.evidenceIds);
  for (const item of ctx.aims.evidenceItems) if (item.refs.includes(entry.controlId)) ids.add(item.id);
  return [...ids].sort().map((id) => ctx.index.evidenceItems.get(id)).filter((e): e is EvidenceItem => e !== undefined);
}

export function buildSsp(ctx: OscalContext): JsonObject {
  const applied = ctx.aims.soaEntries.filter((e) => e.applicable && catalogIdOf(e.controlId, ctx.index) !== undefined);
  const systems = scopeAiSystems(ctx);
  const evidence = new Map<string, EvidenceItem>();
  const requirements = applied.map((entry) => {
    const items = evidenceOf(ctx, entry);
    for (const item of items) evidence.set(item.id, item);
    return {
      uuid: ctx.uuid('implemented-requirement', entry.id),
      'control-id': catalogIdOf(entry.controlId, ctx.index)!,
      props: props(['soa-entry-id', entry.id], ['implementation-status', entry.implementationStatus]),
      links: items.length > 0 ? items.map((item) => ({ href: `#${evidenceResourceUuid(ctx, item.id)}`, rel: 'reference', text: oneLine(item.title) })) : undefined,
      'responsible-roles': responsibleRoles(ctx, entry, CONTROL_OWNER_ROLE),
      'by-components': [{
        'component-uuid': thisSystemUuid(ctx),
        uuid: ctx.uuid('by-component', entry.id),
        description: entry.implementationDescription ?? 'No implementation description is recorded yet.',
        'implementation-status': { state: implementationState[entry.implementationStatus] },
      }],
      remarks: entry.justification,
    };
  });
  const ownerIds = [...applied.map((e) => e.ownerId), ...systems.map((s) => s.ownerId),
    ...ctx.aims.roles.flatMap((r) => r.holderIds)];
  const scope = ctx.aims.scopeStatements[0];
  return clean({
    'system-security-plan': {
      uuid: ctx.uuid('ssp'),
      metadata: metadata(ctx, {
        title: `AI management system of ${ctx.aims.organisation.name}: implementation of the Statement of Applicability`,
        version: `as of ${ctx.now}`,
        roles: [role('prepared-by', 'Prepared by'), role(CONTROL_OWNER_ROLE, 'Control owner', 'The named individual accountable for a control or an AI system.'), ...organisationRoles(ctx)],
        parties: partiesOf(ctx, ownerIds),
        responsibleParties: [{ 'role-id': 'prepared-by', 'party-uuids': [organisationParty(ctx).uuid as string] }],
      }),
      'import-profile': { href: oscalFiles.profile },
      'system-characteristics': {
        'system-ids': [systemId(ctx)],
        'system-name': oneLine(`${ctx.aims.organisation.name} AI management system`),
        description: scope?.statement ?? ctx.aims.organisation.description ?? `The AI management system of ${ctx.aims.organisation.name}.`,
        props: props(['scope-statement-id', scope?.id], ['ai-roles', ctx.aims.organisation.aiRoles.join(' ')]),
        'system-information': {
          'information-types': [{
            uuid: ctx.uuid('information-type', 'ai-systems'),
            title: 'Information processed by the AI systems in scope',
            description: systems.length > 0 ? systems.map((s) => `${s.name}: ${s.purpose}`).join('\n\n') : 'No AI system is in scope yet.',
          }],
        },
        status: { state: 'operational' },
        'authorization-boundary': { description: boundary(ctx) },
      },
      'system-implementation': {
        components: [
          { uuid: thisSystemUuid(ctx), type: 'this-system', title: oneLine(`${ctx.aims.organisation.name} AIMS`),
            description: 'The AI management system as a whole, which implements the controls of the Statement of Applicability.',
            status: { state: 'operational' } },
          ...systems.map((s) => aiSystemComponent(ctx, s)),
        ],
      },
      'control-implementation': {
        description: `One implemented requirement per control the Statement of Applicability includes (${requirements.length}).`,
        'implemented-requirements': requirements,
      },
      'back-matter': evidence.size > 0 ? { resources: [...evidence.values()].map((item) => evidenceResource(ctx, item)) } : undefined,
    },
  });
}
