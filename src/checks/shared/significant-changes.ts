// The latest significant change of each AI system (8.2, 8.4): what makes an assessment or a gate due again.
import type { AimsSnapshot } from '../../domain/index.ts';

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
