// The bundle's fast YAML writer and reader agree with the `yaml` package, and give up on anything outside their subset.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYaml, UNSUPPORTED, writeYaml } from './fast-yaml.ts';

/** Awkward pieces of text: YAML indicators, look-alikes of other types, escapes, line breaks, non-ASCII. */
const pieces = ['a', 'Z', '0', '9', ' ', '  ', ':', ': ', '#', ' #', '-', '- ', '"', "'", '\\', '\\n', '\n', '\n\n', '\t', '{', '}', '[', ']', ',',
  '&', '*', '!', '|', '>', '%', '@', '`', '?', '.', '...', '---', 'null', 'true', '~', '1', '0x1', '0o7', '.inf', 'é', '→', '😀', '\u2028', '\u0085',
  '\u007f', '\u0000', '\r', '\uFEFF', 'e5', '+', 'No', '2026-01-01'];

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

describe('writeYaml and readYaml', () => {
  it('write text that the yaml package and the fast reader both read back unchanged', () => {
    const rnd = random(7);
    let readFast = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 0, len = 1 + Math.floor(rnd() * 6); i < len; i++) text += pieces[Math.floor(rnd() * pieces.length)];
      const number = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 30 - 10);
      const value = [{ id: 'x', text, list: [text, `${text}b`], nested: { deep: [{ k: text, n: number, ok: rnd() < 0.5 }] }, empty: [], none: {} }];
      const yaml = writeYaml(value, ' comment');
      expect(parse(yaml, { version: '1.2' }), JSON.stringify(text)).toEqual(value);
      expect(parse(yaml, { version: '1.1' }), JSON.stringify(text)).toEqual(value);
      const fast = readYaml(yaml);
      if (fast === UNSUPPORTED) continue;
      readFast++;
      expect(fast, JSON.stringify(text)).toEqual(value);
    }
    // The writer's own output should nearly always stay on the fast path.
    expect(readFast).toBeGreaterThan(2700);
  });

  // Text that YAML 1.1 tools read as booleans, numbers, nulls or timestamps unless it is quoted.
  const lookAlikes = ['yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'y', 'Y', 'n', 'N', 'true', 'False', 'null', 'Null', '~',
    '', '1_000', '+1_0', '0x1F', '0x_1', '0b101', '012', '0o17', '1e3', 'e5', '-.5e3', '1.2.3', '.', '._', '-.', '1:20', '190:20:30.15', '.inf', '-.INF', '.NaN',
    '2026-01-01', '2026-1-1', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '<<', '=', '1.0', '-0', '+12', 'a\u2028b', 'line\u2029'];

  it.each(lookAlikes)('writes %j so that YAML 1.1 and 1.2 both read it back as that text', (text) => {
    const value = [{ id: 'x', text, list: [text] }];
    const yaml = writeYaml(value, ' c');
    expect(parse(yaml, { version: '1.1' })).toEqual(value);
    expect(parse(yaml, { version: '1.2' })).toEqual(value);
    expect(readYaml(yaml)).toEqual(value);
  });

  it('writes keys and numbers that YAML 1.1 would misread in a form it reads right, still on the fast path', () => {
    const value = [{ id: 'x', n: 1e-7, y: 2.5e21, on: -3, yes: 0.5 }];
    const yaml = writeYaml(value, ' c');
    expect(yaml).toContain('  "n": 1.0e-7\n  "y": 2.5e+21\n  "on": -3\n  "yes": 0.5\n');
    expect(parse(yaml, { version: '1.1' })).toEqual(value);
    expect(readYaml(yaml)).toEqual(value);
  });

  it('writes the house style: header comment, blank line between records, literal blocks, quoted look-alikes', () => {
    const text = writeYaml([{ id: 'a', version: '1.0', note: 'yes: no', body: 'line one\n  indented\n', tags: ['x'] }, { id: 'b', refs: [] }], ' Header');
    expect(text).toBe([
      '# Header', '', '- id: a', '  version: "1.0"', '  note: "yes: no"', '  body: |', '    line one', '      indented', '  tags:', '    - x', '', '- id: b', '  refs: []', '',
    ].join('\n'));
    expect(writeYaml({ id: 'org', roles: ['provider'] }, ' Org')).toBe('# Org\n\nid: org\nroles:\n  - provider\n');
  });

  it('reads what the yaml package reads for hand-written text in the same style', () => {
    const text = '# c\n\n- id: a   \n  n: -5\n  f: 1.5e3\n  t: True\n  z: ~\n  s: C# and 50% off\n  # a comment line\n  q: "tab\\tand \\u00e9"\n  e:\n  l:\n    - k: v\n      m: |-\n        one\n\n        two\n';
    expect(readYaml(text)).toEqual(parse(text));
  });

  it.each([
    ['a flow sequence', '- id: a\n  l: [x, y]\n'],
    ['an anchor and alias', '- id: a\n  l: &x v\n  m: *x\n'],
    ['a comment after a value', '- id: a # note\n'],
    ['a multi-line plain scalar', '- id: a\n  t: one\n    two\n'],
    ['a duplicate key', '- id: a\n  id: b\n'],
    ['a document marker', '---\n- id: a\n'],
    ['a tab in indentation', '- id: a\n\tt: x\n'],
    ['Windows line ends', '- id: a\r\n'],
    ['a single-quoted scalar', "- id: 'a'\n"],
    ['a hexadecimal number', '- id: a\n  n: 0x1F\n'],
    ['a keep-chomping block', '- id: a\n  t: |+\n    x\n\n'],
    ['an indentless sequence', 'roles:\n- provider\n'],
    ['a YAML escape JSON lacks', '- id: "\\x41"\n'],
  ])('gives up on %s, leaving it to the yaml package', (_what, text) => {
    expect(readYaml(text)).toBe(UNSUPPORTED);
  });
});
