// Small pieces the typical-nonconformity checks (second set) share: naming subjects and quoting records in messages.
import type { AimsSnapshot } from '../domain/index.ts';

export { organisationSubject, plural as count, subjectOf } from './subject-helpers.ts';

interface Named { readonly id: string; readonly name?: string; readonly title?: string }

/** `"Credit scoring" (ais-credit)`: how messages quote a record, by its name or title, else its id. */
export function quote(record: Named): string {
  const label = [record.name, record.title].find((l) => l !== undefined && l.trim() !== '') ?? record.id;
  return `"${label}" (${record.id})`;
}

/** The latest significant change of an AI system: its own record, or a significant planned change done for it. */
export interface SignificantChange {
  readonly on: string;
  readonly title?: string;
}

/**
 * The latest significant change of each AI system up to `now`, from `lastSignificantChangeOn` and from significant
 * planned changes marked done with a completion date. Built once, so checks stay linear.
 */
export function lastSignificantChanges(aims: AimsSnapshot, now: string): Map<string, SignificantChange> {
  const changes = new Map<string, SignificantChange>();
  const offer = (systemId: string, change: SignificantChange) => {
    if (change.on > now) return;
    const held = changes.get(systemId);
    // On the same day, the planned change's title says more than the bare date.
    if (!held || change.on > held.on || (change.on === held.on && !held.title)) changes.set(systemId, change);
  };
  for (const system of aims.aiSystems) {
    if (system.lastSignificantChangeOn) offer(system.id, { on: system.lastSignificantChangeOn });
  }
  for (const change of aims.plannedChanges) {
    if (!change.significant || change.status !== 'done' || !change.completedOn) continue;
    for (const id of change.aiSystemIds ?? []) offer(id, { on: change.completedOn, title: change.title });
  }
  return changes;
}
