// Evidence files over HTTP, on the disk store and on the database store: uploaded, de-duplicated, refused when too
// large or of a type not accepted (nothing kept), "../" names kept safely, downloads as attachments with nosniff,
// uploads audited and verified with the rows, and linked from an evidence item.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases.ts';
import { DatabaseEvidenceStore, EvidenceStore, readAuditEntries, verifyAuditTrail, type EvidenceBytes } from '../../../store/index.ts';
import { buildServer } from '../../app.ts';
import { as, buildTestApp, clock, ORG, signInAs, TODAY, type Session, type TestApp } from '../../test-app.test-support.ts';

const MAX = 64 * 1024;
const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
// The smallest PDF signature file-type recognises, and a Windows executable's.
const PDF_BASE = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(300)]);

/** A multipart/form-data body with one part. */
function multipart(fileName: string, type: string, content: Buffer, field = 'file') {
  const boundary = '----openaims-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describeEachDatabase('evidence files over HTTP', (getDb) => {
  for (const kind of ['disk', 'database'] as const) {
    describe(`in the ${kind} store`, () => {
      let t: TestApp;
      let owner: Session;
      let viewer: Session;
      let dir = '';
      let bytes: EvidenceBytes;
      // Each content is this store's own, as the organisation's record of a file is kept across both stores' apps.
      const PDF = Buffer.concat([PDF_BASE, Buffer.from(`% ${kind}\n`)]);
      beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), 'openaims-evidence-'));
        bytes = kind === 'disk' ? new EvidenceStore(dir) : new DatabaseEvidenceStore(getDb());
        const server = { evidenceBytes: bytes, evidenceMaxBytes: MAX };
        // One demo import per database: the second store's app is a second server on the same database.
        t = kind === 'disk'
          ? await buildTestApp(getDb(), { foreign: 'foreign-org', server })
          : { db: getDb(), app: await buildServer({ db: getDb(), version: 'test', clock, requestsPerMinute: 0, ...server }) };
        owner = await signInAs(t.app, 'owner@example.org');
        viewer = await signInAs(t.app, 'viewer@example.org');
      });
      afterAll(async () => {
        await t?.app.close();
        rmSync(dir, { recursive: true, force: true });
      });

      const upload = (session: Session, fileName: string, type: string, content: Buffer, org = ORG) => {
        const body = multipart(fileName, type, content);
        return t.app.inject({ method: 'POST', url: `/api/orgs/${org}/evidence-files`, payload: body.payload, headers: { ...body.headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken } });
      };
      const files = async () => ((await as(t.app, owner, 'GET', `/api/orgs/${ORG}/evidence-files?limit=200`)).json() as { total: number; items: { sha256: string }[] });

      it('uploads a file once, de-duplicated, and serves it as an attachment that is never sniffed', async () => {
        const first = await upload(owner, 'minutes.pdf', 'application/pdf', PDF);
        expect(first.statusCode, first.body).toBe(201);
        expect(first.json()).toMatchObject({ created: true, file: { sha256: sha(PDF), fileName: 'minutes.pdf', mediaType: 'application/pdf', size: PDF.length, uploadedBy: 'owner@example.org' }, evidenceItem: { kind: 'file', sha256: sha(PDF) } });
        const again = await upload(owner, 'copy.pdf', 'application/octet-stream', PDF);
        expect(again.statusCode).toBe(200);
        expect(again.json()).toMatchObject({ created: false, file: { fileName: 'minutes.pdf' } });
        expect(await bytes.has(sha(PDF))).toBe(true);

        const download = await as(t.app, viewer, 'GET', `/api/orgs/${ORG}/evidence-files/${sha(PDF)}`);
        expect(download.statusCode).toBe(200);
        expect(download.rawPayload.equals(PDF)).toBe(true);
        expect(download.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'content-disposition': 'attachment; filename="minutes.pdf"; filename*=UTF-8\'\'minutes.pdf' });
        const entries = (await readAuditEntries(getDb(), ORG)).filter((e) => e.register === 'evidenceFiles' && e.recordId === sha(PDF));
        expect(entries).toHaveLength(1);
        expect(entries[0]).toMatchObject({ action: 'create', actor: 'owner@example.org' });
        // The rows of uploaded files verify against their entries (membership entries are another matter).
        const verified = await verifyAuditTrail(getDb(), ORG);
        expect(verified.organisations[0]?.rows?.discrepancies.filter((d) => d.register === 'evidenceFiles')).toEqual([]);
      });

      it('refuses a file over the size limit with 413 and keeps nothing', async () => {
        const big = Buffer.alloc(MAX + 1, 'a');
        const before = await files();
        const res = await upload(owner, 'big.txt', 'text/plain', big);
        expect(res.statusCode).toBe(413);
        expect(res.json()).toMatchObject({ error: 'too_large', details: [{ field: 'file' }] });
        expect(await bytes.has(sha(big))).toBe(false);
        expect(await bytes.has(sha(big.subarray(0, MAX)))).toBe(false);
        expect((await files()).total).toBe(before.total);
        if (kind === 'disk') expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
      });

      it('judges the media type by the content, refusing what is not accepted, and keeps nothing', async () => {
        const exe = await upload(owner, 'report.pdf', 'application/pdf', EXE);
        expect(exe.statusCode).toBe(415);
        expect(exe.json()).toMatchObject({ error: 'unsupported_media_type', message: expect.stringContaining('application/x-msdownload') });
        expect(await bytes.has(sha(EXE))).toBe(false);
        const liar = await upload(owner, 'photo.png', 'image/png', PDF);
        expect(liar.json()).toMatchObject({ error: 'unsupported_media_type', message: expect.stringContaining('sent as image/png but its content is application/pdf') });
        const binary = await upload(owner, 'blob.bin', 'application/octet-stream', Buffer.from([0xde, 0xad, 0x00, 0xbe, 0xef]));
        expect(binary.statusCode).toBe(415);
        // HTML is kept as what it is to us, text, and served as plain text: never rendered.
        const html = Buffer.from('<html><script>alert(1)</script></html>');
        const page = await upload(owner, 'page.html', 'text/html', html);
        expect(page.json()).toMatchObject({ file: { mediaType: 'text/plain' } });
        const served = await as(t.app, owner, 'GET', `/api/orgs/${ORG}/evidence-files/${sha(html)}`);
        expect(served.headers['content-type']).toBe('text/plain; charset=utf-8');
      });

      it('keeps a "../" name as a name, never a path', async () => {
        const content = Buffer.from(`Training attendance ${kind}\n`);
        const res = await upload(owner, '../../etc/passwd', 'text/plain', content);
        // The multipart parser already drops the path; the name kept is the last segment, never a path.
        expect(res.json()).toMatchObject({ file: { fileName: 'passwd' } });
        const download = await as(t.app, owner, 'GET', `/api/orgs/${ORG}/evidence-files/${sha(content)}`);
        expect(download.headers['content-disposition']).toBe('attachment; filename="passwd"; filename*=UTF-8\'\'passwd');
        if (kind === 'disk') expect(readdirSync(dir).sort()).toEqual([...new Set(['tmp', ...(await files()).items.map((f) => f.sha256.slice(0, 2))])].sort());
      });

      it('lets only those who add evidence upload, and keeps files to their organisation', async () => {
        expect((await upload(viewer, 'x.txt', 'text/plain', Buffer.from('viewer text'))).statusCode).toBe(403);
        expect((await upload(owner, 'x.txt', 'text/plain', Buffer.from('foreign text'), 'foreign-org')).statusCode).toBe(404);
        const json = await as(t.app, owner, 'POST', `/api/orgs/${ORG}/evidence-files`, { file: 'not multipart' });
        expect(json.json()).toMatchObject({ error: 'invalid_input', message: expect.stringContaining('multipart/form-data') });
        expect((await as(t.app, owner, 'GET', `/api/orgs/${ORG}/evidence-files/${'0'.repeat(64)}`)).statusCode).toBe(404);
      });

      it('links an uploaded file from an evidence item, and refuses a hash never uploaded', async () => {
        const link = (id: string, hash: string) => as(t.app, owner, 'POST', `/api/orgs/${ORG}/evidence-items`, {
          record: { id, title: 'AI committee minutes', kind: 'file', sha256: hash, fileName: 'minutes.pdf', mediaType: 'application/pdf', evidenceDate: TODAY, refs: ['5.1'] },
        });
        expect((await link(`ev-file-${kind}`, sha(PDF))).statusCode).toBe(201);
        const missing = await link(`ev-missing-${kind}`, 'a'.repeat(64));
        expect(missing.statusCode).toBe(422);
        expect(missing.json()).toMatchObject({ error: 'broken_reference', details: [{ field: 'sha256' }] });
      });
    });
  }
});
