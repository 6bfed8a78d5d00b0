// risk-untreated (6.1.3, 8.3): a risk above the acceptance threshold without a complete treatment, or treated with
// controls the Statement of Applicability does not apply.
import type { Risk, RiskMethodology, SnapshotIndex, SoaEntry } from '../domain/index.ts';
import {
  designatedAcceptors, evaluationInForce, judgeRisk, matrixCells, residualAcceptance, residualLevel,
  type RiskEvaluation,
} from '../domain/predicates/risk-levels.ts';
import { defineCheck } from './define-check.ts';
import { reportForReview, reportLapses, type Lapse } from './shared/nonconformity.ts';
import type { MessageData, Subject } from './types.ts';
import { highRiskReasonOfAny } from './shared/risk-class.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';
import { isBlank } from '../domain/predicates/free-text.ts';

const FULL_TREATMENT =
  'choose a treatment option (modify, avoid, share or retain), select the controls that modify or share it, record the ' +
  'residual likelihood and consequence, and have designated management approve the plan and accept the residual risk with a date';

const personName = (index: SnapshotIndex, id: string) => {
  const p = index.persons.get(id);
  return p ? `"${p.name}" (${id})` : id;
};

/** Where a risk stands against the methodology in force, as the message words it. */
function standing(evaluation: RiskEvaluation, likelihood: number, consequence: number, status: 'above' | 'undecided'): string {
  const level = likelihood * consequence;
  if (evaluation.kind === 'threshold') {
    const { range } = evaluation;
    return status === 'above'
      ? `has level ${level}, above the acceptance threshold of ${range.high}`
      : `has level ${level}, between the acceptance thresholds (${range.low} to ${range.high}) of methodologies ${listForMessage(range.methodologyIds)}, none of which is clearly the one in force`;
  }
  if (evaluation.kind === 'matrix') {
    const ratings = [...new Set(matrixCells(evaluation, likelihood, consequence).map((c) => (c ? `"${c.rating}"` : 'unrated')))];
    return status === 'above'
      ? `is rated ${listForMessage(ratings)} (likelihood ${likelihood}, consequence ${consequence}) in the risk matrix, a rating that needs treatment`
      : `is rated ${listForMessage(ratings)} (likelihood ${likelihood}, consequence ${consequence}) in the risk matrices of ${listForMessage(evaluation.methodologyIds)}, which do not agree or do not rate it`;
  }
  return `has likelihood ${likelihood} and consequence ${consequence}`;
}

/** What a treatment of a risk above the threshold still lacks, as phrases for the message and the fix. */
function treatmentGaps(risk: Risk, index: SnapshotIndex, methodologies: readonly RiskMethodology[]): { gaps: string[]; todo: string[] } {
  const t = risk.treatment!;
  const gaps: string[] = [];
  const todo: string[] = [];
  // Avoiding a risk ends the activity and retaining it is a decision; only modify and share work through controls.
  if ((t.option === 'modify' || t.option === 'share') && (t.controlIds ?? []).length === 0) {
    gaps.push('no selected controls');
    todo.push('select the controls that treat it and list them in the treatment');
  }
  if (residualLevel(risk) === undefined) {
    gaps.push('no residual level');
    todo.push('record the residual likelihood and consequence after treatment');
  }
  const acceptance = residualAcceptance(risk, index.roles, methodologies, index.persons);
  if (acceptance === 'not-accepted') {
    gaps.push('no approval of the plan and acceptance of the residual risk by designated management');
    todo.push('have designated management approve the treatment plan and accept the residual risk, and record who and when');
  } else if (acceptance === 'outside-designation') {
    const designated = designatedAcceptors(risk, methodologies, index.roles);
    const where = designated.source === 'risk' ? 'the risk names' : 'the methodology designates';
    gaps.push(`the residual risk was accepted by ${personName(index, t.residualAcceptedById!)}, who is not among the management ${where} to accept it, nor top management`);
    todo.push('have the designated management or top management accept the residual risk, or designate the person who accepted it');
  }
  return { gaps, todo };
}

