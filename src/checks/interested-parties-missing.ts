// interested-parties-missing: no interested parties, parties whose needs are not determined, or no need the AIMS addresses.
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { defineCheck } from './define-check.ts';
import { collectLapses } from './shared/nonconformity.ts';
import { listForMessage } from '../domain/wording.ts';

/** Categories that stand for the people an AI system acts on or for. */
const affectedCategories = new Set(['customer', 'user', 'affected-person', 'society']);

export default defineCheck({
  id: 'interested-parties-missing',
  meta: {
    title: 'Interested parties and their needs are determined, with the needs the AIMS addresses',
    severity: 'minor',
    surfaces: ['stage-1'],
    refs: ['4.2'],
    description:
      'The auditor reads the interested parties register as the input to risk, impact and communication: who has a '
      + 'stake in the AIMS, what each needs, and which of those needs the AIMS will address. An empty register, parties '
      + 'listed with no needs, or needs none of which the AIMS takes on, leave those processes without a basis.',
    messages: {
      needsNotDeterminedAll: '{{count}} of the {{examined}} interested parties are listed without any determined needs or expectations: {{parties}}.',
      noParties: 'No interested parties are recorded, so the needs the AIMS must address are not determined.',
      needsNotDetermined: 'Interested party {{party}} is listed without any determined needs or expectations.',
      nothingAddressed: 'None of the {{needs}} determined for interested parties is marked as addressed by the AIMS.',
      affectedMissing: 'No interested party is a customer, user, affected person or society, although {{systems}}; check that those affected by the AI systems are considered.',
    },
    fix:
      'In the interested parties register, for {{target}}: record what each party needs or expects (e.g. "{{example}}"), '
      + 'and mark for each need whether the AIMS addresses it and how.',
  },
  run({ aims, report, pass }) {
    const example = 'Applicants: an explanation of automated credit decisions';
    if (aims.interestedParties.length === 0) {
      report({ messageId: 'noParties', grade: { extent: 'absent' }, subjects: [organisationSubject(aims)], data: { target: 'customers, users, affected persons, regulators and staff', example } });
      return;
    }
    // One nonconformity of 4.2 for the parties without needs, each listed; their share grades it.
    const examined = aims.interestedParties.length;
    const collected = collectLapses<'needsNotDetermined' | 'needsNotDeterminedAll' | 'noParties' | 'nothingAddressed' | 'affectedMissing'>(report, {
      needsNotDetermined: {
        summary: 'needsNotDeterminedAll',
        data: (l) => ({ examined, parties: listForMessage(l.map((x) => String(x.data['party'])), 6), target: 'each party listed', example }),
        grade: () => ({ examined }),
      },
    });
    let needs = 0;
    let addressed = 0;
    let affected = false;
    for (const party of aims.interestedParties) {
      if (affectedCategories.has(party.category)) affected = true;
      const determined = party.needs.filter((n) => !isBlank(n.description));
      needs += determined.length;
      addressed += determined.filter((n) => n.addressedByAims).length;
      const subject = subjectOf('interestedParties', party);
      if (determined.length === 0) {
        collected.report({ messageId: 'needsNotDetermined', subjects: [subject], data: { party: named(party), target: `party ${party.id}`, example } });
      } else {
        pass([subject]);
      }
    }
    collected.flush();
    if (needs > 0 && addressed === 0) {
      report({
        messageId: 'nothingAddressed', subjects: [organisationSubject(aims)],
        data: { needs: needs === 1 ? 'need' : `${needs} needs`, target: 'the needs the AIMS takes on', example },
      });
    }
    const inScope = activeAiSystemsInScope(aims).length;
    if (!affected && inScope > 0) {
      report({
        messageId: 'affectedMissing', outcome: 'needs-review', subjects: [organisationSubject(aims)],
        data: { systems: inScope === 1 ? '1 AI system in scope acts on people' : `${inScope} AI systems in scope act on people`, target: 'the people the AI systems affect', example },
      });
    }
  },
});
