// Building blocks of the record schemas: ids, dates, references, and enumerations written once.
import { Type, type TSchema, type TString, type TUnsafe } from '@sinclair/typebox';

/**
 * A record id: readable slugs in a hand-written bundle (`risk-012`), UUIDs for records made in the app.
 * Unique per register within one organisation.
 */
export const Id = (description?: string) =>
  Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$', ...(description ? { description } : {}) });

/** A calendar date (YYYY-MM-DD): audit dates, due dates, the date evidence is of. */
export const IsoDate = (description?: string) =>
  Type.String({ format: 'date', ...(description ? { description } : {}) });

/** A point in time as ISO 8601 text, stored as text on both databases. */
export const IsoDateTime = (description?: string) =>
  Type.String({ format: 'date-time', ...(description ? { description } : {}) });

/** Non-empty single-line or multi-line text. */
export const Text = (description?: string) =>
  Type.String({ minLength: 1, ...(description ? { description } : {}) });

/**
 * What a reference points at: another register of the same organisation, or the catalogue.
 * `control` accepts an Annex A control id or an id of the organisation's own controls.
 */
export type RefTarget = string;

/** The JSON Schema keyword that marks a string as a reference; the store, bundle and checks read it. */
export const REF_KEYWORD = 'x-ref';

/** A reference by id to a record of another register (or to the catalogue: `clause`, `control`, `clauseOrControl`). */
export const Ref = (target: RefTarget, description?: string): TString =>
  Type.String({ minLength: 1, [REF_KEYWORD]: target, ...(description ? { description } : {}) });

/** A list of references, in a meaningful order, without duplicates. */
export const Refs = (target: RefTarget, description?: string) =>
  Type.Array(Ref(target), { uniqueItems: true, ...(description ? { description } : {}) });

/** The JSON Schema keyword that marks an object `{ register, id }` as a reference to a record of any register. */
export const RECORD_REF_KEYWORD = 'x-record-ref';

export const RecordRef = (description?: string) =>
  Type.Object(
    { register: Type.String({ minLength: 1 }), id: Type.String({ minLength: 1 }) },
    { additionalProperties: false, [RECORD_REF_KEYWORD]: true, ...(description ? { description } : {}) },
  );

/** A string enumeration, as JSON Schema `enum` (clear validation messages), with its literal union for `Static<>`. */
export function Enum<const T extends readonly string[]>(values: T, description?: string): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

/** An object that rejects unknown properties, so that a typo in a bundle is an error, not lost data. */
export const Strict = <T extends Record<string, TSchema>>(properties: T, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) });

export const Opt = Type.Optional;

export const Score = (description?: string) => Type.Integer({ minimum: 1, maximum: 10, ...(description ? { description } : {}) });

export const Severity = Enum(['major', 'minor', 'observation'] as const);
export const FindingClassification = Enum(['major', 'minor', 'observation', 'opportunity-for-improvement'] as const);

/** The stages of an AI system's life cycle, in order (PRODUCT.md, capability 4). */
export const lifecycleStages = [
  'inception',
  'impact-assessment',
  'requirements-and-design',
  'verification-and-validation',
  'deployment',
  'operation-and-monitoring',
  'retirement',
] as const;
export const LifecycleStage = Enum(lifecycleStages);
export type LifecycleStageName = (typeof lifecycleStages)[number];
