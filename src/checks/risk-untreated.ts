// risk-untreated (6.1.3, 8.3): a risk above the acceptance threshold without a complete treatment, or treated with
// controls the Statement of Applicability does not apply.
import type { Risk, RiskMethodology, SnapshotIndex, SoaEntry } from '../domain/index.ts';
import {
  designatedAcceptors, judgeLevel, residualAcceptance, residualLevel, riskLevel, thresholdsInForce, type ThresholdRange,
} from '../domain/predicates/risk-levels.ts';
import { defineCheck } from './define-check.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';

const FULL_TREATMENT =
  'choose a treatment option (modify, avoid, share or retain), select the controls that modify or share it, record the ' +
  'residual likelihood and consequence, and have the risk owner accept the residual risk with a date';

const personName = (index: SnapshotIndex, id: string) => {
  const p = index.persons.get(id);
  return p ? `"${p.name}" (${id})` : id;
};

const thresholdText = (range: ThresholdRange) => String(range.high);

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
  const acceptance = residualAcceptance(risk, index.roles, methodologies);
  if (acceptance === 'not-accepted') {
    gaps.push('no acceptance of the residual risk by its owner');
    todo.push('have the risk owner accept the residual risk and record who and when');
  } else if (acceptance === 'by-someone-else') {
    const byOwner = designatedAcceptors(risk, methodologies, index.roles).source === 'owner';
    gaps.push(`the residual risk was accepted by ${personName(index, t.residualAcceptedById!)}, who is not ${byOwner ? 'the risk owner' : 'among the management designated to accept it'}`);
    todo.push(byOwner ? 'have the risk owner accept the residual risk, or make the person who accepted it the owner' : 'have the designated management accept the residual risk, or designate the person who accepted it');
  } else if (acceptance === 'owner-unknown') {
    gaps.push('no named risk owner whose acceptance of the residual risk could be shown');
    todo.push('name the risk owner and record their acceptance of the residual risk');
  }
  return { gaps, todo };
}

