// Closes a nonconformity (10.2): only once its cause is determined and the need for action evaluated — corrective
// actions taken, or a reasoned decision that none is needed. Reviewing their effectiveness can follow the closure.
import { isBlank } from '../domain/predicates/free-text.ts';
import type { AimsDatabase, StoredRecord } from '../store/index.ts';
import { writeOrganisation } from '../store/writes.ts';
import { recordAsSeen, refuse, refuseBefore, saveStep, type WorkflowActor } from './workflow-records.ts';

export interface NonconformityClosure {
  readonly nonconformityId: string;
  readonly expectedVersion: number;
  readonly closedOn: string;
  /** Why no corrective action is needed, when that is what evaluating the need concluded; stored on the record. */
  readonly noActionReason?: string;
}

export async function closeNonconformity(db: AimsDatabase, organisationId: string, closure: NonconformityClosure, actor: WorkflowActor): Promise<StoredRecord<'nonconformities'>> {
  return writeOrganisation(db, organisationId, actor, async (writer) => {
    const { record: nc } = await recordAsSeen(writer, 'nonconformities', closure.nonconformityId, closure.expectedVersion);
    const at = { register: 'nonconformities' as const, recordId: nc.id };
    if (nc.status === 'closed') refuse(`Nonconformity "${nc.id}" is already closed${nc.closedOn ? ` (on ${nc.closedOn})` : ''}.`, [{ ...at, field: 'status', message: 'closed' }]);
    if (isBlank(nc.rootCause)) {
      refuse(`Nonconformity "${nc.id}" cannot be closed without a root cause: 10.2 asks to determine why it happened before deciding what to do. Record the root-cause analysis (rootCause).`,
        [{ ...at, field: 'rootCause', message: 'missing or a placeholder' }]);
    }
    const reason = closure.noActionReason ?? nc.noActionReason;
    const actions = nc.correctiveActions.filter((a) => !isBlank(a.description));
    if (actions.length === 0 && isBlank(reason)) {
      refuse(`Nonconformity "${nc.id}" cannot be closed without corrective action, or a reasoned evaluation that none is needed (10.2): add the corrective actions, or give noActionReason.`,
        [{ ...at, field: 'correctiveActions', message: 'none' }, { ...at, field: 'noActionReason', message: 'missing or a placeholder' }]);
    }
    const open = nc.correctiveActions.map((a, i) => ({ a, i })).filter(({ a }) => a.status !== 'done');
    if (open.length > 0) {
      refuse(`Nonconformity "${nc.id}" still has ${open.length} open corrective action${open.length === 1 ? '' : 's'}; finish ${open.length === 1 ? 'it' : 'them'} (status done) before closing.`,
        open.map(({ a, i }) => ({ ...at, field: `correctiveActions[${i}].status`, message: `"${a.description}" is open` })));
    }
    refuseBefore(closure.closedOn, nc.raisedOn, 'closedOn', 'it was raised on', at);
    const lastDone = nc.correctiveActions.map((a) => a.completedOn ?? '').sort().at(-1);
    refuseBefore(closure.closedOn, lastDone || undefined, 'closedOn', 'its last corrective action was completed on', at);
    return saveStep(writer, 'nonconformities', {
      ...nc, status: 'closed', closedOn: closure.closedOn, ...(closure.noActionReason !== undefined ? { noActionReason: closure.noActionReason } : {}),
    }, closure.expectedVersion);
  });
}
