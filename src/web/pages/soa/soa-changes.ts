// What changed in the Statement of Applicability since its last approved version, read from the audit trail:
// the approval's own entry dates it, and every SoA entry's later entries are the changes.
import type { HistoryEntry } from '../../http/types.ts';

export interface SoaChange {
  readonly entryId: string;
  readonly controlId: string;
  readonly action: 'create' | 'update' | 'delete';
  readonly at: string;
  readonly actor: string;
  /** Changed fields with their values before and after. */
  readonly fields: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[];
}

function parse(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return parse(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** When the version was approved: the audit-trail entry that set its approval date. */
export function approvedAt(history: readonly HistoryEntry[]): string | undefined {
  return history.find((h) => parse(h.after).approvedOn !== undefined && parse(h.before).approvedOn === undefined)?.at;
}

/** The changes of one SoA entry after `since`, oldest first. */
export function changesSince(entryId: string, history: readonly HistoryEntry[], since: string): SoaChange[] {
  return history
    .filter((h) => h.at > since)
    .map((h) => {
      const before = parse(h.before);
      const after = parse(h.after);
      const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'id' && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      return {
        entryId, controlId: String(after.controlId ?? before.controlId ?? entryId), action: h.action, at: h.at, actor: h.actor,
        fields: h.action === 'update' ? keys.map((field) => ({ field, before: before[field], after: after[field] })) : [],
      };
    });
}
