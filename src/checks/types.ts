// The vocabulary of checks and their results, shared by the engine, the CLI, the API and the reports.
import type { AimsSnapshot, RegisterName, SnapshotIndex } from '../domain/index.ts';

/** axe-core's four outcomes in our words: a finding, a pass, undecidable from the data, or not applicable. */
export type Outcome = 'finding' | 'pass' | 'needs-review' | 'not-applicable';
export type Severity = 'major' | 'minor' | 'observation';
/** The audits where a nonconformity typically surfaces (the seed's "Where it surfaces"). */
export type AuditStage = 'stage-1' | 'stage-2' | 'surveillance' | 'recertification';

/** A record a result is about. `organisation` stands for the AIMS as a whole (e.g. "no methodology at all"). */
export interface Subject {
  readonly register: RegisterName | 'organisation';
  readonly id: string;
  readonly label?: string;
}

export interface CheckMeta<MessageId extends string = string> {
  readonly title: string;
  readonly severity: Severity;
  readonly surfaces: readonly AuditStage[];
  /** ISO/IEC 42001 clause and Annex A ids, or `17021-1` for certification rules; each must exist. */
  readonly refs: readonly string[];
  /** EU AI Act articles the same evidence serves, e.g. `Art 9`. */
  readonly euAiAct?: readonly string[];
  /** What an auditor looks for, in an auditor's terms. */
  readonly description: string;
  /** Messages with `{{placeholders}}`, by id. */
  readonly messages: Readonly<Record<MessageId, string>>;
  /** How to fix it, with the same placeholders. */
  readonly fix: string;
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface Report<MessageId extends string = string> {
  readonly messageId: MessageId;
  readonly data?: MessageData;
  readonly subjects: readonly Subject[];
  /** `needs-review` where the data cannot decide; defaults to `finding`. */
  readonly outcome?: 'finding' | 'needs-review';
  /** A finding may be more or less severe than the check's default (e.g. a major left open past its limit). */
  readonly severity?: Severity;
}

export interface CheckContext<MessageId extends string = string> {
  readonly aims: AimsSnapshot;
  readonly index: SnapshotIndex;
  /** The date the check runs as of (YYYY-MM-DD): checks never read the clock. */
  readonly now: string;
  report(report: Report<MessageId>): void;
  /** Records what was examined and found in order; optional, a check that reports nothing passes. */
  pass(subjects?: readonly Subject[]): void;
  /** The check has nothing to look at (e.g. no AI system uses a supplier); say why. */
  notApplicable(reason: string): void;
}

export interface Check<MessageId extends string = string> {
  readonly id: string;
  readonly meta: CheckMeta<MessageId>;
  run(ctx: CheckContext<MessageId>): void;
}

export interface CheckResult {
  readonly check: string;
  readonly outcome: Outcome;
  readonly severity: Severity;
  readonly refs: readonly string[];
  readonly subjects: readonly Subject[];
  readonly message: string;
  readonly fix: string;
}
