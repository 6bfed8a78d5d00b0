// An organisation's readiness, computed again only when the organisation changed: the key is the head of its
// audit chain (its version) and the date judged as of, so every server caching it stays correct without sharing.
import { assessReadiness, toCheckOutput, type CheckOutput } from '../checks/readiness/readiness.ts';
import { writeJson } from '../reports/check-json.ts';
import type { AimsSnapshot } from '../domain/index.ts';
import { loadSnapshot, organisationHead, type AimsDatabase } from '../store/index.ts';

export interface ReadinessResult {
  readonly key: string;
  readonly snapshot: AimsSnapshot;
  readonly output: CheckOutput;
  /** Exactly what `aims check --format json` prints for the organisation as of the date. */
  readonly json: string;
  /** Things built from the result on demand (the dashboard), kept with it. */
  readonly derived: Map<string, unknown>;
}

const MAX_ENTRIES = 8;

export class ReadinessCache {
  readonly #entries = new Map<string, Promise<ReadinessResult>>();
  /** How many times readiness was computed, for tests that prove it is not recomputed. */
  computations = 0;

  constructor(private readonly db: AimsDatabase) {}

  async get(organisationId: string, asOf: string): Promise<ReadinessResult> {
    const head = await organisationHead(this.db, organisationId);
    const key = `${organisationId}\u0000${head?.seq ?? 0}:${head?.hash ?? ''}\u0000${asOf}`;
    const cached = this.#entries.get(key);
    if (cached) {
      // Least recently used goes first: re-inserting moves the key to the end.
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached;
    }
    const pending = this.#compute(organisationId, asOf, key, head?.hash);
    this.#entries.set(key, pending);
    pending.catch(() => this.#entries.delete(key));
    while (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value as string);
    return pending;
  }

  async #compute(organisationId: string, asOf: string, key: string, hashBefore: string | undefined): Promise<ReadinessResult> {
    this.computations += 1;
    const snapshot = await loadSnapshot(this.db, organisationId);
    const output = toCheckOutput(assessReadiness(snapshot, { now: asOf }));
    const chunks: string[] = [];
    writeJson(output, (c) => chunks.push(c));
    // A write between reading the head and the snapshot would file newer data under the older version: not kept.
    const after = await organisationHead(this.db, organisationId);
    if (after?.hash !== hashBefore) queueMicrotask(() => this.#entries.delete(key));
    return { key, snapshot, output, json: chunks.join(''), derived: new Map() };
  }
}
