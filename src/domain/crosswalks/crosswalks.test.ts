// Tests of the crosswalk model: parsing with errors at their lines, the coverage an SoA and its evidence give, and
// the obligations that follow from an AI system's EU AI Act role and risk class.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { AppError } from '../errors.ts';
import { crosswalkCoverage, mergeCrosswalks, obligationsOf, parseCrosswalk, type EvidenceStatus } from './index.ts';

const yaml = `framework: eu-ai-act
title: Test crosswalk
items:
  - id: "9"
    title: Risk management system
    binds:
      - { role: provider, riskClasses: [high-risk] }
      - { role: deployer, riskClasses: [high-risk], condition: "only public bodies" }
    appliesFrom: "2026-08-02"
    clauses: ["6.1.2"]
    controls: [A.5.2, A.5.4, A.6.2.4, A.7.4]
  - id: "50"
    title: Transparency
    binds:
      - { role: provider, riskClasses: [limited-risk] }
    appliesFrom: "2027-08-02"
    clauses: []
    controls: [A.8.2]
`;

function problemsOf(text: string) {
  try {
    parseCrosswalk(text, 'x.yaml');
  } catch (error) {
    if (error instanceof AppError) return error.details.map((d) => `${d.line}: ${d.field}: ${d.message}`);
    throw error;
  }
  return [];
}

describe('parseCrosswalk', () => {
  it('reads a valid file', () => {
    const c = parseCrosswalk(yaml, 'x.yaml');
    expect(c.items.map((i) => i.id)).toEqual(['9', '50']);
    expect(c.items[0]!.binds![1]!.condition).toBe('only public bodies');
  });

  it('names each problem at its line: an unknown control, a clause that does not exist, a duplicate id, a wrong role', () => {
    const broken = yaml.replace('A.7.4', 'A.7.9').replace('"6.1.2"', '"6.1.9"').replace('id: "50"', 'id: "9"').replace('role: deployer', 'role: user');
    expect(problemsOf(broken)).toEqual(['8: items.0.binds.1.role: must be equal to one of the allowed values: provider, deployer, importer, distributor, product-manufacturer, authorised-representative']);
    const refs = yaml.replace('A.7.4', 'A.7.9').replace('"6.1.2"', '"6.1.9"').replace('id: "50"', 'id: "9"');
    expect(problemsOf(refs)).toEqual([
      '10: items.0.clauses.0: "6.1.9" is no ISO/IEC 42001 clause (4 … 10.2)',
      '11: items.0.controls.3: "A.7.9" is no Annex A control (A.2.2 … A.10.4)',
      '12: items.1.id: "9" is listed twice',
    ]);
  });

  it('lets a user\'s file replace an item by id and add new ones, for the same framework only', () => {
    const base = parseCrosswalk(yaml, 'x.yaml');
    const mine = parseCrosswalk('framework: eu-ai-act\nitems:\n  - id: "9"\n    title: Mine\n    clauses: ["8.2"]\n    controls: []\n  - id: "99"\n    title: New\n    clauses: []\n    controls: [A.2.2]\n', 'm.yaml');
    const merged = mergeCrosswalks(base, mine, 'm.yaml');
    expect(merged.items.map((i) => `${i.id} ${i.title}`)).toEqual(['9 Mine', '50 Transparency', '99 New']);
    const nist = parseCrosswalk('framework: nist-ai-rmf\nitems:\n  - id: GOVERN 1\n    title: G\n    clauses: []\n    controls: []\n', 'n.yaml');
    expect(() => mergeCrosswalks(base, nist, 'n.yaml')).toThrow(/n\.yaml is a crosswalk of nist-ai-rmf, not of eu-ai-act/);
  });
});

describe('crosswalkCoverage', () => {
  it('counts a control covered only when included, implemented and evidenced, and names every gap', () => {
    const aims = aimsOf({
      soaEntries: [
        build.soaEntries({ controlId: 'A.5.2', implementationStatus: 'implemented' }),
        build.soaEntries({ controlId: 'A.5.4', implementationStatus: 'partially-implemented' }),
        build.soaEntries({ controlId: 'A.6.2.4', applicable: false, implementationStatus: 'not-applicable', justification: 'We build no models' }),
      ],
    });
    const evidence = new Map<string, EvidenceStatus>([['6.1.2', 'only-stale'], ['A.5.2', 'evidenced'], ['A.5.4', 'evidenced']]);
    const c = crosswalkCoverage(parseCrosswalk(yaml, 'x.yaml'), aims, evidence);
    const art9 = c.items[0]!;
    expect(art9.refs.map((r) => `${r.ref} ${r.coverage}`)).toEqual(['6.1.2 partial', 'A.5.2 covered', 'A.5.4 partial', 'A.6.2.4 gap', 'A.7.4 gap']);
    expect(art9.gaps.map((g) => g.gap)).toEqual([
      'clause 6.1.2: only stale evidence',
      'A.5.4: included, partially implemented',
      'A.6.2.4: excluded from the SoA (We build no models)',
      'A.7.4: not in the Statement of Applicability',
    ]);
    expect(art9.percent).toBe(40);
    expect(art9.coverage).toBe('partial');
    expect(c.items[1]!).toMatchObject({ percent: 0, coverage: 'gap' });
    expect(c.percent).toBe(20);
  });

  it('counts a clause or implemented control that asks for no records, verified by interview or observation, as covered', () => {
    const aims = aimsOf({ soaEntries: [build.soaEntries({ controlId: 'A.5.2', implementationStatus: 'implemented' })] });
    const evidence = new Map<string, EvidenceStatus>([['6.1.2', 'interview-or-observation'], ['A.5.2', 'interview-or-observation']]);
    const art9 = crosswalkCoverage(parseCrosswalk(yaml, 'x.yaml'), aims, evidence).items[0]!;
    expect(art9.refs.slice(0, 2).map((r) => `${r.ref} ${r.coverage} ${r.evidence}`)).toEqual([
      '6.1.2 covered interview-or-observation', 'A.5.2 covered interview-or-observation',
    ]);
  });
});

describe('obligationsOf', () => {
  const crosswalk = parseCrosswalk(yaml, 'x.yaml');
  it('binds a high-risk provider, and a deployer only under its condition', () => {
    const provider = obligationsOf(build.aiSystems({ euAiActRole: 'provider', euAiActRiskClass: 'high-risk' }), crosswalk, '2026-12-01');
    expect(provider.obligations).toEqual([{ article: '9', title: 'Risk management system', applies: 'binds', appliesFrom: '2026-08-02', inForce: true }]);
    const deployer = obligationsOf(build.aiSystems({ euAiActRole: 'deployer', euAiActRiskClass: 'high-risk' }), crosswalk, '2026-12-01');
    expect(deployer.obligations).toMatchObject([{ article: '9', applies: 'may-bind', condition: 'only public bodies' }]);
  });

  it('says when an article does not apply yet, treats a product manufacturer as provider, and asks for a missing role', () => {
    const limited = obligationsOf(build.aiSystems({ euAiActRole: 'product-manufacturer', euAiActRiskClass: 'limited-risk' }), crosswalk, '2026-12-01');
    expect(limited.obligations).toMatchObject([{ article: '50', applies: 'binds', inForce: false }]);
    expect(limited.notes.join(' ')).toMatch(/Art 25\(3\)/);
    const unknown = obligationsOf(build.aiSystems({ euAiActRiskClass: 'high-risk' }), crosswalk, '2026-12-01');
    expect(unknown.obligations).toEqual([]);
    expect(unknown.notes).toEqual(['Record euAiActRole of the AI system to see which articles bind it.']);
  });
});
