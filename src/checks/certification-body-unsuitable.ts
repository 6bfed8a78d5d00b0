// certification-body-unsuitable: the selected certification body lacks ISO/IEC 42001 accreditation by an IAF MLA
// signatory whose signature covers management-system certification, or consulted for the organisation; threats to
// impartiality, unconfirmed signatory status or MLA scope, or an unverified accreditation need review; a former
// consultant on its audit team is a finding to resolve by changing the team.
import { assessSuitability, type SuitabilityIssueKind } from '../domain/certification/index.ts';
import { defineCheck } from './define-check.ts';
import type { Subject } from './types.ts';

/** Sector experience is a matter of choice, compared in the proposals; it does not make a body unsuitable. */
const reviewKinds: ReadonlySet<SuitabilityIssueKind> = new Set([
  'accreditation-body-unconfirmed', 'accreditation-body-unknown', 'accreditation-unverified', 'mla-scope-unrecorded',
  'internal-audits-by-body', 'related-body-consultancy',
]);

const fixes: Record<SuitabilityIssueKind, string> = {
  'no-iso42001-accreditation': 'choose a body accredited for ISO/IEC 42001 itself, verified in its accreditation body’s directory',
  'accreditation-body-not-signatory': 'choose a body accredited by an IAF MLA signatory',
  'accreditation-body-unconfirmed': 'confirm the accreditation body against IAF MLA MC 17 and mark it confirmed in the accreditationBodies register',
  'accreditation-body-unknown': 'add the accreditation body to the accreditationBodies register with its IAF MLA status and where it was confirmed',
  'consultancy-by-body': 'choose a body that has never given the organisation management-system consultancy, nor has any part of its legal entity',
  'internal-audits-by-body': 'ask the body for its impartiality risk analysis showing how the threat of having audited your management system internally is removed, and take no more internal audits from it; or choose another body',
  'related-body-consultancy': 'ask the body for its impartiality risk analysis showing how the threat from its related consultancy is reduced to an acceptable level, or choose a body with no such link until the two years have passed',
  'consultant-on-audit-team': 'ask the body to replace that person on the audit team (or the proposal) with an auditor who has not consulted for you',
  'mla-scope-excludes-ms-certification': 'choose a body accredited by an accreditation body whose IAF MLA signature covers management-system certification (ISO/IEC 17021-1)',
  'mla-scope-unrecorded': 'look the accreditation body up on the IAF member list and record in the accreditationBodies register what its MLA signature covers (iafMlaScope), with the date and where',
  'accreditation-unverified': 'look the accreditation up in the accreditation body’s directory and record when and where you verified it',
  'no-sector-experience': 'weigh sector experience when comparing proposals',
};

export default defineCheck({
  id: 'certification-body-unsuitable',
  meta: {
    title: 'The selected certification body can issue a recognised ISO/IEC 42001 certificate',
    severity: 'major',
    surfaces: ['stage-1'],
    refs: ['17021-1'],
    description:
      'Four things disqualify a certification body: no accreditation for ISO/IEC 42001 specifically (many hold ISO/IEC '
      + '27001 accreditation only); accreditation by a body that does not sign the IAF MLA, or whose signature does not '
      + 'cover management-system certification (signatures cover some schemes only); management-system consultancy to the '
      + 'organisation by the body or its legal entity, at any time (ISO/IEC 17021-1 forbids it); internal audits by it '
      + 'while it certified the organisation. Consultancy by a related body, or internal audits by the body, within two '
      + 'years are threats to impartiality the body must show it has treated, and a person who consulted for the '
      + 'organisation stays off its audits for two years. Accreditation is verified in the accreditation body’s '
      + 'directory, not taken from the certification body’s word.',
    messages: {
      disqualified: 'The selected certification body {{body}} is unsuitable: {{reason}}',
      toConfirm: 'The selected certification body {{body}} needs confirming: {{reason}}',
      threat: 'The selected certification body {{body}} faces a threat to its impartiality: {{reason}}',
      teamToChange: 'The audit team of the selected certification body {{body}} must change: {{reason}}',
    },
    fix: 'For {{bodyId}}: {{action}}.',
  },
  run({ aims, now, report, pass, notApplicable }) {
    const selected = aims.certificationBodies.filter((b) => b.status === 'selected');
    if (selected.length === 0) {
      notApplicable('No certification body is marked selected.');
      return;
    }
    for (const body of selected) {
      const s = assessSuitability(body, aims, now);
      const subjects: Subject[] = [{ register: 'certificationBodies', id: body.id, label: body.name }];
      for (const issue of s.issues) {
        const data = { body: `"${body.name}" (${body.id})`, bodyId: body.id, reason: issue.message, action: fixes[issue.kind] };
        if (issue.level === 'disqualifying') report({ messageId: 'disqualified', data, subjects });
        else if (issue.kind === 'consultant-on-audit-team') report({ messageId: 'teamToChange', data, subjects, severity: 'minor' });
        else if (reviewKinds.has(issue.kind)) report({ messageId: issue.level === 'threat' ? 'threat' : 'toConfirm', data, subjects, outcome: 'needs-review' });
      }
      pass(subjects);
    }
  },
});
