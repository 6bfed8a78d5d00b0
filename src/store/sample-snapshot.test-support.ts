// Test support: a snapshot with records of every register in three shapes (every optional field filled, only the
// required ones, lists present but empty), generated from the schemas so a new field is covered without edits.
import type { TSchema } from '@sinclair/typebox';
import { build, buildOrganisation } from '../../test/factories.ts';
import {
  RECORD_REF_KEYWORD, REF_KEYWORD, annexCObjectives, annexCRiskSources, isRegisterName, registerNames, registers,
  type AimsSnapshot, type AnyRecord, type RecordOf, type RegisterName,
} from '../domain/index.ts';

type Node = TSchema & Record<string, unknown>;
type Shape = 'full' | 'min' | 'empty';

const catalogueSamples: Record<string, readonly [string, string]> = {
  clause: ['9.2', '7.2'],
  control: ['A.6.2.7', 'A.2.2'],
  clauseOrControl: ['A.6.2.8', '4.3'],
  annexCObjective: [annexCObjectives[1]!.id, annexCObjectives[0]!.id],
  annexCRiskSource: [annexCRiskSources[1]!.id, annexCRiskSources[0]!.id],
};

/** The id of a sample record: `persons-full`, `risks-min`, … */
export const sampleId = (register: RegisterName, shape: Shape): string => `${register}-${shape}`;

function refValue(target: string, i: number): string {
  // Lists name `-min` before `-full`, the reverse of sorted order, so a list that comes back sorted is caught.
  if (isRegisterName(target)) return sampleId(target, i === 0 ? 'min' : 'full');
  const samples = catalogueSamples[target];
  if (!samples) throw new Error(`sample: unknown reference target ${target}`);
  return samples[i % 2]!;
}

function sample(node: Node, shape: Shape, path: string, i = 0): unknown {
  if (typeof node[REF_KEYWORD] === 'string') return refValue(node[REF_KEYWORD] as string, i);
  if (node[RECORD_REF_KEYWORD] === true) return { register: 'persons', id: sampleId('persons', i === 0 ? 'min' : 'full') };
  const values = node.enum as readonly string[] | undefined;
  if (values) return values[(values.length - 1 + i) % values.length];
  switch (node.type) {
    case 'string':
      if (node.format === 'date') return `2026-0${1 + (i % 9)}-1${i % 10}`;
      if (node.format === 'date-time') return '2026-03-01T09:30:00Z';
      if (node.format === 'email') return `someone${i}@example.org`;
      if (node.format === 'uri') return `https://example.org/${path}/${i}`;
      if (node.pattern === '^[0-9a-f]{64}$') return (i % 2 ? 'b' : 'a').repeat(64);
      if (node.pattern === '^[A-Z]{3}$') return 'EUR';
      if (typeof node.pattern === 'string') return `x-${i}`;
      return `${path} ${i} — "quoted", 100% _under_ ünïcödé`;
    case 'integer': {
      const min = typeof node.minimum === 'number' ? node.minimum : 0;
      const max = typeof node.maximum === 'number' ? node.maximum : 1000;
      return Math.min(max, min + 2 + i);
    }
    case 'number':
      return 2.5 + i;
    case 'boolean':
      return i % 2 === 0;
    case 'array': {
      const minItems = typeof node.minItems === 'number' ? node.minItems : 0;
      const count = shape === 'full' ? Math.max(2, minItems) : minItems;
      return Array.from({ length: count }, (_, k) => sample(node.items as Node, shape, `${path}[${k}]`, k));
    }
    case 'object': {
      const required = new Set((node.required as string[] | undefined) ?? []);
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.properties as Record<string, Node>)) {
        if (shape === 'full' || required.has(key)) out[key] = sample(child, shape, path ? `${path}.${key}` : key, i);
      }
      return out;
    }
    default:
      throw new Error(`sample: cannot generate ${path} of type ${String(node.type)}`);
  }
}

/** A record of `register` in the given shape, the full and empty ones made through the test factories. */
export function sampleRecord<R extends RegisterName>(register: R, shape: Shape): RecordOf<R> {
  const shapeOf: Shape = shape === 'empty' ? 'full' : shape;
  const values = sample(registers[register].schema as Node, shapeOf, '') as Record<string, unknown>;
  if (shape === 'empty') {
    // Every list that may be empty is present and empty: an empty list must not come back absent.
    const properties = registers[register].schema.properties as Record<string, Node>;
    for (const [key, child] of Object.entries(properties)) if (child.type === 'array' && !child.minItems) values[key] = [];
  }
  const id = sampleId(register, shape);
  // The factory's defaults would add optional fields; the minimal record is the generated one alone.
  if (shape === 'min') return { ...values, id } as RecordOf<R>;
  return build[register]({ ...(values as Partial<RecordOf<R>>), id });
}

/** Every register with its `-min`, `-full` and `-empty` record, the organisation with every field filled. */
export function sampleSnapshot(organisationId: string): AimsSnapshot {
  const organisation = buildOrganisation({
    id: organisationId, certifiedManagementSystems: ['ISO/IEC 27001', 'ISO 9001'], aiRoles: ['provider', 'deployer'], description: 'Sample',
  });
  const records = Object.fromEntries(
    registerNames.map((r) => [r, (['full', 'min', 'empty'] as const).map((shape) => sampleRecord(r, shape) as AnyRecord)]),
  );
  return { organisation, ...records } as unknown as AimsSnapshot;
}

/** The snapshot as loadSnapshot returns it: each register sorted by id in code-unit order. */
export function sortedSnapshot(snapshot: AimsSnapshot): AimsSnapshot {
  const out: Record<string, unknown> = { organisation: snapshot.organisation };
  for (const r of registerNames) out[r] = [...snapshot[r]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out as unknown as AimsSnapshot;
}
