// correction-as-corrective-action: a nonconformity handled with a correction only, without root cause or recurrence prevention.
import {
  correctionOnlyGap,
  isDecided,
  isHandlingFinished,
  type CorrectionOnlyGap,
} from '../domain/predicates/nonconformity-handling.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { collectLapses, type LapseKind } from './shared/nonconformity.ts';

const messageIdOf = {
  'correction-only': 'correctionOnly',
  'no-root-cause': 'noRootCause',
  'no-corrective-action': 'noCorrectiveAction',
  'repeats-correction': 'repeatsCorrection',
  'shallow-root-cause': 'shallowRootCause',
  'resembles-correction': 'resemblesCorrection',
  'no-action-on-major': 'noActionOnMajor',
} as const satisfies Record<CorrectionOnlyGap['kind'], string>;

export default defineCheck({
  id: 'correction-as-corrective-action',
  meta: {
    title: 'Nonconformities are handled with root cause and corrective action, not only a correction',
    severity: 'minor',
    surfaces: ['stage-2', 'surveillance'],
    refs: ['10.2'],
    description:
      'Sampling the nonconformity register, the auditor looks past the fix of the symptom (the correction) for an '
      + 'analysis of why it happened and an action that stops it happening again, or a reasoned evaluation that no '
      + 'such action is needed (10.2 asks to evaluate the need). A register whose entries close once the symptom is '
      + 'fixed shows an AIMS that reacts but does not improve.',
    messages: {
      handledAll: '{{count}} of the {{examined}} nonconformities whose handling is finished {{how}}: {{ncs}}.',
      correctionOnly: 'Nonconformity {{nc}} was {{state}} with a correction only: no root cause and no corrective action.',
      noRootCause: 'Nonconformity {{nc}} was {{state}} without a root-cause analysis, so its actions cannot be shown to address the cause.',
      noCorrectiveAction: 'Nonconformity {{nc}} was {{state}} with a root cause but no corrective action to prevent recurrence.',
      repeatsCorrection: 'Nonconformity {{nc}} was {{state}} with corrective actions that restate the correction ({{actions}}); nothing is aimed at recurrence.',
      shallowRootCause: 'Nonconformity {{nc}} gives "{{rootCause}}" as its root cause; check that the analysis found why the process allowed it, not only who slipped.',
      resemblesCorrection: 'Nonconformity {{nc}} has corrective actions close to its correction ({{actions}}); check that they prevent recurrence rather than repeat the fix.',
      noActionOnMajor: 'Major nonconformity {{nc}} was judged to need no action to eliminate its cause ("{{reasoning}}"); check that the evaluation holds for a material failure.',
    },
    fix:
      'For {{nc}}: record the root cause (why the process let it happen, e.g. "{{example}}"), add a corrective action '
      + 'with an owner and due date that removes that cause, check for similar nonconformities, and keep it open until the action is done.',
  },
  run({ aims, report: emit, pass, notApplicable }) {
    const finished = aims.nonconformities.filter(isHandlingFinished);
    if (finished.length === 0) {
      notApplicable('No nonconformity is closed, has all its actions done or has a decision that no action is needed, so there is no handling to examine yet.');
      return;
    }
    // One nonconformity of 10.2 per kind of gap, each listed; the share of handled nonconformities grades it.
    type M = 'handledAll' | (typeof messageIdOf)[keyof typeof messageIdOf];
    const how: Partial<Record<M, string>> = {
      correctionOnly: 'were handled with a correction only', noRootCause: 'have no root-cause analysis',
      noCorrectiveAction: 'have no corrective action', repeatsCorrection: 'have corrective actions that restate the correction',
    };
    const kind = (id: M): LapseKind<M> => ({
      summary: 'handledAll',
      data: (lapses) => ({ examined: finished.length, how: how[id]!, ncs: listForMessage(lapses.map((l) => String(l.data['nc'])), 6), nc: 'each nonconformity listed', example: 'no review step before model release' }),
      grade: () => ({ examined: finished.length }),
    });
    const lapses = collectLapses<M>(emit, { correctionOnly: kind('correctionOnly'), noRootCause: kind('noRootCause'), noCorrectiveAction: kind('noCorrectiveAction'), repeatsCorrection: kind('repeatsCorrection') });
    const report = lapses.report;
    for (const nc of finished) {
      const gap = correctionOnlyGap(nc);
      const subject = subjectOf('nonconformities', nc);
      if (!gap) {
        pass([subject]);
        continue;
      }
      const actions = 'actions' in gap ? listForMessage(gap.actions.map((a) => `"${a.description}"`), 2) : '';
      report({
        messageId: messageIdOf[gap.kind],
        subjects: [subject],
        outcome: isDecided(gap) ? 'finding' : 'needs-review',
        data: {
          nc: named(nc),
          state: nc.status === 'closed' ? 'closed' : 'left with every action done',
          actions,
          rootCause: gap.kind === 'shallow-root-cause' ? gap.rootCause : '',
          reasoning: nc.noActionReason ?? '',
          example: 'no review step before model release',
        },
      });
    }
    lapses.flush();
  },
});
