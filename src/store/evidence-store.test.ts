// The evidence store keeps files under their SHA-256, writes them atomically and notices a file that changed.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
    const result = await store.put('minutes of the management review');
    expect(result).toEqual({ sha256: sha('minutes of the management review'), size: 32, created: true });
    expect(store.pathOf(result.sha256)).toBe(join(root, 'files', result.sha256.slice(0, 2), result.sha256.slice(2)));
    expect((await store.get(result.sha256)).toString()).toBe('minutes of the management review');
    expect(await store.has(result.sha256)).toBe(true);
    expect(await store.verify(result.sha256)).toBe(true);
  });

  it('stores a stream of chunks, and a second put of the same content is a no-op', async () => {
    const chunks = Array.from({ length: 100 }, (_, i) => Buffer.alloc(10_000, i));
    const whole = Buffer.concat(chunks);
    const streamed = await store.put(Readable.from(chunks));
    expect(streamed).toEqual({ sha256: sha(whole), size: whole.length, created: true });
    expect(await store.put(whole)).toEqual({ sha256: sha(whole), size: whole.length, created: false });
    expect((await store.get(streamed.sha256)).equals(whole)).toBe(true);
    // No temporary file is left behind by either put.
    expect(readdirSync(join(root, 'files', 'tmp'))).toEqual([]);
  });

  it('notices a stored file whose content changed, and a missing one', async () => {
    const { sha256 } = await store.put(new Uint8Array([1, 2, 3]));
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
