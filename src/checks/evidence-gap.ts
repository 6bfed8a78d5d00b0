// evidence-gap (7.5, 6.1.3): a clause 4–10 or an applied control that asks for documented information and has none
// that holds it, or only expired; read from the evidence index, so the check and the index can never disagree. What
// counts, and which clauses ask for no records at all (never a gap), is the requirements model's.
import { registerFileStem, requirementOf, type AimsSnapshot, type EvidenceSource, type RegisterName } from '../domain/index.ts';
import { listForMessage, plural } from '../domain/wording.ts';
import { defineCheck } from './define-check.ts';
import { buildEvidenceIndex, type EvidenceGap } from './readiness/evidence-index.ts';
import type { Subject } from './types.ts';

/** Above this many gaps, one summary replaces a finding per clause or control: the list is the message. */
const SUMMARY_AFTER = 10;

const what = (g: EvidenceGap) => (g.kind === 'clause' ? `clause ${g.ref}` : `control ${g.ref}`);

/** The records that count but have lapsed, and the SoA entries or the organisation the gap is about. */
function subjectsOf(aims: AimsSnapshot, gap: EvidenceGap): Subject[] {
  const entries: Subject[] = (gap.soaEntryIds ?? []).map((id) => ({ register: 'soaEntries', id, label: `${gap.ref} ${gap.title}` }));
  const expired: Subject[] = gap.evidence.filter((e) => !e.supporting).map((e) => ({ register: e.register, id: e.id, label: e.label }));
  const organisation: Subject = { register: 'organisation', id: aims.organisation.id, label: `clause ${gap.ref} ${gap.title}` };
  return [...(gap.kind === 'clause' ? [organisation] : entries), ...expired];
}

/** One subject per record: a summary names the organisation once, however many clauses it lists. */
function unique(subjects: readonly Subject[]): Subject[] {
  const seen = new Map<string, Subject>();
  for (const s of subjects) if (!seen.has(`${s.register}/${s.id}`)) seen.set(`${s.register}/${s.id}`, s);
  return [...seen.values()];
}

/** Where a user records what the requirement accepts, in the model's words. */
function sourceText(ref: string, s: EvidenceSource): string {
  if (s.kind === 'register') return `${s.holds} (${registerFileStem(s.register)})`;
  if (s.kind === 'document') return `${s.holds} as a controlled document marked as required by ${ref}`;
  return s.attachedTo ? `${s.holds}, as an evidence item attached to that record` : `${s.holds}, as an evidence item naming ${ref}`;
}

/** What the gap lacks, and the records linked to it that do not hold it. */
function lacking(gap: EvidenceGap) {
  const requires = gap.requires && gap.requires.length > 0 ? listForMessage(gap.requires) : undefined;
  const linked = gap.evidence.filter((e) => e.supporting);
  const names = listForMessage(linked.map((e) => `${e.register}/${e.id} "${e.label}"`), 3);
  const notCounting = linked.length === 0 ? '' : `; the ${plural(linked.length, 'record')} linked to it (${names}) ${linked.length === 1 ? 'does' : 'do'} not hold it`;
  return { requires, notCounting };
}

function todoOf(gap: EvidenceGap): string {
  const requirement = requirementOf(gap.ref);
  if (!requirement) {
    return `Link current evidence to ${what(gap)}: an evidence item naming it, a document marked as required by it, or the evidence listed on its SoA entry; renew evidence whose validity has ended`;
  }
  return `Record ${listForMessage(requirement.requires.map((r) => r.what))} for ${what(gap)}: ` +
    `${requirement.evidencedBy.map((s) => sourceText(gap.ref, s)).join('; or ')}; renew evidence whose validity has ended`;
}

/**
 * The register a requirement's records come from when it, and every other register that could hold them, has no
 * record at all; undefined when some register has records (then the gap is records unlinked or not accepted), the
 * requirement is met by documents only, or its records arise only from events.
 */
function emptyRegisterOf(aims: AimsSnapshot, ref: string): RegisterName | undefined {
  const requirement = requirementOf(ref);
  // Records that exist only once something happened (a nonconformity) are few by nature: one not recorded is a lapse.
  if (requirement === undefined || requirement.arises !== undefined) return undefined;
  const registers = requirement.evidencedBy.flatMap((s) => (s.kind === 'register' ? [s.register] : []));
  if (registers.length === 0 || registers.some((r) => aims[r].length > 0)) return undefined;
  return registers[0];
}

