// Audit preparation as tracked work: the seven readiness steps with owners and due dates counted back from Stage 1,
// mock-interview packs per control owner, and the documents changed since the version freeze.
import { auditStart, latestAuditOf } from './findings.ts';
import { activeFreeze, documentsChangedSince, type DocumentChange } from './freeze.ts';
import { readinessDueDate, readinessSequence } from './readiness.ts';
import {
  findControl, indexSnapshot, isBefore, type AimsSnapshot, type IsoDateString, type MockInterview, type ReadinessStep,
} from '../index.ts';

export interface ReadinessWorkItem {
  readonly step: ReadinessStep['step'];
  readonly title: string;
  readonly purpose: string;
  readonly recordId?: string;
  readonly ownerId?: string;
  readonly ownerName?: string;
  readonly dueDate?: IsoDateString;
  /** `record`: the organisation set it; `stage-1`: counted back from Stage 1; absent when neither is known. */
  readonly dueFrom?: 'record' | 'stage-1';
  readonly status: ReadinessStep['status'];
  readonly completedOn?: IsoDateString;
  readonly overdue: boolean;
}

export interface RehearsalControl {
  readonly controlId: string;
  readonly title: string;
  readonly lastOutcome?: MockInterview['outcome'];
  readonly lastHeldOn?: IsoDateString;
}

export interface InterviewPack {
  readonly personId: string;
  readonly name: string;
  /** Controls the person owns (SoA entries, directly or through a role they hold) and should rehearse. */
  readonly controls: readonly RehearsalControl[];
  /** AI systems the person owns, for end-to-end walkthroughs. */
  readonly aiSystems: readonly { readonly id: string; readonly name: string }[];
  readonly interviews: readonly Pick<MockInterview, 'id' | 'heldOn' | 'outcome' | 'controlIds'>[];
  /** Owned controls not yet rehearsed with a `ready` outcome. */
  readonly toRehearse: readonly string[];
  readonly status: 'ready' | 'needs-practice' | 'not-rehearsed';
}

export interface ReadinessWork {
  readonly stage1?: IsoDateString;
  readonly steps: readonly ReadinessWorkItem[];
  readonly interviewPacks: readonly InterviewPack[];
  readonly freeze: {
    readonly baselineId: string;
    readonly frozenOn: IsoDateString;
    readonly forAuditId?: string;
    readonly ended: boolean;
    readonly documentsChanged: readonly DocumentChange[];
  } | null;
}

/** The Stage 1 date: as given, else the latest Stage 1 audit on record. */
function stage1Of(aims: AimsSnapshot, given?: IsoDateString): IsoDateString | undefined {
  if (given) return given;
  const latest = latestAuditOf(aims, 'stage-1');
  return latest ? auditStart(latest) : undefined;
}

/** Who owns which applicable controls: the named owner of the SoA entry, or every holder of its owning role. */
function controlOwners(aims: AimsSnapshot): Map<string, Set<string>> {
  const index = indexSnapshot(aims);
  const owned = new Map<string, Set<string>>();
  const give = (personId: string, controlId: string) => owned.set(personId, (owned.get(personId) ?? new Set()).add(controlId));
  for (const entry of aims.soaEntries) {
    if (!entry.applicable) continue;
    if (entry.ownerId) give(entry.ownerId, entry.controlId);
    const role = entry.ownerRoleId ? index.roles.get(entry.ownerRoleId) : undefined;
    for (const holder of role ? [...role.holderIds, ...(role.accountableChairId ? [role.accountableChairId] : [])] : []) give(holder, entry.controlId);
  }
  return owned;
}

/** Readiness work as of `now`, with due dates counted back from Stage 1 (given, or the Stage 1 audit on record). */
export function readinessWork(aims: AimsSnapshot, now: IsoDateString, stage1Given?: IsoDateString): ReadinessWork {
  const index = indexSnapshot(aims);
  const stage1 = stage1Of(aims, stage1Given);
  const steps = readinessSequence.map((def): ReadinessWorkItem => {
    const records = aims.readinessSteps.filter((s) => s.step === def.step);
    const record = records.find((s) => s.status === 'done') ?? records.at(-1);
    const dueDate = record?.dueDate ?? (stage1 ? readinessDueDate(def.step, stage1) : undefined);
    const status = record?.status ?? 'not-started';
    const owner = record?.ownerId ? index.persons.get(record.ownerId) : undefined;
    return {
      step: def.step, title: def.title, purpose: def.purpose,
      ...(record ? { recordId: record.id } : {}),
      ...(record?.ownerId ? { ownerId: record.ownerId } : {}),
      ...(owner ? { ownerName: owner.name } : {}),
      ...(dueDate ? { dueDate, dueFrom: record?.dueDate ? 'record' as const : 'stage-1' as const } : {}),
      status,
      ...(record?.completedOn ? { completedOn: record.completedOn } : {}),
      overdue: status !== 'done' && dueDate !== undefined && isBefore(dueDate, now),
    };
  });

  const owners = controlOwners(aims);
  const interviewees = new Set([...owners.keys(), ...aims.mockInterviews.map((m) => m.intervieweeId)]);
  const interviewPacks = [...interviewees].map((personId): InterviewPack => {
    const interviews = aims.mockInterviews.filter((m) => m.intervieweeId === personId).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    const controls = [...(owners.get(personId) ?? [])].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((controlId): RehearsalControl => {
      const last = interviews.filter((m) => m.controlIds.includes(controlId)).at(-1);
      return {
        controlId,
        title: findControl(controlId)?.title ?? index.customControls.get(controlId)?.title ?? controlId,
        ...(last ? { lastOutcome: last.outcome, lastHeldOn: last.heldOn } : {}),
      };
    });
    const toRehearse = controls.filter((c) => c.lastOutcome !== 'ready').map((c) => c.controlId);
    const aiSystems = aims.aiSystems.filter((s) => s.ownerId === personId && s.inScope).map((s) => ({ id: s.id, name: s.name }));
    return {
      personId,
      name: index.persons.get(personId)?.name ?? personId,
      controls, aiSystems,
      interviews: interviews.map(({ id, heldOn, outcome, controlIds }) => ({ id, heldOn, outcome, controlIds })),
      toRehearse,
      status: interviews.length === 0 ? 'not-rehearsed' : toRehearse.length === 0 && interviews.at(-1)!.outcome === 'ready' ? 'ready' : 'needs-practice',
    };
  }).sort((a, b) => b.toRehearse.length - a.toRehearse.length || a.name.localeCompare(b.name));

  const freeze = activeFreeze(aims, now);
  return {
    ...(stage1 ? { stage1 } : {}),
    steps,
    interviewPacks,
    freeze: freeze
      ? {
        baselineId: freeze.baseline.id, frozenOn: freeze.baseline.frozenOn,
        ...(freeze.baseline.forAuditId ? { forAuditId: freeze.baseline.forAuditId } : {}),
        ended: freeze.ended, documentsChanged: documentsChangedSince(aims, freeze.baseline),
      }
      : null,
  };
}
