// Evidence files on disk, content-addressed: a file's name is its SHA-256, so a stored file cannot change unseen.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../domain/index.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/** What `put` accepts: bytes in memory, or a stream (an upload, a file being read). */
export type EvidenceContent = Uint8Array | string | Readable | AsyncIterable<Uint8Array>;

function checkSha(sha256: string): string {
  if (!SHA256.test(sha256)) throw new AppError('invalid_input', `"${sha256}" is not a SHA-256 hash (64 lowercase hexadecimal digits).`);
  return sha256;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

export class EvidenceStore {
  constructor(readonly root: string) {}

  /** `<root>/ab/cdef…`: the first two hex digits make a folder, so no folder grows past a few thousand files. */
  pathOf(sha256: string): string {
    checkSha(sha256);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2));
  }

  /**
   * Stores content and returns its SHA-256; storing the same content again changes nothing. Written to a temporary
   * file in the store, flushed to disk, then renamed into place: a reader sees the whole file or none, and a crash
   * leaves at most a stray temporary file.
   */
  async put(content: EvidenceContent): Promise<string> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, `${process.pid}-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    const source = typeof content === 'string' || content instanceof Uint8Array ? Readable.from([Buffer.from(content)]) : Readable.from(content);
    try {
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Uint8Array | string>) {
          for await (const chunk of chunks) {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            hash.update(bytes);
            yield bytes;
          }
        },
        createWriteStream(tmp, { flags: 'wx' }),
      );
      const handle = await open(tmp, 'r+');
      await handle.sync().finally(() => handle.close());
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      if (await exists(target)) {
        await rm(tmp, { force: true });
        return sha256;
      }
      await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
      await rename(tmp, target);
      return sha256;
    } catch (error) {
      await rm(tmp, { force: true });
      throw error instanceof AppError ? error : new AppError('storage_failure', `Cannot store the evidence file: ${(error as Error).message}`);
    }
  }

  has(sha256: string): Promise<boolean> {
    return exists(this.pathOf(sha256));
  }

  /** The stored bytes; AppError not_found when there is no such file. */
  async get(sha256: string): Promise<Buffer> {
    const path = this.pathOf(sha256);
    try {
      return await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not_found', `No evidence file with SHA-256 ${sha256}.`);
      throw new AppError('storage_failure', `Cannot read evidence file ${sha256}: ${(error as Error).message}`);
    }
  }

  /** A stream of the stored bytes, for large files and HTTP responses. */
  async open(sha256: string): Promise<Readable> {
    if (!(await this.has(sha256))) throw new AppError('not_found', `No evidence file with SHA-256 ${sha256}.`);
    return createReadStream(this.pathOf(sha256));
  }

  /** Re-hashes the stored file: true when it is there and still has the content its name says. */
  async verify(sha256: string): Promise<boolean> {
    const path = this.pathOf(sha256);
    if (!(await exists(path))) return false;
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) hash.update(chunk);
    });
    return hash.digest('hex') === sha256;
  }
}
