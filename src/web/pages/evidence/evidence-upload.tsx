// Drag a file onto the evidence page (or choose it with the keyboard): it goes to the evidence store, then a short
// form records it in the evidence register with the clauses and controls it evidences and its validity.
import { Alert, Box, Button, Card, Group, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useNavigate } from 'react-router';
import { clauses, controls } from '../../../domain/catalogue/index.ts';
import { ApiError, upload } from '../../http/client.ts';
import { saveRecord } from '../../http/registers.ts';
import { today } from '../../http/today.ts';
import '@mantine/dates/styles.css';

interface Uploaded { readonly sha256: string; readonly size: number; readonly mediaType: string; readonly fileName: string }

const refOptions = [...clauses, ...controls].map((c) => ({ value: c.id, label: `${c.id} ${c.title}` }));
const slug = (name: string) => name.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'file';
const size = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

export function EvidenceUpload({ org }: { readonly org: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const [file, setFile] = useState<Uploaded | undefined>();
  const [form, setForm] = useState({ title: '', evidenceDate: today(), validUntil: '', refs: [] as string[] });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const client = useQueryClient();
  const navigate = useNavigate();

  async function send(f: File | undefined) {
    if (!f) return;
    setBusy(true);
    setError(undefined);
    try {
      const stored = (await upload<{ file: Uploaded }>(`/api/orgs/${encodeURIComponent(org)}/evidence-files`, f)).file;
      setFile(stored);
      setForm((v) => ({ ...v, title: v.title || stored.fileName.replace(/\.[^.]+$/, '') }));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  }

  async function record() {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const id = `ev-${slug(file.fileName)}-${file.sha256.slice(0, 6)}`;
      await saveRecord(org, 'evidence-items', undefined, {
        id, title: form.title.trim(), kind: 'file', sha256: file.sha256, fileName: file.fileName, mediaType: file.mediaType,
        evidenceDate: form.evidenceDate, refs: form.refs, ...(form.validUntil ? { validUntil: form.validUntil } : {}),
      }, undefined);
      await client.invalidateQueries({ predicate: (q) => q.queryKey.includes(org) });
      navigate(`/orgs/${org}/r/evidence-items/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e instanceof ApiError) setFieldErrors(Object.fromEntries(e.details.map((d) => [(d.field ?? '').replace(/^\/?record[./]?/, '').split(/[./[]/)[0] ?? '', d.message])));
      setError(e as Error);
      setBusy(false);
    }
  }

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void send(e.dataTransfer.files[0]);
  };

  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">Add evidence</Title>
      {!file ? (
        <Box
          onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}
          data-testid="evidence-dropzone"
          style={{ border: `2px dashed var(--mantine-color-${over ? 'indigo-6' : 'gray-5'})`, borderRadius: 8, padding: 20, textAlign: 'center', background: over ? 'var(--mantine-color-indigo-0)' : undefined }}
        >
          <Text size="sm" mb="xs">Drop a file here — a PDF, an image, a spreadsheet, a text or an office document up to 25 MB — or</Text>
          <Button variant="light" loading={busy} onClick={() => input.current?.click()}>Choose a file</Button>
          <input ref={input} type="file" hidden aria-label="Evidence file" onChange={(e) => void send(e.currentTarget.files?.[0])} />
        </Box>
      ) : (
        <Stack gap="sm">
          <Text size="sm">Stored <b>{file.fileName}</b> ({file.mediaType}, {size(file.size)}), sha256 <Text span ff="monospace" size="xs">{file.sha256.slice(0, 16)}…</Text>. Say what it evidences:</Text>
          <Group align="flex-start" grow>
            <TextInput label="Title" withAsterisk value={form.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} error={fieldErrors.title} />
            <DateInput label="Evidence of" description="The date the evidence is of" withAsterisk valueFormat="YYYY-MM-DD" value={form.evidenceDate} onChange={(v) => setForm({ ...form, evidenceDate: v ?? '' })} error={fieldErrors.evidenceDate} />
            <DateInput label="Valid until" description="Leave empty when it does not expire" valueFormat="YYYY-MM-DD" clearable clearButtonProps={{ 'aria-label': 'Clear the validity' }} value={form.validUntil || null} onChange={(v) => setForm({ ...form, validUntil: v ?? '' })} error={fieldErrors.validUntil} />
          </Group>
          <MultiSelect label="Clauses and controls it evidences" searchable data={refOptions} value={form.refs} onChange={(refs) => setForm({ ...form, refs })} limit={60} error={fieldErrors.refs} />
          <Group>
            <Button onClick={() => void record()} loading={busy} disabled={!form.title.trim() || !form.evidenceDate}>Record the evidence</Button>
            <Button variant="default" onClick={() => setFile(undefined)}>Choose another file</Button>
          </Group>
        </Stack>
      )}
      {error ? <Alert color="red" role="alert" mt="sm" title={error instanceof ApiError && error.status === 413 ? 'The file is too large' : 'Not stored'}>{error.message}</Alert> : null}
    </Card>
  );
}
