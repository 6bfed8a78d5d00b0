// One nonconformity, one finding: the lapses a check found against one requirement reported together, graded by the
// rule (grading.ts). A single lapse is reported in its own words; several under a summary that counts them, each
// listed as an instance.
import type { GradeInputs, Instance, MessageData, Report, Severity } from '../types.ts';

export interface Lapse<MessageId extends string> extends Instance<MessageId> {
  readonly messageId: MessageId;
  readonly data: MessageData;
}

export interface LapseReport<MessageId extends string> {
  /** The message summarising several lapses, given `{{count}}` and `summary(count)`'s data. */
  readonly summary: MessageId;
  /** Data for the summary (its placeholders and the fix's). */
  readonly data: (count: number) => MessageData;
  readonly grade: GradeInputs;
}

/** One record in its own words, several under the summary that counts them, each an instance; nothing for none. */
function reportOneOrSummary<MessageId extends string>(
  report: (r: Report<MessageId>) => void,
  items: readonly Lapse<MessageId>[],
  summary: MessageId,
  data: (count: number) => MessageData,
  as: Pick<Report<MessageId>, 'grade' | 'outcome' | 'severity'>,
): void {
  if (items.length === 0) return;
  if (items.length === 1) {
    const [one] = items;
    report({ messageId: one!.messageId, data: one!.data, subjects: one!.subjects, ...as });
    return;
  }
  report({ messageId: summary, data: { count: items.length, ...data(items.length) }, subjects: [], instances: items, ...as });
}

/** Reports the lapses as one finding; nothing when there are none. */
export function reportLapses<MessageId extends string>(
  report: (r: Report<MessageId>) => void,
  lapses: readonly Lapse<MessageId>[],
  options: LapseReport<MessageId>,
): void {
  reportOneOrSummary(report, lapses, options.summary, options.data, { grade: options.grade });
}

/**
 * Reports what a reader must confirm about several records as one needs-review result listing them, as an auditor
 * asks one question with examples; a single one in its own words. Never a finding: the check cannot decide it.
 */
export function reportForReview<MessageId extends string>(
  report: (r: Report<MessageId>) => void,
  items: readonly Lapse<MessageId>[],
  options: { readonly summary: MessageId; readonly data: (count: number) => MessageData; readonly severity?: Severity },
): void {
  // The severity it would have if confirmed: the check's own unless the question is about an observation.
  reportOneOrSummary(report, items, options.summary, options.data, { outcome: 'needs-review', ...(options.severity ? { severity: options.severity } : {}) });
}

export interface LapseKind<MessageId extends string> {
  readonly summary: MessageId;
  /** Another message id whose lapses these join: two wordings of one nonconformity (a system's risks, the AIMS's). */
  readonly joins?: MessageId;
  readonly data: (lapses: readonly Lapse<MessageId>[]) => MessageData;
  readonly grade: (lapses: readonly Lapse<MessageId>[]) => GradeInputs;
}

/**
 * Wraps a check's `report` so that the findings of the given message ids are held back and, on `flush`, reported as
 * one finding per message id, its records listed; other reports (and needs-review results) pass straight through.
 */
export function collectLapses<MessageId extends string>(
  report: (r: Report<MessageId>) => void,
  kinds: Partial<Record<MessageId, LapseKind<MessageId>>>,
): { report: (r: Report<MessageId>) => void; flush: () => void } {
  const held = new Map<MessageId, Lapse<MessageId>[]>();
  return {
    report(r) {
      if (!(r.messageId in kinds) || r.outcome === 'needs-review') return report(r);
      const key = kinds[r.messageId]!.joins ?? r.messageId;
      const list = held.get(key) ?? [];
      list.push({ messageId: r.messageId, data: r.data ?? {}, subjects: r.subjects });
      held.set(key, list);
    },
    flush() {
      for (const [messageId, lapses] of held) {
        const kind = kinds[messageId]!;
        reportLapses(report, lapses, { summary: kind.summary, data: () => kind.data(lapses), grade: kind.grade(lapses) });
      }
      held.clear();
    },
  };
}
