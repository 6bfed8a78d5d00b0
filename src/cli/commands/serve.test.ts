// `aims serve` refuses a port it cannot listen on with a message and exit 2, not a stack trace.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'openaims-serve-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('names a port already in use and exits 2', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = taken.address() as AddressInfo;
    const result = await aims('serve', '--port', String(port), '--db', join(work, 'aims.sqlite'), '--no-demo');
    expect(result.code).toBe(2);
    expect(result.err).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(result.err).toContain('--port: in use');
  } finally {
    await new Promise((resolve) => taken.close(resolve));
  }
});
