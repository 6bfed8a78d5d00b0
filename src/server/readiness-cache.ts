// An organisation's readiness, computed again only when the organisation changed: the key is the head of its
// audit chain (its version) and the date judged as of, so every server caching it stays correct without sharing.
// The snapshot itself, and read models built from it alone (the certification records, the cycle plan), are kept
// by version too, so that they need neither the checks nor a reload while nothing changed.
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

interface VersionEntry {
  readonly snapshot: Promise<AimsSnapshot>;
  /** Read models of this version of the snapshot, by a key naming what and with which inputs. */
  readonly derived: Map<string, unknown>;
}

const MAX_ENTRIES = 8;

/** Least recently used goes first: re-inserting moves a key to the end. */
function touch<V>(map: Map<string, V>, key: string, value: V): V {
  map.delete(key);
  map.set(key, value);
  while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
  return value;
}

export class ReadinessCache {
  readonly #entries = new Map<string, Promise<ReadinessResult>>();
  readonly #versions = new Map<string, VersionEntry>();
  /** How many times readiness was computed, for tests that prove it is not recomputed. */
  computations = 0;
  /** How many times a snapshot was loaded, for the same tests of the read models. */
  snapshotLoads = 0;

  constructor(private readonly db: AimsDatabase) {}

  async #version(organisationId: string): Promise<{ key: string; hash: string | undefined; entry: VersionEntry }> {
    const head = await organisationHead(this.db, organisationId);
    const key = `${organisationId}\u0000${head?.seq ?? 0}:${head?.hash ?? ''}`;
    const cached = this.#versions.get(key);
    if (cached) return { key, hash: head?.hash, entry: touch(this.#versions, key, cached) };
    this.snapshotLoads += 1;
    const snapshot = loadSnapshot(this.db, organisationId).then(async (loaded) => {
      // A write between reading the head and the snapshot would file newer data under the older version: not kept.
      const after = await organisationHead(this.db, organisationId);
      if (after?.hash !== head?.hash) queueMicrotask(() => this.#forget(key));
      return loaded;
    });
    const entry: VersionEntry = { snapshot, derived: new Map() };
    snapshot.catch(() => this.#versions.delete(key));
    return { key, hash: head?.hash, entry: touch(this.#versions, key, entry) };
  }

  /** Drops a version and everything computed from it. */
  #forget(versionKey: string): void {
    this.#versions.delete(versionKey);
    for (const key of [...this.#entries.keys()]) if (key.startsWith(`${versionKey}\u0000`)) this.#entries.delete(key);
  }

  /** The organisation's current snapshot, loaded once per version, for answers computed per request (a what-if). */
  async snapshot(organisationId: string): Promise<AimsSnapshot> {
    const { entry } = await this.#version(organisationId);
    return entry.snapshot;
  }

  /**
   * A read model of the organisation's current version, built once per version and `name` (which must name every
   * input besides the snapshot, e.g. `certification:2026-12-01`).
   */
  async derive<T>(organisationId: string, name: string, build: (snapshot: AimsSnapshot) => T): Promise<T> {
    const { entry } = await this.#version(organisationId);
    if (entry.derived.has(name)) return entry.derived.get(name) as T;
    const value = build(await entry.snapshot);
    entry.derived.set(name, value);
    return value;
  }

  async get(organisationId: string, asOf: string): Promise<ReadinessResult> {
    const version = await this.#version(organisationId);
    const key = `${version.key}\u0000${asOf}`;
    const cached = this.#entries.get(key);
    if (cached) return touch(this.#entries, key, cached);
    const pending = this.#compute(version.entry, asOf, key);
    pending.catch(() => this.#entries.delete(key));
    return touch(this.#entries, key, pending);
  }

  async #compute(version: VersionEntry, asOf: string, key: string): Promise<ReadinessResult> {
    this.computations += 1;
    const snapshot = await version.snapshot;
    const output = toCheckOutput(assessReadiness(snapshot, { now: asOf }));
    const chunks: string[] = [];
    writeJson(output, (c) => chunks.push(c));
    return { key, snapshot, output, json: chunks.join(''), derived: new Map() };
  }
}
