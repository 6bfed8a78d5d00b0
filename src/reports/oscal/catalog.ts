// The OSCAL catalog of ISO/IEC 42001: clauses 4–10 and the Annex A controls as groups and controls, with our own
// summaries, the wording an organisation imported under its licence, and the organisation's own controls.
import { clauses, controlGroups, controls, type Clause, type Control } from '../../domain/index.ts';
import { clauseToken, oneLine, tokenOf } from './ids.ts';
import { clean, metadata, OPENAIMS_NS, organisationParty, props, role, type JsonObject, type OscalContext } from './common.ts';

const label = (value: string): JsonObject => ({ name: 'label', value });

function parts(ctx: OscalContext, id: string, ref: string, summary: string | undefined): JsonObject[] | undefined {
  const out: JsonObject[] = [];
  const licensed = ctx.statements.get(ref);
  if (licensed) {
    out.push({ id: `${id}_smt`, name: 'statement', prose: licensed.statement, props: props(['source', licensed.source]) });
  }
  if (summary) out.push({ id: `${id}_summary`, name: 'summary', ns: OPENAIMS_NS, prose: summary });
  return out.length > 0 ? out : undefined;
}

function clauseControl(ctx: OscalContext, clause: Clause): JsonObject {
  const id = clauseToken(clause.id);
  const children = clauses.filter((c) => c.parent === clause.id);
  return {
    id,
    class: 'clause',
    title: oneLine(clause.title),
    props: [label(clause.id)],
    parts: parts(ctx, id, clause.id, clause.summary),
    controls: children.length > 0 ? children.map((c) => clauseControl(ctx, c)) : undefined,
  };
}

function annexControl(ctx: OscalContext, control: Control): JsonObject {
  return { id: control.id, class: 'annex-a-control', title: oneLine(control.title), props: [label(control.id)], parts: parts(ctx, control.id, control.id, control.summary) };
}

function annexGroup(ctx: OscalContext, groupId: string): JsonObject {
  const group = controlGroups.find((g) => g.id === groupId)!;
  const subgroups = controlGroups.filter((g) => g.parent === groupId);
  const own = controls.filter((c) => c.group === groupId);
  return {
    id: group.id,
    class: 'annex-a-group',
    title: oneLine(group.title),
    props: [label(group.id)],
    groups: subgroups.length > 0 ? subgroups.map((g) => annexGroup(ctx, g.id)) : undefined,
    controls: own.length > 0 ? own.map((c) => annexControl(ctx, c)) : undefined,
  };
}

function organisationGroup(ctx: OscalContext): JsonObject | undefined {
  if (ctx.aims.customControls.length === 0) return undefined;
  return {
    id: 'organisation-controls',
    class: 'organisation-controls',
    title: oneLine(`Controls of ${ctx.aims.organisation.name}`),
    controls: ctx.aims.customControls.map((c) => {
      const id = tokenOf('org', c.id);
      return {
        id,
        class: 'organisation-control',
        title: oneLine(c.title),
        props: [label(c.id), ...(props(['group', c.group]) ?? [])],
        parts: c.description ? [{ id: `${id}_summary`, name: 'summary', ns: OPENAIMS_NS, prose: c.description }] : undefined,
      };
    }),
  };
}

export function buildCatalog(ctx: OscalContext): JsonObject {
  const sources = [...new Set([...ctx.statements.values()].map((s) => s.source))].sort();
  return clean({
    catalog: {
      uuid: ctx.uuid('catalog'),
      metadata: metadata(ctx, {
        title: 'ISO/IEC 42001:2023 Artificial intelligence management system: clauses 4–10 and Annex A',
        version: 'ISO/IEC 42001:2023',
        roles: [role('creator', 'Creator')],
        parties: [organisationParty(ctx)],
        props: sources.map((s) => ({ name: 'statement-source', ns: OPENAIMS_NS, value: oneLine(s) })),
        remarks: 'Identifiers and short titles are those of ISO/IEC 42001:2023; the summaries are OpenAIMS\'s own words, not the '
          + 'Standard\'s text. Statements appear only where the organisation imported wording it holds a licence for.',
      }),
      groups: [
        // Top-level clauses are controls too (with their sub-clauses nested), so every clause a finding cites has an id to target.
        { id: 'clauses', class: 'clauses', title: 'Clauses 4–10: requirements of the management system',
          controls: clauses.filter((c) => c.parent === undefined).map((c) => clauseControl(ctx, c)) },
        { id: 'annex-a', class: 'annex-a', title: 'Annex A: reference control objectives and controls',
          groups: controlGroups.filter((g) => g.parent === undefined).map((g) => annexGroup(ctx, g.id)) },
        ...[organisationGroup(ctx)].filter((g): g is JsonObject => g !== undefined),
      ],
    },
  });
}
