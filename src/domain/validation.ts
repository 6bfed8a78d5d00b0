// Validates records and whole snapshots against the register schemas, in messages a person can act on.
import type { ErrorObject } from 'ajv';
import { findControl } from './catalogue/index.ts';
import { ORGANISATION, validatorFor } from './register-validators.ts';
import {
  describeTarget,
  isRegisterName,
  referencesOf,
  registerNames,
  registers,
  resolves,
  type AimsSnapshot,
  type AnyRecord,
  type RegisterName,
  type SnapshotIndex,
} from './model/index.ts';

/** One problem found in a record or snapshot. */
export interface ValidationIssue {
  readonly register?: string;
  readonly recordId?: string;
  /** Position of the record in its register's list, so a bundle reader can point at the exact entry. */
  readonly index?: number;
  /** Field path inside the record: `treatment.controlIds[1]`. */
  readonly field?: string;
  readonly message: string;
  /** What kind of problem: the record's shape, an id used twice, or a reference to nothing. */
  readonly kind?: 'schema' | 'duplicate' | 'reference';
  /** For a reference: what it points at (a register name, or `clause`, `control`, … of the catalogue). */
  readonly target?: string;
}

/** The pseudo-register name used in issues about the organisation record itself. */
export { ORGANISATION };

/** `/treatment/controlIds/1` → `treatment.controlIds[1]`. */
function fieldOf(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

const typeWords: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields (key: value)',
};

/**
 * Text from the input shown in a message without being echoed whole: quoted, its first 40 characters, then its
 * length, with line breaks and other control characters escaped so that one message stays one line.
 */
export function shortened(text: string, keep = 40): string {
  const chars = [...text];
  const head = JSON.stringify(chars.slice(0, keep).join('')).slice(1, -1);
  return chars.length <= keep ? `"${head}"` : `"${head}…" (${text.length.toLocaleString('en-GB')} characters)`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return `text ${shortened(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

/** Edit distance, for "did you mean" on misspelt property names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function suggestion(name: string, allowed: readonly string[]): string {
  const best = allowed
    .map((candidate) => ({ candidate, d: distance(name, candidate) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(name.length / 3)))
    .sort((x, y) => x.d - y.d)[0];
  return best ? `; did you mean "${best.candidate}"?` : `; allowed: ${allowed.join(', ')}`;
}

const patternWords: Record<string, string> = {
  '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$':
    'must be an id: a letter or digit, then letters, digits, ".", "_", ":" or "-", at most 128 characters',
  '^[0-9a-f]{64}$': 'must be a SHA-256 hash: 64 lowercase hexadecimal digits',
  '^[A-Z]{3}$': 'must be a three-letter currency code such as GBP or EUR',
};

const formatWords: Record<string, string> = {
  date: 'must be a calendar date written YYYY-MM-DD',
  'date-time': 'must be a date and time in ISO 8601, e.g. 2026-03-01T09:30:00Z',
  email: 'must be an email address',
  uri: 'must be a full URL, e.g. https://example.org/page',
};

function messageOf(e: ErrorObject): { field: string; message: string } {
  const p = e.params as Record<string, unknown>;
  const field = fieldOf(e.instancePath);
  switch (e.keyword) {
    case 'required':
      return { field: fieldOf(e.instancePath, String(p.missingProperty)), message: 'is required' };
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { field: fieldOf(e.instancePath, name), message: `unknown property ${shortened(name)}${suggestion(name, allowed)}` };
    }
    case 'enum':
      return { field, message: `must be one of: ${(p.allowedValues as unknown[]).join(', ')}; got ${describeValue(e.data)}` };
    case 'type':
      return { field, message: `must be ${typeWords[String(p.type)] ?? String(p.type)}; got ${describeValue(e.data)}` };
    case 'format':
      return { field, message: `${formatWords[String(p.format)] ?? `must be in the format ${String(p.format)}`}; got ${describeValue(e.data)}` };
    case 'pattern':
      return { field, message: `${patternWords[String(p.pattern)] ?? `must match ${String(p.pattern)}`}; got ${describeValue(e.data)}` };
    case 'minLength':
      return { field, message: p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long` };
    case 'minItems':
      return { field, message: `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'uniqueItems':
      return { field, message: `must not repeat items: items ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))} are the same` };
    case 'minimum':
      return { field, message: `must be at least ${String(p.limit)}; got ${describeValue(e.data)}` };
    case 'maximum':
      return { field, message: `must be at most ${String(p.limit)}; got ${describeValue(e.data)}` };
    default:
      return { field, message: e.message ?? `fails ${e.keyword}` };
  }
}

/** Ajv's errors as issues: one per problem, the type error alone where a value has the wrong type. */
function issuesOf(errors: readonly ErrorObject[], base: Omit<ValidationIssue, 'field' | 'message'>): ValidationIssue[] {
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const e of errors) {
    if (e.keyword !== 'type' && wrongType.has(e.instancePath)) continue;
    const { field, message } = messageOf(e);
    const key = `${field}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...base, ...(field ? { field } : {}), message, kind: 'schema' });
  }
  return out;
}

/** Ajv errors of any schema (an API request's body or query) with the same field paths and words as records' issues. */
export function issuesOfErrors(errors: readonly ErrorObject[]): ValidationIssue[] {
  return issuesOf(errors, {});
}

function recordIdOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * What the schema cannot say about a record: numbers beyond 2^53 (which JSON and JavaScript cannot hold exactly,
 * so the stored value would not be the one given), text holding half a surrogate pair, and ids used twice in one
 * list inside the record (life-cycle stages, impacts, corrective actions: anything with an id).
 */