export default defineCheck({
  id: 'evidence-gap',
  meta: {
    title: 'Every clause and applied control that asks for documented information has it, current',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2'],
    refs: ['7.5', '6.1.3'],
    description:
      'Auditors navigate the AIMS through its evidence index: for each clause 4–10 and each control the Statement of ' +
      'Applicability includes that asks for documented information, they ask for the records that hold it — the ' +
      'results of impact assessments for 8.4, not a procedure that mentions it. One with nothing that holds it, or ' +
      'only evidence whose validity has ended, reads as a requirement met on paper only. Clauses that ask for no ' +
      'records (4.1, 5.1, 7.3 …) are verified by interview or observation and are never a gap.',
    messages: {
      clauseNone: 'Clause {{ref}} ({{title}}) asks for {{requires}}, and no record holds it{{notCounting}}.',
      controlNone: 'Applied control {{ref}} ({{title}}) asks for {{requires}}, and no record holds it: its SoA entry lists none{{notCounting}}.',
      customNone:
        'Applied control {{ref}} ({{title}}) has no evidence: its SoA entry lists none, and no evidence item, required document or register record is linked to it.',
      clauseExpired: 'Clause {{ref}} ({{title}}) has only expired evidence: {{records}}.',
      controlExpired: 'Applied control {{ref}} ({{title}}) has only expired evidence: {{records}}.',
      many: '{{count}} clauses and applied controls asking for documented information have none, or only expired: {{refs}}.',
      registerEmpty:
        'Nothing is recorded in {{register}} at all, and {{requirements}} {{ask}} for what only it holds: {{items}}. The documented information is absent, not merely unlinked.',
    },
    fix: '{{todo}}.',
  },
  run({ aims, now, report, pass }) {
    const index = buildEvidenceIndex(aims, now);
    const gaps = index.gaps.filter((g) => g.status === 'no-evidence' || g.status === 'only-expired');
    if (gaps.length === 0) {
      pass([{ register: 'organisation', id: aims.organisation.id, label: 'evidence index' }]);
      return;
    }
    if (gaps.length > SUMMARY_AFTER) {
      report({
        messageId: 'many',
        data: {
          count: gaps.length,
          refs: gaps.map((g) => `${g.ref}${g.status === 'only-expired' ? ' (expired)' : ''}`).join(', '),
          todo: 'Record, for each of them, the documented information it asks for in the register or document that holds it (aims catalogue lists them); renew evidence whose validity has ended',
        },
        grade: { examined: index.summary.clauses.total + index.summary.controls.total, affected: gaps.length },
        subjects: unique([
          { register: 'organisation', id: aims.organisation.id, label: aims.organisation.name },
          ...gaps.flatMap((g) => subjectsOf(aims, g)),
        ]),
      });
      return;
    }
    // A gap whose every register that could hold it is empty is the requirement absent (no impact assessment has
    // been recorded at all), not one record unlinked: one major per empty register, listing the requirements.
    const absent = new Map<RegisterName, EvidenceGap[]>();
    for (const gap of gaps) {
      const register = gap.status === 'no-evidence' ? emptyRegisterOf(aims, gap.ref) : undefined;
      if (register === undefined) continue;
      const list = absent.get(register);
      if (list) list.push(gap);
      else absent.set(register, [gap]);
    }
    for (const [register, list] of absent) {
      report({
        messageId: 'registerEmpty',
        data: {
          register: registerFileStem(register), requirements: plural(list.length, 'requirement'), ask: list.length === 1 ? 'asks' : 'ask',
          items: listForMessage(list.map((g) => `${g.ref} (${listForMessage(g.requires ?? [])})`), 6),
          todo: list.map(todoOf).join('. '),
        },
        subjects: unique(list.flatMap((g) => subjectsOf(aims, g))),
        instances: list.map((g) => ({ subjects: subjectsOf(aims, g), text: `${what(g)} ${g.title}: asks for ${listForMessage(g.requires ?? [])}.` })),
        grade: { extent: 'absent', requirement: list[0]!.ref },
      });
    }
    const grouped = new Set([...absent.values()].flat());
    for (const gap of gaps) {
      if (grouped.has(gap)) continue;
      const expired = gap.status === 'only-expired';
      const { requires, notCounting } = lacking(gap);
      const messageId = expired
        ? (gap.kind === 'clause' ? 'clauseExpired' : 'controlExpired')
        : requires === undefined ? 'customNone' : gap.kind === 'clause' ? 'clauseNone' : 'controlNone';
      const records = gap.evidence.filter((e) => !e.supporting).map((e) => `${e.register}/${e.id} "${e.label}" (${e.note ?? 'expired'})`).join(', ');
      report({
        messageId,
        data: { ref: gap.ref, title: gap.title, records, requires: requires ?? '', notCounting, todo: todoOf(gap) },
        subjects: subjectsOf(aims, gap),
        // Each gap is its own requirement without evidence: an isolated lapse against it.
        grade: { extent: 'isolated', requirement: gap.ref },
      });
    }
  },
});
