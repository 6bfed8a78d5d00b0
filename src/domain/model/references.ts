// Finds and resolves the references between records, read from the `x-ref` marks in the schemas.
import type { TSchema } from '@sinclair/typebox';
import { annexCObjectives, annexCRiskSources, findClause, findControl } from '../catalogue/index.ts';
import { RECORD_REF_KEYWORD, REF_KEYWORD } from './primitives.ts';
import { isRegisterName, registers, type AnyRecord, type RegisterName } from './registers.ts';
import type { SnapshotIndex } from './snapshot.ts';

/** Where a register's schema holds references: a path of property names, `*` for each array item. */
export interface RefSite {
  readonly path: readonly string[];
  /** A register name, or `clause`, `control`, `clauseOrControl`, `annexCObjective`, `annexCRiskSource`, or `*` for `{register, id}`. */
  readonly target: string;
}

/** One reference found in a record, with the concrete path to it (`treatment.controlIds[1]`). */
export interface FoundRef {
  readonly path: string;
  readonly target: string;
  readonly id: string;
}

function walk(schema: TSchema, path: string[], out: RefSite[]): void {
  const s = schema as TSchema & Record<string, unknown>;
  if (typeof s[REF_KEYWORD] === 'string') {
    out.push({ path, target: s[REF_KEYWORD] as string });
    return;
  }
  if (s[RECORD_REF_KEYWORD] === true) {
    out.push({ path, target: '*' });
    return;
  }
  if (s.type === 'object' && s.properties) {
    for (const [key, child] of Object.entries(s.properties as Record<string, TSchema>)) walk(child, [...path, key], out);
  } else if (s.type === 'array' && s.items) {
    walk(s.items as TSchema, [...path, '*'], out);
  }
}

const sitesCache = new Map<RegisterName, readonly RefSite[]>();

/** The reference sites of a register, derived once from its schema. */
export function refSites(register: RegisterName): readonly RefSite[] {
  let sites = sitesCache.get(register);
  if (!sites) {
    const out: RefSite[] = [];
    walk(registers[register].schema, [], out);
    sites = out;
    sitesCache.set(register, sites);
  }
  return sites;
}

function* follow(value: unknown, path: readonly string[], at: string, target: string): Generator<FoundRef> {
  if (value === undefined || value === null) return;
  if (path.length === 0) {
    if (target === '*') {
      const ref = value as { register?: unknown; id?: unknown };
      if (typeof ref.register === 'string' && typeof ref.id === 'string') yield { path: at, target: ref.register, id: ref.id };
    } else if (typeof value === 'string') {
      yield { path: at, target, id: value };
    }
    return;
  }
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) yield* follow(value[i], rest, `${at}[${i}]`, target);
    return;
  }
  if (typeof value !== 'object') return;
  yield* follow((value as Record<string, unknown>)[head], rest, at ? `${at}.${head}` : head, target);
}

/** Every reference one record makes. */
export function* referencesOf(register: RegisterName, record: AnyRecord): Generator<FoundRef> {
  for (const site of refSites(register)) yield* follow(record, site.path, '', site.target);
}

const objectiveIds = new Set(annexCObjectives.map((o) => o.id));
const riskSourceIds = new Set(annexCRiskSources.map((o) => o.id));

/** Whether a reference points at something that exists in the catalogue or in this organisation's records. */
export function resolves(target: string, id: string, index: SnapshotIndex): boolean {
  switch (target) {
    case 'clause':
      return findClause(id) !== undefined;
    case 'control':
      return findControl(id) !== undefined || index.customControls.has(id);
    case 'clauseOrControl':
      return findClause(id) !== undefined || findControl(id) !== undefined || index.customControls.has(id);
    case 'annexCObjective':
      return objectiveIds.has(id);
    case 'annexCRiskSource':
      return riskSourceIds.has(id);
    default:
      return isRegisterName(target) && index[target].has(id);
  }
}

/** Human words for a reference target, for error messages. */
export function describeTarget(target: string): string {
  switch (target) {
    case 'clause': return 'ISO/IEC 42001 clause';
    case 'control': return 'Annex A control or organisation control';
    case 'clauseOrControl': return 'clause, Annex A control or organisation control';
    case 'annexCObjective': return 'Annex C objective';
    case 'annexCRiskSource': return 'Annex C risk source';
    default: return isRegisterName(target) ? registers[target].title : `record of unknown register "${target}"`;
  }
}
