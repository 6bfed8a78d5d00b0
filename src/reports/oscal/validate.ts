// What NIST's JSON Schemas cannot express about a set of OSCAL documents: every referenced uuid, role, control and
// imported document exists, uuids are RFC 4122 version 4 or 5 and unique, and every date-time carries a time zone.
import { OPENAIMS_NS } from './common.ts';
import { modelOf, type OscalModel } from './schema-validate.ts';

export interface OscalFile {
  /** The file name the document is written under; other documents' hrefs name it. */
  readonly file: string;
  readonly document: unknown;
}

export interface OscalProblem {
  readonly file: string;
  /** JSON pointer into the document. */
  readonly path: string;
  readonly message: string;
}

const UUID_V4_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;
const WITH_ZONE = /(Z|[+-]\d{2}:\d{2})$/;
/** Keys whose value is a uuid defined elsewhere (a single one, or a list). */
const UUID_REF = /-uuids?$|^member-of-organizations$/;

const CONTROL_PROPS = new Set(['related-control', 'control-id']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Walked {
  readonly uuids: Map<string, string>;
  readonly uuidRefs: { path: string; value: string }[];
  readonly roleRefs: { path: string; value: string }[];
  readonly controlRefs: { path: string; value: string }[];
  readonly localHrefs: { path: string; value: string }[];
  readonly ids: { path: string; value: string }[];
  readonly problems: { path: string; message: string }[];
}

function walk(value: unknown, path: string, parentKey: string, out: Walked): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}/${i}`, parentKey, out));
    return;
  }
  if (isObj(value)) {
    // Our props that name a control (`related-control`) are references too.
    if (value.ns === OPENAIMS_NS && typeof value.name === 'string' && CONTROL_PROPS.has(value.name) && typeof value.value === 'string') {
      out.controlRefs.push({ path: `${path}/value`, value: value.value });
    }
    for (const [key, v] of Object.entries(value)) walk(v, `${path}/${key}`, key, out);
    return;
  }
  if (typeof value !== 'string') return;
  if (DATE_TIME.test(value) && !WITH_ZONE.test(value)) out.problems.push({ path, message: `date-time "${value}" has no time zone` });
  if (parentKey === 'uuid') {
    if (!UUID_V4_V5.test(value)) out.problems.push({ path, message: `"${value}" is not an RFC 4122 version 4 or 5 uuid` });
    const first = out.uuids.get(value);
    if (first !== undefined) out.problems.push({ path, message: `uuid ${value} is defined twice (first at ${first})` });
    else out.uuids.set(value, path);
  } else if (UUID_REF.test(parentKey)) {
    out.uuidRefs.push({ path, value });
    if (!UUID_V4_V5.test(value)) out.problems.push({ path, message: `"${value}" is not an RFC 4122 version 4 or 5 uuid` });
  } else if (parentKey === 'role-id') {
    out.roleRefs.push({ path, value });
  } else if (parentKey === 'control-id' || parentKey === 'with-ids') {
    out.controlRefs.push({ path, value });
  } else if (parentKey === 'href' && value.startsWith('#')) {
    out.localHrefs.push({ path, value: value.slice(1) });
  } else if (parentKey === 'id') {
    out.ids.push({ path, value });
  }
}

function walked(document: unknown): Walked {
  const out: Walked = { uuids: new Map(), uuidRefs: [], roleRefs: [], controlRefs: [], localHrefs: [], ids: [], problems: [] };
  walk(document, '', '', out);
  return out;
}

const get = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The document a model imports, by the href it names: the SSP's profile, the plan's SSP, the results' plan. */
const importOf: Partial<Record<OscalModel, { readonly key: string; readonly model: OscalModel }>> = {
  'system-security-plan': { key: 'import-profile', model: 'profile' },
  'assessment-plan': { key: 'import-ssp', model: 'system-security-plan' },
  'assessment-results': { key: 'import-ap', model: 'assessment-plan' },
  'plan-of-action-and-milestones': { key: 'import-ssp', model: 'system-security-plan' },
};

interface Entry {
  readonly file: string;
  readonly model: OscalModel;
  readonly root: Obj;
  readonly walked: Walked;
}

function catalogControls(catalog: Obj): Set<string> {
  const ids = new Set<string>();
  const visit = (node: unknown): void => {
    for (const control of list(get(node, 'controls'))) {
      if (isObj(control) && typeof control.id === 'string') ids.add(control.id);
      visit(control);
    }
    for (const group of list(get(node, 'groups'))) visit(group);
  };
  visit(catalog);
  return ids;
}

/** Checks a set of OSCAL documents that import one another by file name. */
export function semanticProblems(files: readonly OscalFile[]): OscalProblem[] {
  const problems: OscalProblem[] = [];
  const entries: Entry[] = [];
  for (const { file, document } of files) {
    const model = modelOf(document);
    if (!model) {
      problems.push({ file, path: '', message: 'not an OSCAL document of a known model' });
      continue;
    }
    entries.push({ file, model, root: (document as Obj)[model] as Obj, walked: walked(document) });
  }
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const catalogs = entries.filter((e) => e.model === 'catalog');
  const controlIds = new Set(catalogs.flatMap((c) => [...catalogControls(c.root)]));
  const report = (e: Entry, path: string, message: string) => problems.push({ file: e.file, path, message });

  const resolveImport = (e: Entry): Entry | undefined => {
    const spec = importOf[e.model];
    if (!spec) return undefined;
    const href = get(e.root, spec.key, 'href');
    if (href === undefined) return undefined;
    const target = typeof href === 'string' ? byFile.get(href) : undefined;
    if (!target || target.model !== spec.model) {
      report(e, `/${e.model}/${spec.key}/href`, `imports "${String(href)}", which is not a ${spec.model} of this set`);
      return undefined;
    }
    return target;
  };
  /** The documents an entry sees: itself and what it imports, transitively. */
  const chain = (e: Entry): Entry[] => {
    const out = [e];
    for (let next = resolveImport(e); next && !out.includes(next); next = resolveImportQuiet(next)) out.push(next);
    return out;
  };
  const resolveImportQuiet = (e: Entry): Entry | undefined => {
    const spec = importOf[e.model];
    const href = spec ? get(e.root, spec.key, 'href') : undefined;
    const target = typeof href === 'string' ? byFile.get(href) : undefined;
    return target && spec && target.model === spec.model ? target : undefined;
  };

  for (const e of entries) {
    const w = e.walked;
    for (const p of w.problems) report(e, p.path, p.message);
    const seen = chain(e);
    const uuids = new Set(seen.flatMap((s) => [...s.walked.uuids.keys()]));
    for (const r of w.uuidRefs) if (!uuids.has(r.value)) report(e, r.path, `refers to uuid ${r.value}, which no document it sees defines`);
    const roles = new Set(seen.flatMap((s) => list(get(s.root, 'metadata', 'roles')).map((r) => get(r, 'id'))));
    for (const r of w.roleRefs) if (!roles.has(r.value)) report(e, r.path, `refers to role "${r.value}", which metadata/roles does not define`);
    const resources = new Set(list(get(e.root, 'back-matter', 'resources')).map((r) => get(r, 'uuid')));
    for (const h of w.localHrefs) {
      if (!resources.has(h.value)) report(e, h.path, `links to #${h.value}, which is no resource of this document's back-matter`);
    }
    if (e.model !== 'catalog') {
      for (const c of w.controlRefs) if (!controlIds.has(c.value)) report(e, c.path, `names control "${c.value}", which the catalog does not hold`);
    } else {
      const defined = new Map<string, string>();
      for (const id of w.ids) {
        const first = defined.get(id.value);
        if (first !== undefined) report(e, id.path, `id "${id.value}" is used twice (first at ${first})`);
        else defined.set(id.value, id.path);
      }
    }
    checkSpecifics(e, byFile, controlIds, report);
  }
  return problems;
}

