// soa-not-risk-driven (6.1.3): a Statement of Applicability written from Annex A in order, not from the risks:
// included controls that no risk or obligation needs, unjustified exclusions, and the "inventory" pattern as a whole.
import { controls, type SoaEntry } from '../domain/index.ts';
import { controlsSelectedByRisks, isExclusionJustified, isTracedToRiskOrObligation } from '../domain/predicates/soa-trace.ts';
import { defineCheck } from './define-check.ts';
import { controlLabel, named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { isBlank, normaliseText } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import type { Instance, Subject } from './types.ts';

/** The inventory pattern: nearly every inclusion carries no or the same justification … */
const SAME_JUSTIFICATION_SHARE = 0.8;
/** … and fewer than half of the included controls trace to a risk or an obligation. */
const TRACED_SHARE = 0.5;

const annexIds = controls.map((c) => c.id);

type Message = 'inventory' | 'untracedAll' | 'exclusionsUnjustified' | 'exclusionsNeeded' | 'untraced' | 'exclusionUnjustified' | 'excludedButNeeded';

export default defineCheck({
  id: 'soa-not-risk-driven',
  meta: {
    title: 'The Statement of Applicability is driven by the risks',
    severity: 'major',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['6.1.3', '8.3'],
    euAiAct: ['Art 9'],
    description:
      'The auditor reconciles the Statement of Applicability with the risk treatment plan: each included control should ' +
      'be there because a treated risk or an obligation needs it, and each exclusion should say why. A SoA that includes ' +
      'every Annex A control with the same or no justification, linking few risks, was written by working through Annex A ' +
      'in order; it shows that controls were not selected by risk treatment, which is what 6.1.3 asks.',
    messages: {
      inventory:
        'The Statement of Applicability reads as an inventory of Annex A: all {{annexCount}} controls are included, ' +
        '{{sameCount}} of the {{includedCount}} inclusions have no justification or the same one, and only {{tracedCount}} ' +
        'of them are linked to a risk or obligation (not linked: {{untraced}}).',
      untracedAll:
        '{{count}} of the {{includedCount}} controls included in the Statement of Applicability trace to no risk and no ' +
        'obligation, and no justification says why they are included: {{controls}}.',
      exclusionsUnjustified: '{{count}} of the {{excludedCount}} controls excluded from the Statement of Applicability have no justification: {{controls}}.',
      exclusionsNeeded:
        '{{count}} of the {{excludedCount}} controls excluded from the Statement of Applicability are selected by a risk treatment: {{controls}}.',
      untraced:
        'Control {{control}} is included in the Statement of Applicability but traces to no risk and no obligation, and no justification says why it is included.',
      exclusionUnjustified: 'Control {{control}} is excluded from the Statement of Applicability without a justification.',
      excludedButNeeded:
        'Control {{control}} is excluded from the Statement of Applicability, yet the treatment of risk {{risk}} selects it.',
    },
    fix:
      'Work from the risk treatment plan: for {{control}}, link the risks (riskIds) or obligations that need it, or write ' +
      'why it is included; give each exclusion its own justification; include any control a risk treatment selects.',
  },
  run({ aims, index, report, notApplicable }) {
    if (aims.soaEntries.length === 0) {
      notApplicable('The Statement of Applicability has no entries yet; soa-incomplete reports the controls it lacks.');
      return;
    }
    const selectedBy = controlsSelectedByRisks(aims.risks);
    const traced = (e: SoaEntry) => isTracedToRiskOrObligation(e, selectedBy, (id) => index.risks.has(id));
    const entrySubject = (e: SoaEntry): Subject => subjectOf('soaEntries', e, controlLabel(index, e.controlId));

    const included = aims.soaEntries.filter((e) => e.applicable);
    const pattern = inventoryPattern(included, traced);
    if (pattern) {
      const untraced = included.filter((e) => !traced(e));
      const latest = [...aims.soaVersions].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn)).at(-1);
      report({
        messageId: 'inventory',
        data: {
          annexCount: annexIds.length,
          sameCount: pattern.sameCount,
          includedCount: included.length,
          tracedCount: included.length - untraced.length,
          untraced: listForMessage(untraced.map((e) => e.controlId), 8),
          control: 'each included control',
        },
        subjects: [organisationSubject(aims), ...(latest ? [subjectOf('soaVersions', latest, `SoA version ${latest.version}`)] : [])],
        grade: { extent: 'broken-down', examined: included.length },
      });
    }

    const untraced: Instance<Message>[] = [];
    const needed: Instance<Message>[] = [];
    const unjustified: Instance<Message>[] = [];
    for (const e of aims.soaEntries) {
      const control = named({ label: controlLabel(index, e.controlId), id: e.id });
      if (e.applicable) {
        // Under the inventory finding the untraced inclusions are its substance; listing each again adds noise.
        if (!pattern && !traced(e) && isBlank(e.justification)) {
          untraced.push({ messageId: 'untraced', data: { control }, subjects: [entrySubject(e)] });
        }
        continue;
      }
      const riskId = selectedBy.get(e.controlId);
      if (riskId !== undefined) {
        const risk = index.risks.get(riskId);
        needed.push({
          messageId: 'excludedButNeeded',
          data: { control, risk: named({ label: risk?.title ?? riskId, id: riskId }) },
          subjects: [entrySubject(e), ...(risk ? [subjectOf('risks', risk)] : [])],
        });
      } else if (!isExclusionJustified(e)) {
        unjustified.push({ messageId: 'exclusionUnjustified', data: { control }, subjects: [entrySubject(e)] });
      }
    }
    // One nonconformity per kind of gap, its entries listed; the share of entries affected decides isolated or systemic.
    const excludedCount = aims.soaEntries.length - included.length;
    const controlsOf = (list: Instance<Message>[]) => listForMessage(list.map((i) => i.subjects[0]!.label ?? i.subjects[0]!.id), 8);
    const kinds: [Message, Instance<Message>[], number, Record<string, number>][] = [
      ['untracedAll', untraced, included.length, { includedCount: included.length }],
      ['exclusionsNeeded', needed, excludedCount, { excludedCount }],
      ['exclusionsUnjustified', unjustified, excludedCount, { excludedCount }],
    ];
    for (const [messageId, list, examined, extra] of kinds) {
      if (list.length === 0) continue;
      const controls = controlsOf(list);
      report({ messageId, data: { count: list.length, controls, control: controls, ...extra }, subjects: [], instances: list, grade: { examined } });
    }
  },
});

/** The telltale pattern of a SoA written from Annex A: every control in, boilerplate justifications, few traces. */
function inventoryPattern(included: readonly SoaEntry[], traced: (e: SoaEntry) => boolean): { sameCount: number } | undefined {
  if (included.length === 0) return undefined;
  const includedControls = new Set(included.map((e) => e.controlId));
  if (!annexIds.every((id) => includedControls.has(id))) return undefined;
  let blank = 0;
  const counts = new Map<string, number>();
  for (const e of included) {
    if (isBlank(e.justification)) blank++;
    else {
      const key = normaliseText(e.justification ?? '');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const sameCount = blank + Math.max(0, ...counts.values());
  const tracedCount = included.filter(traced).length;
  if (sameCount < SAME_JUSTIFICATION_SHARE * included.length) return undefined;
  if (tracedCount >= TRACED_SHARE * included.length) return undefined;
  return { sameCount };
}