export default defineCheck({
  id: 'risk-untreated',
  meta: {
    title: 'Every risk above the acceptance threshold is treated, with residual risk accepted by its owner',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2', 'surveillance'],
    refs: ['6.1.3', '8.3'],
    euAiAct: ['Art 9'],
    description:
      'The auditor reads the risk register against the methodology’s acceptance threshold and the risk treatment ' +
      'plan against the Statement of Applicability. Every risk whose level exceeds the threshold needs a treatment ' +
      'option, the controls that implement it, a residual level and the risk owner’s acceptance of what remains; ' +
      'every control a treatment relies on must be applied in the SoA. Gaps show risk assessment that stops short ' +
      'of treatment, or a SoA that is not the working surface of the treatment plan.',
    messages: {
      noTreatment: 'Risk {{risk}} has level {{level}}, above the acceptance threshold of {{threshold}}, but no treatment is recorded.',
      treatmentIncomplete: 'Risk {{risk}} has level {{level}}, above the acceptance threshold of {{threshold}}; its treatment ({{option}}) has {{gaps}}.',
      controlsNotApplied: 'Risk {{risk}} is treated with {{details}}, which the Statement of Applicability does not apply.',
      residualAboveThreshold:
        'Risk {{risk}} keeps a residual level of {{residual}}, still above the acceptance threshold of {{threshold}}, and its owner accepted it: confirm this is an informed, justified decision at the right level of management.',
      undecided:
        'Risk {{risk}} has level {{level}}, between the acceptance thresholds ({{low}} to {{high}}) of methodologies {{methodologies}}, none of which is clearly the one in force, so whether it needs treatment cannot be decided.',
      levelUnknown: 'Risk {{risk}} has no likelihood or consequence recorded, so its level cannot be compared with the acceptance threshold.',
      noThreshold: 'No risk methodology gives an acceptance threshold, so it cannot be decided which of the {{count}} open risks need treatment.',
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
    const range = thresholdsInForce(aims.riskMethodologies);
    // Per control: whether any SoA entry applies it, and an entry that excludes it (to name in the message).
    const soaApplies = new Map<string, boolean>();
    const soaExcluding = new Map<string, SoaEntry>();
    for (const e of aims.soaEntries) {
      soaApplies.set(e.controlId, (soaApplies.get(e.controlId) ?? false) || e.applicable === true);
      if (e.applicable !== true && !soaExcluding.has(e.controlId)) soaExcluding.set(e.controlId, e);
    }
    // A risk with no treatment is an isolated lapse while others above the threshold are treated; when none is,
    // the treatment process is not operating at all, which an auditor grades major.
    const levels = risks.map(riskLevel);
    let aboveCount = 0;
    let aboveTreated = 0;
    if (range) {
      risks.forEach((r, i) => {
        const l = levels[i];
        if (l === undefined || judgeLevel(l, range) !== 'above') return;
        aboveCount++;
        if (r.treatment !== undefined) aboveTreated++;
      });
    }
    const noneTreated = aboveCount > 0 && aboveTreated === 0;

    risks.forEach((risk, i) => {
      const subject = subjectOf('risks', risk);
      const name = named(subject);
      const level = levels[i];
      if (range && level === undefined) {
        report({ messageId: 'levelUnknown', outcome: 'needs-review', severity: 'observation', data: { risk: name, todo: 'record its likelihood and consequence on the methodology’s scales' }, subjects: [subject] });
      } else if (range && level !== undefined) {
        const verdict = judgeLevel(level, range);
        const base = { risk: name, level, threshold: thresholdText(range) };
        if (verdict === 'undecided') {
          report({
            messageId: 'undecided', outcome: 'needs-review', severity: 'observation',
            data: { ...base, low: range.low, high: range.high, methodologies: listForMessage(range.methodologyIds), todo: 'approve the risk methodology in force so that one acceptance threshold applies' },
            subjects: [subject],
          });
        } else if (verdict === 'above' && risk.treatment === undefined) {
          report({ messageId: 'noTreatment', severity: noneTreated ? 'major' : 'minor', data: { ...base, todo: FULL_TREATMENT }, subjects: [subject] });
        } else if (verdict === 'above') {
          const { gaps, todo } = treatmentGaps(risk, index, aims.riskMethodologies);
          const residual = residualLevel(risk);
          if (gaps.length > 0) {
            report({ messageId: 'treatmentIncomplete', severity: 'minor', data: { ...base, option: risk.treatment!.option, gaps: listForMessage(gaps), todo: listForMessage(todo) }, subjects: [subject] });
          } else if (residual !== undefined && judgeLevel(residual, range) === 'above') {
            report({
              messageId: 'residualAboveThreshold', outcome: 'needs-review', severity: 'observation',
              data: { ...base, residual, todo: 'record why the residual risk is accepted above the criteria, or add controls that bring it within them' },
              subjects: [subject],
            });
          }
        }
      }
      reportControlsNotApplied(risk);
    });
    if (!range) {
      report({
        messageId: 'noThreshold', outcome: 'needs-review', severity: 'observation',
        data: { count: risks.length, risk: 'the risk register', todo: 'define a risk methodology with an acceptance threshold (see methodology-missing)' },
        subjects: [organisationSubject(aims)],
      });
    }
    // The engine keeps passed subjects only when nothing was reported; at scale, do not build them for nothing.
    if (reported === 0) pass(risks.map((r) => subjectOf('risks', r)));

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
      report({
        messageId: 'controlsNotApplied', severity: 'minor',
        data: {
          risk: named(subject), details: listForMessage(details),
          todo: `include ${listForMessage(missing)} in the Statement of Applicability with this risk as the reason, or change the treatment to controls the SoA applies`,
        },
        subjects: [subject, ...excluding.map((e) => subjectOf('soaEntries', e))],
      });
    }
  },
});