function checkSpecifics(e: Entry, byFile: ReadonlyMap<string, Entry>, controlIds: ReadonlySet<string>, report: (e: Entry, path: string, m: string) => void): void {
  if (e.model === 'profile') {
    const resources = list(get(e.root, 'back-matter', 'resources'));
    list(e.root.imports).forEach((imp, i) => {
      const href = String(get(imp, 'href'));
      const resource = href.startsWith('#') ? resources.find((r) => get(r, 'uuid') === href.slice(1)) : undefined;
      const target = resource ? list(get(resource, 'rlinks')).map((l) => String(get(l, 'href'))).find((h) => byFile.has(h)) : href;
      if (!target || byFile.get(target)?.model !== 'catalog') report(e, `/profile/imports/${i}/href`, `imports "${href}", which does not resolve to a catalog of this set`);
    });
  }
  if (e.model === 'system-security-plan') {
    const profile = byFile.get(String(get(e.root, 'import-profile', 'href')));
    const included = new Set(profile ? list(get(profile.root, 'imports')).flatMap((imp) =>
      list(get(imp, 'include-controls')).flatMap((sel) => list(get(sel, 'with-ids')))) : []);
    list(get(e.root, 'control-implementation', 'implemented-requirements')).forEach((req, i) => {
      const id = get(req, 'control-id');
      if (profile && typeof id === 'string' && controlIds.has(id) && !included.has(id)) {
        report(e, `/system-security-plan/control-implementation/implemented-requirements/${i}/control-id`, `implements "${id}", which the profile does not include`);
      }
    });
  }
  if (e.model === 'assessment-results') {
    list(e.root.results).forEach((result, r) => list(get(result, 'findings')).forEach((finding, f) => {
      const id = get(finding, 'target', 'target-id');
      if (get(finding, 'target', 'type') === 'objective-id' && typeof id === 'string' && !controlIds.has(id)) {
        report(e, `/assessment-results/results/${r}/findings/${f}/target/target-id`, `targets "${id}", which the catalog does not hold`);
      }
    }));
  }
}
