// Accepts a risk's residual risk (6.1.3): only the management designated for it — named on the risk, else on the
// risk methodology, else the risk owner — and only a residual level that was assessed; one above the risk criteria
// only with the rationale for accepting it, kept on the risk.
import { AppError, type Role } from '../domain/index.ts';
import { designatedAcceptors, judgeLevel, residualLevel, thresholdsInForce } from '../domain/predicates/risk-levels.ts';
import type { AimsDatabase, StoredRecord } from '../store/index.ts';
import { writeOrganisation } from '../store/writes.ts';
import { actingPerson, recordAsSeen, refuse, refuseBefore, saveStep, type WorkflowActor } from './workflow-records.ts';

export interface ResidualRiskAcceptance {
  readonly riskId: string;
  readonly expectedVersion: number;
  readonly acceptedOn: string;
  /** Why it is accepted although the criteria would still treat it: required for a level above them. */
  readonly rationale?: string;
}

const DESIGNATION_HINT = 'name the person or role on the risk (treatment.residualAcceptorId or residualAcceptorRoleId) or the roles on the risk methodology (residualAcceptance.roleIds)';

export async function acceptResidualRisk(db: AimsDatabase, organisationId: string, acceptance: ResidualRiskAcceptance, actor: WorkflowActor): Promise<StoredRecord<'risks'>> {
  return writeOrganisation(db, organisationId, actor, async (writer) => {
    const { record: risk } = await recordAsSeen(writer, 'risks', acceptance.riskId, acceptance.expectedVersion);
    const at = { register: 'risks' as const, recordId: risk.id };
    const t = risk.treatment;
    if (!t) refuse(`Risk "${risk.id}" has no treatment: decide how it is treated and assess the residual risk before accepting it.`, [{ ...at, field: 'treatment', message: 'missing' }]);
    if (t.residualAcceptedById) {
      refuse(`The residual risk of "${risk.id}" was already accepted${t.residualAcceptedOn ? ` on ${t.residualAcceptedOn}` : ''}; reassess the risk to accept it anew.`, [{ ...at, field: 'treatment.residualAcceptedById', message: 'already accepted' }]);
    }
    const residual = residualLevel(risk);
    if (residual === undefined) {
      refuse(`Risk "${risk.id}" has no residual level: record the residual likelihood and consequence after treatment, then accept it.`,
        [{ ...at, field: t.residualLikelihood === undefined ? 'treatment.residualLikelihood' : 'treatment.residualConsequence', message: 'missing' }]);
    }
    const open = t.actions.filter((a) => a.status !== 'done');
    if (open.length > 0) {
      refuse(`Risk "${risk.id}" still has ${open.length} open treatment action${open.length === 1 ? '' : 's'}: the residual risk is what remains after treatment, so finish the actions first.`,
        open.map((a) => ({ ...at, field: `treatment.actions[${t.actions.indexOf(a)}].status`, message: `"${a.description}" is open` })));
    }
    const methodologies = await writer.all('riskMethodologies');
    const range = thresholdsInForce(methodologies);
    // Above the criteria, designated management may still accept it (6.1.3 asks them to), but only with the reasoning
    // written down: an acceptance against the organisation's own criteria is what an auditor asks to see justified.
    const rationale = acceptance.rationale?.trim() ?? '';
    const aboveCriteria = range !== undefined && judgeLevel(residual, range) !== 'within';
    if (aboveCriteria && rationale === '') {
      refuse(`The residual level of "${risk.id}" is ${residual}, above the acceptance threshold ${range.low === range.high ? range.low : `${range.low}–${range.high}`} of the risk methodology (${range.methodologyIds.join(', ')}): accepting it goes against the risk criteria. Add controls that bring it within them, revise the criteria, or give the rationale for accepting it above them.`,
        [{ ...at, field: 'rationale', message: `required: residual level ${residual} above ${range.low}` }]);
    }
    const roles = new Map((await writer.all('roles')).map((r): [string, Role] => [r.id, r]));
    const designated = designatedAcceptors(risk, methodologies, roles);
    if (designated.source === 'none' || designated.personIds.size === 0) {
      refuse(`No management is designated to accept the residual risk of "${risk.id}", and it names no owner: ${DESIGNATION_HINT}.`, [{ ...at, field: 'treatment.residualAcceptorId', message: 'nobody designated' }]);
    }
    const acceptor = await actingPerson(writer, actor, 'accept a residual risk');
    if (!designated.personIds.has(acceptor.id)) {
      const whence = { risk: 'designated by the risk', methodology: 'designated by the risk methodology', owner: 'the risk owner, as nothing else is designated' }[designated.source];
      throw new AppError('forbidden', `${acceptor.name} is not among the management designated to accept the residual risk of "${risk.id}" (${whence}); ask one of them, or ${DESIGNATION_HINT}.`,
        [{ ...at, field: 'treatment.residualAcceptedById', message: `designated: ${[...designated.personIds].join(', ')}` }]);
    }
    refuseBefore(acceptance.acceptedOn, risk.assessedOn, 'acceptedOn', 'the risk was assessed on', at);
    return saveStep(writer, 'risks', {
      ...risk, status: 'accepted',
      treatment: { ...t, residualAcceptedById: acceptor.id, residualAcceptedOn: acceptance.acceptedOn, ...(rationale !== '' ? { residualAcceptanceRationale: rationale } : {}) },
    }, acceptance.expectedVersion);
  });
}