export default defineCheck({
  id: 'risk-untreated',
  meta: {
    title: 'Every risk above the acceptance criteria is treated, with the plan and residual risk approved by designated management',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2', 'surveillance'],
    refs: ['6.1.3', '8.3'],
    euAiAct: ['Art 9'],
    description:
      'The auditor reads the risk register against the methodology’s acceptance threshold and the risk treatment ' +
      'plan against the Statement of Applicability. Every risk the criteria say needs treatment (a level above the ' +
      'threshold, or a matrix rating that needs it) needs a treatment option, the controls that implement it, a ' +
      'residual level, and approval of the plan and acceptance of what remains by designated management, who under ' +
      'ISO/IEC 42001 need not be the risk owner; ' +
      'every control a treatment relies on must be applied in the SoA. Gaps show risk assessment that stops short ' +
      'of treatment, or a SoA that is not the working surface of the treatment plan.',
    messages: {
      noTreatmentAll: '{{count}} of the {{examined}} risks that need treatment under the acceptance criteria have no treatment: {{risks}}.',
      treatmentIncompleteAll: '{{count}} of the {{examined}} treated risks that need treatment have an incomplete treatment plan: {{risks}}.',
      controlsNotAppliedAll: '{{count}} of the {{examined}} treated risks rely on controls the Statement of Applicability does not apply: {{risks}}.',
      noTreatment: 'Risk {{risk}} {{standing}}, but no treatment is recorded.',
      treatmentIncomplete: 'Risk {{risk}} {{standing}}; its treatment ({{option}}) has {{gaps}}.',
      controlsNotApplied: 'Risk {{risk}} is treated with {{details}}, which the Statement of Applicability does not apply.',
      residualAboveThreshold:
        'Risk {{risk}} keeps a residual risk that still needs treatment under the criteria ({{residual}}), and it was accepted: confirm this is an informed, justified decision at the right level of management.',
      undecided: 'Risk {{risk}} {{standing}}, so whether it needs treatment cannot be decided.',
      acceptorNotShownDesignated:
        'Risk {{risk}}: the residual risk was accepted by {{acceptor}}, who is neither its owner nor top management, and neither the risk nor the methodology designates who accepts: confirm that this person is the designated management.',
      qualitativeCriteria:
        'The risk methodology in force ({{methodologies}}) states qualitative criteria without a threshold or matrix, so which of the {{count}} open risks need treatment is for a reader to confirm against those criteria.',
      levelUnknown: 'Risk {{risk}} has no likelihood or consequence recorded, so its level cannot be compared with the acceptance threshold.',
      levelUnknownAll: '{{count}} open risks have no likelihood or consequence recorded, so their level cannot be compared with the acceptance threshold: {{risks}}.',
      undecidedAll: 'Whether {{count}} open risks need treatment cannot be decided from the methodology in force: {{risks}}.',
      residualAboveThresholdAll:
        '{{count}} risks keep a residual risk that still needs treatment under the criteria, and it was accepted: {{risks}}; confirm each is an informed, justified decision at the right level of management.',
      acceptorNotShownDesignatedAll:
        'For {{count}} risks the residual risk was accepted by someone who is neither the risk’s owner nor top management, and neither the risk nor the methodology designates who accepts ({{acceptors}}): {{risks}}; confirm that they are the designated management.',
      noThreshold: 'No risk methodology gives acceptance criteria, so it cannot be decided which of the {{count}} open risks need treatment.',
    },
    fix: 'For {{risk}}: {{todo}}.',
  },
  run({ aims, index, report: emit, pass, notApplicable }) {
    let reported = 0;
    const report: typeof emit = (r) => { reported++; emit(r); };
    const risks = aims.risks.filter((r) => r.status !== 'closed');
    if (risks.length === 0) {
      notApplicable('No open risk is recorded in the risk register.');
      return;
    }
    const evaluation = evaluationInForce(aims.riskMethodologies);
    // Per control: whether any SoA entry applies it, and an entry that excludes it (to name in the message).
    const soaApplies = new Map<string, boolean>();
    const soaExcluding = new Map<string, SoaEntry>();
    for (const e of aims.soaEntries) {
      soaApplies.set(e.controlId, (soaApplies.get(e.controlId) ?? false) || e.applicable === true);
      if (e.applicable !== true && !soaExcluding.has(e.controlId)) soaExcluding.set(e.controlId, e);
    }
    // A risk with no treatment is an isolated lapse while others above the criteria are treated; when none is,
    // the treatment process is not operating at all, which an auditor grades major.
    const verdicts = risks.map((r) => (evaluation ? judgeRisk(evaluation, r) : 'unknown'));
    const above = risks.filter((_, i) => verdicts[i] === 'above');
    const aboveCount = above.length;
    const aboveTreated = above.filter((r) => r.treatment !== undefined).length;
    const noneTreated = aboveCount > 0 && aboveTreated === 0;
    // Qualitative criteria are applied by people: the check cannot say which risk needs treatment.
    const decides = evaluation !== undefined && evaluation.kind !== 'qualitative';
    type M = 'noTreatment' | 'treatmentIncomplete' | 'controlsNotApplied' | 'noTreatmentAll' | 'treatmentIncompleteAll' | 'controlsNotAppliedAll';
    const untreated: Lapse<M>[] = [];
    const incomplete: Lapse<M>[] = [];
    const notApplied: Lapse<M>[] = [];
    const systemsOf = new Map<Lapse<M>, readonly string[]>();
    // Treatments examined for completeness: those of risks above the criteria, and under qualitative criteria every one.
    let treatmentsExamined = 0;

    // What a reader must confirm, one result per kind listing the risks: one question to the risk owner, with examples.
    type R = 'levelUnknown' | 'undecided' | 'residualAboveThreshold' | 'acceptorNotShownDesignated';
    const reviews: Record<R, Lapse<R>[]> = { levelUnknown: [], undecided: [], residualAboveThreshold: [], acceptorNotShownDesignated: [] };
    const review = (r: { messageId: R; data: Record<string, string | number>; subjects: Subject[] }) => reviews[r.messageId].push(r);

    risks.forEach((risk, i) => {
      const subject = subjectOf('risks', risk);
      const name = named(subject);
      const verdict = verdicts[i];
      if (decides && verdict === 'unknown') {
        review({ messageId: 'levelUnknown', data: { risk: name, todo: 'record its likelihood and consequence on the methodology’s scales' }, subjects: [subject] });
      } else if (decides && verdict !== 'unknown') {
        const base = { risk: name };
        if (verdict === 'undecided') {
          review({
            messageId: 'undecided',
            data: { ...base, standing: standing(evaluation, risk.likelihood, risk.consequence, 'undecided'), todo: 'approve the risk methodology in force so that one set of acceptance criteria applies, and rate every pair of its scales' },
            subjects: [subject],
          });
        } else if (verdict === 'above' && risk.treatment === undefined) {
          const lapse: Lapse<M> = { messageId: 'noTreatment', data: { ...base, standing: standing(evaluation, risk.likelihood, risk.consequence, 'above'), todo: FULL_TREATMENT }, subjects: [subject] };
          untreated.push(lapse);
          systemsOf.set(lapse, risk.aiSystemIds);
        } else if (verdict === 'above') {
          reportTreatment(risk, evaluation, { ...base, standing: standing(evaluation, risk.likelihood, risk.consequence, 'above') });
        }
      } else if (evaluation?.kind === 'qualitative' && risk.treatment !== undefined) {
        // Under qualitative criteria a treatment shows the organisation judged the risk to need one: it must be complete.
        reportTreatment(risk, evaluation, { risk: name, standing: standing(evaluation, risk.likelihood, risk.consequence, 'above') });
      }
      reportControlsNotApplied(risk);
    });
    if (!evaluation) {
      report({
        messageId: 'noThreshold', outcome: 'needs-review', severity: 'observation',
        data: { count: risks.length, risk: 'the risk register', todo: 'define a risk methodology with acceptance criteria (see methodology-missing)' },
        subjects: [organisationSubject(aims)],
      });
    } else if (evaluation.kind === 'qualitative') {
      report({
        messageId: 'qualitativeCriteria', outcome: 'needs-review', severity: 'observation',
        data: { count: risks.length, methodologies: listForMessage(evaluation.methodologyIds), risk: 'the risk register', todo: 'confirm each open risk against the criteria, and give those that need treatment a complete, approved treatment' },
        subjects: [organisationSubject(aims)],
      });
    }
    // One nonconformity per kind, each risk listed; the share of risks affected grades it, the systems' class raises it.
    const riskNames = (list: readonly { readonly data: MessageData }[]) => listForMessage(list.map((l) => String(l.data['risk'])), 6);
    const reviewFix = { risk: 'each risk listed', todo: 'as its line says' };
    reportForReview(report, reviews.levelUnknown, { severity: 'observation', summary: 'levelUnknownAll', data: () => ({ risks: riskNames(reviews.levelUnknown), ...reviewFix, todo: 'record each one’s likelihood and consequence on the methodology’s scales' }) });
    reportForReview(report, reviews.undecided, { severity: 'observation', summary: 'undecidedAll', data: () => ({ risks: riskNames(reviews.undecided), ...reviewFix }) });
    reportForReview(report, reviews.residualAboveThreshold, { severity: 'observation', summary: 'residualAboveThresholdAll', data: () => ({ risks: riskNames(reviews.residualAboveThreshold), ...reviewFix }) });
    reportForReview(report, reviews.acceptorNotShownDesignated, {
      severity: 'observation', summary: 'acceptorNotShownDesignatedAll',
      data: () => ({
        risks: riskNames(reviews.acceptorNotShownDesignated),
        acceptors: listForMessage([...new Set(reviews.acceptorNotShownDesignated.map((l) => String(l.data['acceptor'])))], 4),
        ...reviewFix,
      }),
    });
    const gradeOf = (list: Lapse<M>[], examined: number) => {
      const highRisk = highRiskReasonOfAny(aims, index, [...new Set(list.flatMap((l) => systemsOf.get(l) ?? []))]);
      return { examined, ...(highRisk ? { highRisk } : {}) };
    };
    const fix = { risk: 'each risk listed', todo: 'complete its treatment as the message says' };
    const withTreatment = risks.filter((r) => r.treatment !== undefined).length;
    // No risk above the threshold treated at all: the treatment process is not operating.
    reportLapses(report, untreated, { summary: 'noTreatmentAll', data: () => ({ examined: aboveCount, risks: riskNames(untreated), ...fix, todo: FULL_TREATMENT }), grade: noneTreated ? { extent: 'broken-down' } : gradeOf(untreated, aboveCount) });
    reportLapses(report, incomplete, { summary: 'treatmentIncompleteAll', data: () => ({ examined: treatmentsExamined, risks: riskNames(incomplete), ...fix }), grade: gradeOf(incomplete, treatmentsExamined) });
    reportLapses(report, notApplied, { summary: 'controlsNotAppliedAll', data: () => ({ examined: withTreatment, risks: riskNames(notApplied), ...fix }), grade: gradeOf(notApplied, withTreatment) });
    // The engine keeps passed subjects only when nothing was reported; at scale, do not build them for nothing.
    if (reported === 0) pass(risks.map((r) => subjectOf('risks', r)));

    function reportTreatment(risk: Risk, evaluation: RiskEvaluation, base: { risk: string; standing: string }): void {
      const subject = subjectOf('risks', risk);
      treatmentsExamined++;
      const { gaps, todo } = treatmentGaps(risk, index, aims.riskMethodologies);
      const t = risk.treatment!;
      if (gaps.length > 0) {
        const lapse: Lapse<M> = { messageId: 'treatmentIncomplete', data: { ...base, option: t.option, gaps: listForMessage(gaps), todo: listForMessage(todo) }, subjects: [subject] };
        incomplete.push(lapse);
        systemsOf.set(lapse, risk.aiSystemIds);
        return;
      }
      const residual = { likelihood: t.residualLikelihood, consequence: t.residualConsequence };
      const acceptance = residualAcceptance(risk, index.roles, aims.riskMethodologies, index.persons);
      // Accepted above the criteria by designated management with the reasoning recorded: the informed decision
      // 6.1.3 asks for, shown; nothing left for a reader to confirm.
      const reasoned = acceptance === 'by-designated-management' && !isBlank(t.residualAcceptanceRationale);
      if (residualLevel(risk) !== undefined && judgeRisk(evaluation, residual) === 'above' && !reasoned) {
        review({
          messageId: 'residualAboveThreshold',
          data: { ...base, residual: standing(evaluation, t.residualLikelihood!, t.residualConsequence!, 'above').replace(/^has |^is /, ''), todo: 'have designated management record why the residual risk is accepted above the criteria (treatment.residualAcceptanceRationale), or add controls that bring it within them' },
          subjects: [subject],
        });
      } else if (acceptance === 'designation-unknown') {
        review({
          messageId: 'acceptorNotShownDesignated',
          data: { ...base, acceptor: personName(index, t.residualAcceptedById!), todo: 'record who accepts residual risk: the roles on the risk methodology (residualAcceptance.roleIds), or the person or role on the risk (treatment.residualAcceptorId or residualAcceptorRoleId)' },
          subjects: [subject],
        });
      }
    }

    function reportControlsNotApplied(risk: Risk): void {
      // Without any SoA entry, soa-incomplete reports the missing SoA; comparing against nothing would repeat it per risk.
      if (soaApplies.size === 0 || !risk.treatment) return;
      const details: string[] = [];
      const excluding: SoaEntry[] = [];
      const missing: string[] = [];
      for (const controlId of risk.treatment.controlIds ?? []) {
        if (soaApplies.get(controlId) === true) continue;
        const entry = soaExcluding.get(controlId);
        if (entry) {
          details.push(`${controlId} (excluded by SoA entry ${entry.id})`);
          excluding.push(entry);
        } else {
          details.push(`${controlId} (not in the SoA)`);
        }
        missing.push(controlId);
      }
      if (details.length === 0) return;
      const subject = subjectOf('risks', risk);
      const lapse: Lapse<M> = {
        messageId: 'controlsNotApplied',
        data: {
          risk: named(subject), details: listForMessage(details),
          todo: `include ${listForMessage(missing)} in the Statement of Applicability with this risk as the reason, or change the treatment to controls the SoA applies`,
        },
        subjects: [subject, ...excluding.map((e) => subjectOf('soaEntries', e))],
      };
      notApplied.push(lapse);
      systemsOf.set(lapse, risk.aiSystemIds);
    }
  },
});
