// customer-expectations-unconsidered (A.10.4): an organisation with customers of its AI that records none of their
// expectations, leaves them unaddressed, or excludes A.10.4 from the SoA although it has such customers.
import { isBlank } from '../domain/predicates/free-text.ts';
import { listForMessage } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, organisationSubject, subjectOf } from './shared/finding-subjects.ts';
import type { Subject } from './types.ts';

export default defineCheck({
  id: 'customer-expectations-unconsidered',
  meta: {
    title: 'Customers’ expectations of the AI products and services are considered, and A.10.4 is excluded only without customers',
    severity: 'minor',
    // Implementing A.10.4 is sampled at Stage 2; an exclusion the records contradict is a single SoA decision to correct.
    surfaces: ['stage-2', 'surveillance'],
    refs: ['A.10.4', '6.1.3'],
    description:
      'Where the organisation provides AI products or services, the auditor asks how its customers’ expectations and ' +
      'needs shaped its responsible approach: which expectations were recorded, for which systems, and how each is ' +
      'met. An SoA that excludes A.10.4 is challenged as soon as the records show customers of the organisation’s AI.',
    messages: {
      exclusionContradicted:
        'The SoA excludes A.10.4 ({{justification}}), yet the organisation records {{count}} customer {{expectationWord}} of its AI systems ({{customers}}): the exclusion does not hold.',
      exclusionQuestioned:
        'The SoA excludes A.10.4 ({{justification}}), yet the organisation acts as an AI provider and counts customers among its interested parties ({{parties}}); confirm that none of them receives an AI product or service.',
      noneRecorded:
        'A.10.4 applies and the organisation acts as an AI provider{{parties}}, but no customer expectation of its AI systems is recorded.',
      unaddressed: '{{count}} of the {{examined}} customer expectations {{say}} nothing of how {{they}} {{are}} addressed: {{expectations}}.',
    },
    fix:
      'Record {{todo}}; if the organisation truly has no customers of its AI, say so in the SoA with the reason, and ' +
      'revisit it when an AI product or service is offered to others.',
  },
  run({ aims, report, pass, notApplicable }) {
    const entries = aims.soaEntries.filter((e) => e.controlId === 'A.10.4');
    const excluded = entries.length > 0 && entries.every((e) => !e.applicable) ? entries[0] : undefined;
    const provider = aims.organisation.aiRoles.some((r) => r === 'provider' || r === 'producer');
    const customerParties = aims.interestedParties.filter((p) => p.category === 'customer');
    const expectations = aims.customerExpectations;
    const org = organisationSubject(aims);
    const partySubjects: Subject[] = customerParties.map((p) => subjectOf('interestedParties', p));

    if (excluded) {
      const justification = isBlank(excluded.justification) ? 'with no justification' : `"${excluded.justification!.trim()}"`;
      const entrySubject = subjectOf('soaEntries', excluded, 'A.10.4 Customers');
      if (expectations.length > 0) {
        report({
          messageId: 'exclusionContradicted',
          // One SoA decision the organisation's own records contradict.
          grade: { extent: 'isolated' },
          data: {
            justification, count: expectations.length, expectationWord: expectations.length === 1 ? 'expectation' : 'expectations',
            customers: listForMessage([...new Set(expectations.map((e) => e.customer))], 3),
            todo: 'A.10.4 as included in the SoA, with the customer expectations it answers',
          },
          subjects: [entrySubject, ...expectations.map((e) => subjectOf('customerExpectations', e))],
        });
        return;
      }
      if (provider && customerParties.length > 0) {
        report({
          messageId: 'exclusionQuestioned',
          outcome: 'needs-review',
          data: {
            justification, parties: listForMessage(customerParties.map(named), 3),
            todo: 'why no customer receives an AI product or service, in the A.10.4 exclusion, or include A.10.4 and the customers’ expectations',
          },
          subjects: [entrySubject, ...partySubjects],
        });
        return;
      }
      notApplicable('The SoA excludes A.10.4 and the records show no customers of the organisation’s AI.');
      return;
    }

    if (expectations.length === 0) {
      // The needs determined for customers among the interested parties (4.2) are their expectations, recorded there.
      const withNeeds = customerParties.filter((p) => p.needs.some((n) => !isBlank(n.description)));
      if (withNeeds.length > 0) {
        pass(withNeeds.map((p) => subjectOf('interestedParties', p)));
        return;
      }
      if (!provider) {
        notApplicable('The organisation does not act as an AI provider or producer and records no customer expectations.');
        return;
      }
      const systems = activeAiSystemsInScope(aims).filter((s) => s.euAiActRole === 'provider');
      // The finding is about the control the SoA applies, not the AIMS as a whole: it names the SoA entry.
      const applied = entries.filter((e) => e.applicable).map((e) => subjectOf('soaEntries', e, 'A.10.4 Customers'));
      report({
        messageId: 'noneRecorded',
        // The control applies and nothing of it is in place: the requirement is absent.
        grade: { extent: 'absent' },
        data: {
          parties: customerParties.length > 0 ? ` with customers among its interested parties (${listForMessage(customerParties.map(named), 3)})` : '',
          todo: `the expectations and needs of the customers of ${systems.length > 0 ? listForMessage(systems.map((s) => s.id), 5) : 'each AI product or service'}, the systems each concerns, and how each is addressed`,
        },
        subjects: applied.length + partySubjects.length > 0 ? [...applied, ...partySubjects] : [org],
      });
      return;
    }
    const unaddressed = expectations.filter((e) => isBlank(e.addressedBy));
    if (unaddressed.length > 0) {
      report({
        messageId: 'unaddressed',
        grade: { examined: expectations.length },
        instances: unaddressed.map((e) => ({ subjects: [subjectOf('customerExpectations', e)], text: `${e.customer} expects "${e.expectation}" (${e.id}), with nothing recorded on how it is met.` })),
        data: {
          count: unaddressed.length, examined: expectations.length,
          say: unaddressed.length === 1 ? 'says' : 'say', they: unaddressed.length === 1 ? 'it' : 'they', are: unaddressed.length === 1 ? 'is' : 'are',
          expectations: listForMessage(unaddressed.map((e) => `${e.customer}: "${e.expectation}" (${e.id})`), 5),
          todo: `how each expectation is addressed (${listForMessage(unaddressed.map((e) => e.id), 5)})`,
        },
        subjects: [],
      });
    }
    pass(expectations.map((e) => subjectOf('customerExpectations', e)));
  },
});
