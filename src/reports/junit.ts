// `aims check --format junit`: the readiness check as JUnit XML, which CI systems show as tests: a test suite per
// check, a test case per record it examined, a failure for each finding, skipped for needs-review and not applicable.
import type { ReadinessReport } from '../checks/readiness/readiness.ts';
import type { CheckResult, Subject } from '../checks/types.ts';

/** XML 1.0 cannot hold most control characters at all, even escaped; they are dropped. */
const xml = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

interface Case {
  readonly name: string;
  failures: string[];
  failureType?: string;
  skipped?: string;
}

const subjectName = (s: Subject): string => `${s.register}/${s.id}${s.label ? ` "${s.label}"` : ''}`;

function casesOf(results: readonly CheckResult[], organisationId: string): Case[] {
  const cases = new Map<string, Case>();
  const caseFor = (name: string): Case => {
    let c = cases.get(name);
    if (!c) cases.set(name, (c = { name, failures: [] }));
    return c;
  };
  for (const r of results) {
    const subjects = r.subjects.length > 0 ? r.subjects : [{ register: 'organisation' as const, id: organisationId }];
    for (const s of subjects) {
      const c = caseFor(subjectName(s));
      if (r.outcome === 'finding') {
        // Each record's case names its own instance of the nonconformity, where the finding lists instances.
        const own = (r.instances ?? []).filter((i) => i.subjects.some((x) => x.register === s.register && x.id === s.id)).map((i) => `- ${i.message}`);
        const grade = r.grading ? [`Grade: ${r.grading.basis}`] : [];
        c.failures.push([r.message, ...own, ...grade, `Fix: ${r.fix}`].join('\n'));
        c.failureType = c.failureType ?? r.severity;
      } else if (r.outcome === 'needs-review') {
        c.skipped = `needs review: ${r.message}`;
      } else if (r.outcome === 'not-applicable') {
        c.skipped = `not applicable: ${r.message}`;
      }
    }
  }
  return [...cases.values()];
}

/** The JUnit XML document of one readiness check run. */
export function toJunit(report: ReadinessReport): string {
  const byCheck = new Map<string, CheckResult[]>();
  for (const r of report.results) byCheck.set(r.check, [...(byCheck.get(r.check) ?? []), r]);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const check of report.checks) {
    const cases = casesOf(byCheck.get(check.id) ?? [], report.organisation.id);
    const failed = cases.filter((c) => c.failures.length > 0).length;
    const skip = cases.filter((c) => c.failures.length === 0 && c.skipped !== undefined).length;
    tests += cases.length;
    failures += failed;
    skipped += skip;
    const body = cases.map((c) => {
      const open = `    <testcase name="${xml(c.name)}" classname="${xml(`openaims.${check.id}`)}"`;
      if (c.failures.length > 0) {
        const text = c.failures.join('\n\n');
        return `${open}>\n      <failure message="${xml(c.failures[0]!.split('\n')[0]!)}" type="${xml(c.failureType ?? check.meta.severity)}">${xml(text)}</failure>\n    </testcase>`;
      }
      if (c.skipped !== undefined) return `${open}>\n      <skipped message="${xml(c.skipped)}"/>\n    </testcase>`;
      return `${open}/>`;
    });
    suites.push(`  <testsuite name="${xml(check.id)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${skip}" timestamp="${report.asOf}T00:00:00">\n`
      + `    <properties>\n      <property name="title" value="${xml(check.meta.title)}"/>\n      <property name="severity" value="${check.meta.severity}"/>\n`
      + `      <property name="refs" value="${xml(check.meta.refs.join(' '))}"/>\n    </properties>\n${body.join('\n')}\n  </testsuite>`);
  }
  const name = `OpenAIMS readiness check of ${report.organisation.name} (${report.organisation.id}) as of ${report.asOf}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n`
    + `${suites.join('\n')}\n</testsuites>\n`;
}
