// The evidence store keeps files under their SHA-256, writes them atomically and notices a file that changed.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceStore } from './evidence-store.ts';

const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('evidence store', () => {
  let root = '';
  let store: EvidenceStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'openaims-evidence-'));
    store = new EvidenceStore(join(root, 'files'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores bytes under their SHA-256 in a two-digit folder and gives them back', async () => {
    const sha256 = await store.put('minutes of the management review');
    expect(sha256).toBe(sha('minutes of the management review'));
    expect(store.pathOf(sha256)).toBe(join(root, 'files', sha256.slice(0, 2), sha256.slice(2)));
    expect(readFileSync(join(root, 'files', sha256.slice(0, 2), sha256.slice(2)), 'utf8')).toBe('minutes of the management review');
    expect((await store.get(sha256)).toString()).toBe('minutes of the management review');
    expect(await store.has(sha256)).toBe(true);
    expect(await store.verify(sha256)).toBe(true);
  });

  it('stores a stream of chunks, and a second put of the same content is a no-op', async () => {
    const chunks = Array.from({ length: 100 }, (_, i) => Buffer.alloc(10_000, i));
    const whole = Buffer.concat(chunks);
    const streamed = await store.put(Readable.from(chunks));
    expect(streamed).toBe(sha(whole));
    const stored = statSync(store.pathOf(streamed));
    expect(await store.put(whole)).toBe(streamed);
    // The second put left the stored file alone.
    expect(statSync(store.pathOf(streamed)).mtimeMs).toBe(stored.mtimeMs);
    expect((await store.get(streamed)).equals(whole)).toBe(true);
    // No temporary file is left behind by either put.
    expect(readdirSync(join(root, 'files', 'tmp'))).toEqual([]);
  });

  it('notices a stored file whose content changed, and a missing one', async () => {
    const sha256 = await store.put(new Uint8Array([1, 2, 3]));
    writeFileSync(store.pathOf(sha256), 'tampered');
    expect(await store.verify(sha256)).toBe(false);
    const absent = sha('never stored');
    expect(await store.has(absent)).toBe(false);
    expect(await store.verify(absent)).toBe(false);
    await expect(store.get(absent)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a name that is not a SHA-256, so no path can leave the store', async () => {
    await expect(store.get('../../etc/passwd')).rejects.toMatchObject({ code: 'invalid_input' });
    expect(() => store.pathOf('ABC')).toThrow(/SHA-256/);
  });

  it('removes the temporary file when the content stream fails', async () => {
    async function* failing() {
      yield Buffer.from('part');
      throw new Error('upload interrupted');
    }
    await expect(store.put(failing())).rejects.toMatchObject({ code: 'storage_failure' });
    expect(readdirSync(join(root, 'files', 'tmp'))).toEqual([]);
  });
});
