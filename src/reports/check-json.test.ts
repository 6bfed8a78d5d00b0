// Tests of the streaming JSON writer: the same text as JSON.stringify(value, null, 2), in chunks.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../test/factories.ts';
import { assessReadiness, toCheckOutput } from '../checks/readiness/readiness.ts';
import { writeJson } from './check-json.ts';

const streamed = (value: unknown) => {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c));
  return chunks;
};

describe('writeJson', () => {
  it.each([
    ['scalars', { a: 1, b: 'two\nlines "quoted"', c: true, d: null }],
    ['empty containers and omitted values', { a: [], b: {}, c: undefined, d: [undefined, () => 1], e: { f: undefined } }],
    ['deep nesting past the streaming depth', { a: [{ b: [{ c: [{ d: [1, { e: 'x' }] }] }] }] }],
    ['a top-level array', [1, [2, [3, [4, [5]]]]]],
    ['getters and toJSON', { get lazy() { return [1, 2]; }, when: { toJSON: () => '2026-11-01' } }],
  ])('writes %s exactly as JSON.stringify does', (_, value) => {
    expect(streamed(value).join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes a whole check output identically', () => {
    const aims = aimsOf({ soaEntries: [build.soaEntries({ controlId: 'A.2.2' })], evidenceItems: [build.evidenceItems({ refs: ['4.1', 'A.2.2'] })] });
    const output = toCheckOutput(assessReadiness(aims, { now: '2026-11-01' }));
    expect(streamed(output).join('')).toBe(`${JSON.stringify(output, null, 2)}\n`);
  });

  it('writes a large value in chunks of about a megabyte', () => {
    const big = { rows: Array.from({ length: 30_000 }, (_, i) => ({ id: `row-${i}`, text: 'x'.repeat(60) })) };
    const chunks = streamed(big);
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1.2 * 2 ** 20);
    expect(JSON.parse(chunks.join(''))).toEqual(big);
  });
});
