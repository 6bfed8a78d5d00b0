// certification-body-unsuitable: the selected certification body lacks ISO/IEC 42001 accreditation by an IAF MLA
// signatory, or consulted for the organisation; unconfirmed signatory status or an unverified accreditation needs review.
import { assessSuitability, type SuitabilityIssueKind } from '../domain/certification/index.ts';
import { defineCheck } from './define-check.ts';
import type { Subject } from './types.ts';

/** Sector experience is a matter of choice, compared in the proposals; it does not make a body unsuitable. */
const reviewKinds: ReadonlySet<SuitabilityIssueKind> = new Set(['accreditation-body-unconfirmed', 'accreditation-body-unknown', 'accreditation-unverified']);

const fixes: Record<SuitabilityIssueKind, string> = {
  'no-iso42001-accreditation': 'choose a body accredited for ISO/IEC 42001 itself, verified in its accreditation body’s directory',
  'accreditation-body-not-signatory': 'choose a body accredited by an IAF MLA signatory',
  'accreditation-body-unconfirmed': 'confirm the accreditation body against IAF MLA MC 17 and mark it confirmed in the accreditationBodies register',
  'accreditation-body-unknown': 'add the accreditation body to the accreditationBodies register with its IAF MLA status and where it was confirmed',
  'recent-consultancy': 'choose a body that has not consulted for the organisation in the last two years',
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
      'Three things disqualify a certification body: no accreditation for ISO/IEC 42001 specifically (many hold ISO/IEC '
      + '27001 accreditation only), accreditation by a body that does not sign the IAF MLA, and management-system consultancy '
      + 'to the organisation within the last two years (an impartiality threat under ISO/IEC 17021-1). Accreditation is '
      + 'verified in the accreditation body’s directory, not taken from the certification body’s word.',
    messages: {
      disqualified: 'The selected certification body {{body}} is unsuitable: {{reason}}',
      toConfirm: 'The selected certification body {{body}} needs confirming: {{reason}}',
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
        else if (reviewKinds.has(issue.kind)) report({ messageId: 'toConfirm', data, subjects, outcome: 'needs-review' });
      }
      pass(subjects);
    }
  },
});
