// AimsSnapshot: everything one organisation's AIMS holds, read-only, whether loaded from a database or a bundle.
import type { Organisation } from './context.ts';
import { registerNames, type RecordOf, type RegisterName } from './registers.ts';

export type AimsSnapshot = {
  readonly organisation: Readonly<Organisation>;
} & {
  readonly [R in RegisterName]: readonly RecordOf<R>[];
};

/** A snapshot with every register empty: the start for builders and factories. */
export function emptySnapshot(organisation: Organisation): AimsSnapshot {
  const registersOf = Object.fromEntries(registerNames.map((r) => [r, []])) as unknown as {
    [R in RegisterName]: RecordOf<R>[];
  };
  return { organisation, ...registersOf };
}

/** Lookups by id for every register, built once per snapshot so checks stay linear at scale. */
export type SnapshotIndex = {
  readonly [R in RegisterName]: ReadonlyMap<string, RecordOf<R>>;
};

const indexCache = new WeakMap<AimsSnapshot, SnapshotIndex>();

export function indexSnapshot(snapshot: AimsSnapshot): SnapshotIndex {
  const cached = indexCache.get(snapshot);
  if (cached) return cached;
  const index = Object.fromEntries(
    registerNames.map((r) => [r, new Map((snapshot[r] as readonly { id: string }[]).map((rec) => [rec.id, rec]))]),
  ) as unknown as SnapshotIndex;
  indexCache.set(snapshot, index);
  return index;
}

/** Count of records over all registers (the organisation itself not included). */
export function recordCount(snapshot: AimsSnapshot): number {
  return registerNames.reduce((n, r) => n + snapshot[r].length, 0);
}
