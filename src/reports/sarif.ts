// `aims check --format sarif`: the readiness findings as SARIF 2.1.0, each located at the bundle file and line of
// the record it is about, so that code review shows it on that line.
import { createHash } from 'node:crypto';
import { toCheckOutput, type ReadinessReport } from '../checks/readiness/readiness.ts';
import type { Check, Severity, Subject } from '../checks/types.ts';
import { ORGANISATION_FILE, registerFile } from '../store/bundle/layout.ts';
import { recordKey, type RecordLocation } from '../store/bundle/record-lines.ts';
import { isRegisterName } from '../domain/index.ts';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The base id results' file locations are relative to: the bundle folder. */
export const BUNDLE_ROOT = 'BUNDLEROOT';

export interface SarifOptions {
  /** Where each record is written in the bundle. */
  readonly locations: ReadonlyMap<string, RecordLocation>;
  /** The bundle folder as an absolute file: URI ending in `/`, when the findings come from one on disk. */
  readonly bundleUri?: string;
  /** The base the check pages (`<id>.md`) are found under, ending in `/`. */
  readonly docsBase: string;
  readonly toolVersion: string;
}

const level: Record<Severity, 'error' | 'warning' | 'note'> = { major: 'error', minor: 'warning', observation: 'note' };

const pascal = (id: string): string => id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** A template's placeholders as `<name>`, for help text that stands for every finding of the check. */
const generic = (template: string): string => template.replace(/\{\{\s*(\w+)\s*\}\}/g, '<$1>');

function rule(check: Check, docsBase: string) {
  return {
    id: check.id,
    name: pascal(check.id),
    shortDescription: { text: check.meta.title },
    fullDescription: { text: check.meta.description },
    help: { text: generic(check.meta.fix), markdown: `${generic(check.meta.fix)}\n\nSee [${check.id}](${docsBase}${check.id}.md).` },
    helpUri: `${docsBase}${check.id}.md`,
    defaultConfiguration: { level: level[check.meta.severity] },
    properties: {
      tags: [...check.meta.refs.map((r) => `ISO/IEC 42001 ${r}`.replace('ISO/IEC 42001 17021-1', 'ISO/IEC 17021-1')), ...(check.meta.euAiAct ?? [])],
      severity: check.meta.severity,
    },
  };
}

/** The file and line of a subject; a record that cannot be found, or the AIMS as a whole, is at its file's first line. */
function locate(subject: Subject, locations: ReadonlyMap<string, RecordLocation>): RecordLocation {
  const found = locations.get(recordKey(subject.register, subject.id));
  if (found) return found;
  if (subject.register !== 'organisation' && isRegisterName(subject.register)) {
    const file = registerFile(subject.register);
    if ([...locations.values()].some((l) => l.file === file)) return { file, line: 1 };
  }
  return locations.get([...locations.keys()].find((k) => k.startsWith('organisation/')) ?? '') ?? { file: ORGANISATION_FILE, line: 1 };
}

function physical(at: RecordLocation, bundleUri: string | undefined) {
  return { artifactLocation: { uri: at.file, ...(bundleUri ? { uriBaseId: BUNDLE_ROOT } : {}) }, region: { startLine: at.line } };
}

/** The SARIF log of one readiness check run. */
export function toSarif(report: ReadinessReport, options: SarifOptions) {
  const checks = [...report.checks];
  const ruleIndex = new Map(checks.map((c, i) => [c.id, i]));
  const output = toCheckOutput(report);
  const results = output.findings.map((f) => {
    const subjects = f.subjects.length > 0 ? f.subjects : [{ register: 'organisation' as const, id: report.organisation.id }];
    const [first, ...rest] = subjects.map((s) => ({ s, at: locate(s, options.locations) }));
    const review = f.outcome === 'needs-review';
    return {
      ruleId: f.check,
      ruleIndex: ruleIndex.get(f.check) ?? -1,
      kind: review ? 'review' : 'fail',
      // SARIF: a result that is not a failure has level none; a review is for a person to decide.
      level: review ? 'none' : level[f.severity],
      message: { text: [f.message, ...f.instances.map((i) => `- ${i.message}`), ...(f.fix ? [`Fix: ${f.fix}`] : [])].join('\n') },
      locations: [{
        physicalLocation: physical(first!.at, options.bundleUri),
        logicalLocations: [{ name: first!.s.id, fullyQualifiedName: recordKey(first!.s.register, first!.s.id), kind: 'object' }],
      }],
      relatedLocations: rest.length > 0
        ? rest.map(({ s, at }, i) => ({ id: i + 1, physicalLocation: physical(at, options.bundleUri), message: { text: recordKey(s.register, s.id) } }))
        : undefined,
      partialFingerprints: {
        'openaimsFinding/v1': createHash('sha256').update([f.check, ...subjects.map((s) => recordKey(s.register, s.id))].join('\n')).digest('hex'),
      },
      properties: {
        severity: f.severity, refs: f.refs, decidesVerdict: f.decidesVerdict, subjects: subjects.map((s) => recordKey(s.register, s.id)),
        ...(f.instances.length > 0 ? { instances: f.instances.length } : {}),
        ...(f.grading ? { grading: f.grading.basis } : {}),
      },
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [{
      tool: {
        driver: {
          name: 'OpenAIMS',
          fullName: 'OpenAIMS readiness checks for ISO/IEC 42001',
          version: options.toolVersion,
          semanticVersion: options.toolVersion,
          rules: checks.map((c) => rule(c, options.docsBase)),
        },
      },
      ...(options.bundleUri ? { originalUriBaseIds: { [BUNDLE_ROOT]: { uri: options.bundleUri } } } : {}),
      results,
      properties: { asOf: report.asOf, organisation: report.organisation, verdict: report.verdict.verdict },
    }],
  };
}
