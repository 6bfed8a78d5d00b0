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

/**
 * How far a requirement is unmet, the first input of the grading rule (src/checks/shared/grading.ts):
 * `absent` (not addressed at all), `broken-down` (in place but not working), `systemic` (the lapse runs through the
 * process), `isolated` (a lapse in a process that otherwise works), `potential` (nothing unmet yet).
 */
export type Extent = 'absent' | 'broken-down' | 'systemic' | 'isolated' | 'potential';

/** The rule's inputs for one nonconformity; the engine decides its severity from them. */
export interface GradeInputs {
  /** Left out: derived from `examined` and the instances (all or more than half affected is systemic), else isolated. */
  readonly extent?: Extent;
  /** How many records the check examined for this requirement. */
  readonly examined?: number;
  /** How many of them are affected, where the finding does not list each as an instance; else the instances. */
  readonly affected?: number;
  /** Why the AI system's risk class raises the grade (EU AI Act high-risk, a severe impact); see shared/risk-class.ts. */
  readonly highRisk?: string;
  /** The requirement the nonconformity is against, for adding up minors; the check's first ref by default. */
  readonly requirement?: string;
}

/** One example of a nonconformity: the records it is about and a line saying what is wrong with them. */
export interface Instance<MessageId extends string = string> {
  readonly subjects: readonly Subject[];
  /** A message of the check for this instance, rendered with `data`; or give `text`. */
  readonly messageId?: MessageId;
  readonly data?: MessageData;
  readonly text?: string;
}

export interface Report<MessageId extends string = string> {
  readonly messageId: MessageId;
  readonly data?: MessageData;
  readonly subjects: readonly Subject[];
  /** `needs-review` where the data cannot decide; defaults to `finding`. */
  readonly outcome?: 'finding' | 'needs-review';
  /**
   * An explicit severity overrides the grading rule: for rules that are not about an AIMS nonconformity (the
   * certification arrangements) and for the severity a needs-review would have. Without it and without `grade`,
   * the check's default severity applies.
   */
  readonly severity?: Severity;
  /**
   * The instances of this one nonconformity (one finding, its examples listed). An instance's message id is not
   * type-checked against the check's (an unknown one renders visibly and fails testCheck).
   */
  readonly instances?: readonly Instance[];
  /** The grading rule's inputs: the engine decides the severity from them. */
  readonly grade?: GradeInputs;
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

/** An instance as results carry it: its records and its rendered line. */
export interface ResultInstance {
  readonly subjects: readonly Subject[];
  readonly message: string;
}

/** Why a finding has its severity, by the grading rule. */
export interface Grading {
  /** One sentence, e.g. `minor: an isolated lapse (3 of 39 examined)`. */
  readonly basis: string;
  readonly extent?: Extent;
  readonly examined?: number;
  /** How many instances (1 when the finding lists none). */
  readonly affected: number;
  /** The requirement minors were added up against. */
  readonly requirement: string;
  /** What raised the grade above the extent's: the risk class, or the other minors against the requirement. */
  readonly raisedBy?: string;
}

export interface CheckResult {
  readonly check: string;
  readonly outcome: Outcome;
  readonly severity: Severity;
  readonly refs: readonly string[];
  /** The report's subjects and every instance's, without repeats. */
  readonly subjects: readonly Subject[];
  readonly message: string;
  readonly fix: string;
  /** The examples of this nonconformity, when the check lists them. */
  readonly instances?: readonly ResultInstance[];
  /** How the grading rule decided the severity; absent where the check set it explicitly or by its default. */
  readonly grading?: Grading;
}