function valueIssues(value: unknown, base: Omit<ValidationIssue, 'field' | 'message'>): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const at = (path: string) => (path ? { field: path } : {});
  const walk = (v: unknown, path: string, depth: number): void => {
    if (typeof v === 'number') {
      if (Math.abs(v) > Number.MAX_SAFE_INTEGER) {
        out.push({ ...base, ...at(path), kind: 'schema', message: 'must be between -9,007,199,254,740,991 and 9,007,199,254,740,991 (2^53 - 1): '
          + 'a number beyond that cannot be held exactly' });
      }
    } else if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) out.push({ ...base, ...at(path), kind: 'schema', message: 'holds half a UTF-16 surrogate pair (such as "\\ud800"), which is no character' });
    } else if (v !== null && typeof v === 'object' && depth < 100) {
      if (Array.isArray(v)) {
        const firstAt = new Map<string, number>();
        v.forEach((item: unknown, i) => {
          walk(item, `${path}[${i}]`, depth + 1);
          // A record reference ({register, id}) names another record's id; it has none of its own.
          const id = item !== null && typeof item === 'object' && 'register' in item ? undefined : recordIdOf(item);
          if (id === undefined) return;
          const first = firstAt.get(id);
          if (first === undefined) firstAt.set(id, i);
          else out.push({ ...base, field: `${path}[${i}].id`, kind: 'duplicate', message: `duplicate id ${shortened(id)}: item ${first + 1} of ${path || 'this list'} has the same id` });
        });
      } else {
        for (const [key, child] of Object.entries(v)) walk(child, path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  walk(value, '', 0);
  return out;
}

function check(name: string, value: unknown, index?: number): ValidationIssue[] {
  const validate = validatorFor(name);
  const recordId = recordIdOf(value);
  const base = {
    register: name,
    ...(recordId !== undefined ? { recordId } : {}),
    ...(index !== undefined ? { index } : {}),
  };
  const extra = valueIssues(value, base);
  if (validate(value)) return extra;
  const issues = issuesOf(validate.errors ?? [], base);
  // A number beyond 2^53 also breaks a maximum or a type; the issue that says why is the one to keep.
  const said = new Set(extra.map((i) => i.field));
  return [...issues.filter((i) => !(said.has(i.field) && /^must be at most|^must be a whole number/.test(i.message))), ...extra];
}

/** Schema problems of one record of a register (references are not followed: that needs the snapshot). */
export function validateRecord(register: RegisterName, value: unknown, index?: number): ValidationIssue[] {
  return check(register, value, index);
}

/** Schema problems of the organisation record. */
export function validateOrganisation(value: unknown): ValidationIssue[] {
  return check(ORGANISATION, value);
}

/** `risks/risk-014: aiSystemIds[1]: no AI system with id "ais-9"`: an issue on one line, for lists and logs. */
export function formatIssue(issue: ValidationIssue): string {
  const subject = issue.register && issue.recordId ? `${issue.register}/${issue.recordId}` : (issue.recordId ?? issue.register);
  return [subject, issue.field, issue.message].filter((x) => x !== undefined && x !== '').join(': ');
}

/** Lookups by id that tolerate malformed records (they are reported, not indexed). */
function tolerantIndex(snapshot: AimsSnapshot): SnapshotIndex {
  return Object.fromEntries(
    registerNames.map((r) => {
      const list: readonly unknown[] = Array.isArray(snapshot[r]) ? snapshot[r] : [];
      const map = new Map<string, unknown>();
      for (const rec of list) {
        const id = recordIdOf(rec);
        if (id !== undefined && !map.has(id)) map.set(id, rec);
      }
      return [r, map];
    }),
  ) as unknown as SnapshotIndex;
}

const catalogueTargets = new Set(['clause', 'control', 'clauseOrControl', 'annexCObjective', 'annexCRiskSource']);

/**
 * Everything wrong with a snapshot: schema errors, ids used twice within a register, and references
 * that resolve to nothing. Issues come in register order, then record order, so reports are stable.
 */
export function validateSnapshot(snapshot: AimsSnapshot): ValidationIssue[] {
  const issues: ValidationIssue[] = [...validateOrganisation(snapshot.organisation)];
  const index = tolerantIndex(snapshot);
  for (const register of registerNames) {
    const list: unknown = snapshot[register];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ register, message: `must be a list of ${registers[register].title.toLowerCase()} records`, kind: 'schema' });
      continue;
    }
    const firstAt = new Map<string, number>();
    list.forEach((record: unknown, i: number) => {
      issues.push(...validateRecord(register, record, i));
      const id = recordIdOf(record);
      if (id === undefined) return;
      const base = { register, recordId: id, index: i };
      const first = firstAt.get(id);
      if (first !== undefined) {
        issues.push({ ...base, field: 'id', message: `duplicate id ${shortened(id)}: record ${first + 1} of this register has the same id`, kind: 'duplicate' });
      } else {
        firstAt.set(id, i);
      }
      if (register === 'customControls' && findControl(id)) {
        issues.push({ ...base, field: 'id', message: `"${id}" is an Annex A control id; give the organisation's own control an id of its own`, kind: 'duplicate' });
      }
      for (const ref of referencesOf(register, record as AnyRecord)) {
        if (resolves(ref.target, ref.id, index)) continue;
        const known = catalogueTargets.has(ref.target) || isRegisterName(ref.target);
        const message = known
          ? `no ${describeTarget(ref.target)} with id ${shortened(ref.id)}`
          : `"${ref.target}" is not a register; known registers: ${registerNames.join(', ')}`;
        issues.push({ ...base, field: ref.path, message, kind: 'reference', target: ref.target });
      }
    });
  }
  return issues;
}
