// An external audit's information requests: the auditor asks for evidence of clauses and controls by a date,
// the organisation answers with its evidence items and documents, the auditor accepts or reopens.
import { Alert, Badge, Button, Card, Group, Modal, MultiSelect, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { clauses, controls } from '../../../domain/catalogue/index.ts';
import { api, ApiError, query } from '../../http/client.ts';
import { useAllRecords } from '../../http/registers.ts';
import { NamedRecordLink } from '../../components/field-value.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import '@mantine/dates/styles.css';

export interface EvidenceRequest {
  readonly id: string; readonly auditId: string; readonly title: string; readonly detail: string | null; readonly refs: readonly string[];
  readonly dueOn: string | null; readonly status: 'open' | 'answered' | 'accepted' | 'withdrawn'; readonly requestedBy: string; readonly requestedAt: string;
  readonly answer: string | null; readonly evidenceIds: readonly string[]; readonly documentIds: readonly string[]; readonly answeredBy: string | null;
  readonly answeredAt: string | null; readonly overdue: boolean;
}
interface Item { readonly request: EvidenceRequest; readonly version: number; readonly allowedActions: readonly string[] }
interface List { readonly items: readonly Item[]; readonly total: number; readonly outstanding: number; readonly overdue: number; readonly allowedActions?: readonly string[] }

const statusColor = { open: 'orange', answered: 'indigo', accepted: 'teal', withdrawn: 'gray' } as const;
const refOptions = [...clauses, ...controls].map((c) => ({ value: c.id, label: `${c.id} ${c.title}` }));

const requestsKey = (org: string, auditId?: string) => ['register', org, 'evidence-requests', auditId ?? 'all'];

function useRequests(org: string, auditId?: string) {
  return useQuery({
    queryKey: requestsKey(org, auditId),
    queryFn: ({ signal }) => api<List>(`/api/orgs/${encodeURIComponent(org)}/evidence-requests${query({ auditId })}`, { signal }),
  });
}

function Problem({ error }: { readonly error: Error | undefined }) {
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert color="red" role="alert" title="Not saved">
      <Text size="sm">{error.message}</Text>
      {details.map((d, i) => <Text key={i} size="sm">{d.field ? `${d.field}: ` : ''}{d.message}</Text>)}
    </Alert>
  );
}

/** Sends one write and refreshes the requests; the caller's dialog shows any refusal. */
function useSend(org: string) {
  const client = useQueryClient();
  return async (method: string, path: string, body: unknown, done: string) => {
    await api(`/api/orgs/${encodeURIComponent(org)}/evidence-requests${path}`, { method, body });
    await client.invalidateQueries({ queryKey: ['register', org, 'evidence-requests'] });
    notifications.show({ color: 'teal', title: 'Saved', message: done });
  };
}

function AskDialog({ org, audits, onClose }: { readonly org: string; readonly audits: readonly { value: string; label: string }[]; readonly onClose: () => void }) {
  const send = useSend(org);
  const [form, setForm] = useState({ auditId: audits.length === 1 ? audits[0]!.value : '', title: '', detail: '', refs: [] as string[], dueOn: '' });
  const [error, setError] = useState<Error | undefined>();
  const submit = async () => {
    try {
      await send('POST', '', { auditId: form.auditId, title: form.title, ...(form.detail ? { detail: form.detail } : {}), refs: form.refs, ...(form.dueOn ? { dueOn: form.dueOn } : {}) }, 'The request is sent.');
      onClose();
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <Stack gap="sm">
      <Select label="Audit" withAsterisk data={[...audits]} value={form.auditId || null} onChange={(v) => setForm({ ...form, auditId: v ?? '' })} />
      <TextInput label="What you ask for" withAsterisk value={form.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} />
      <Textarea label="Detail" autosize minRows={2} value={form.detail} onChange={(e) => setForm({ ...form, detail: e.currentTarget.value })} />
      <MultiSelect label="Clauses and controls" searchable data={refOptions} value={form.refs} onChange={(refs) => setForm({ ...form, refs })} limit={60} />
      <DateInput label="Needed by" valueFormat="YYYY-MM-DD" clearable clearButtonProps={{ 'aria-label': 'Clear the date' }} value={form.dueOn || null} onChange={(v) => setForm({ ...form, dueOn: v ?? '' })} w={220} />
      <Problem error={error} />
      <Group justify="flex-end"><Button variant="default" onClick={onClose}>Cancel</Button><Button onClick={() => void submit()} disabled={!form.auditId || !form.title.trim()}>Send the request</Button></Group>
    </Stack>
  );
}

function AnswerDialog({ org, item, onClose }: { readonly org: string; readonly item: Item; readonly onClose: () => void }) {
  const send = useSend(org);
  const evidence = useAllRecords(org, 'evidence-items');
  const documents = useAllRecords(org, 'documents');
  const [answer, setAnswer] = useState(item.request.answer ?? '');
  const [evidenceIds, setEvidenceIds] = useState<string[]>([...item.request.evidenceIds]);
  const [documentIds, setDocumentIds] = useState<string[]>([...item.request.documentIds]);
  const [error, setError] = useState<Error | undefined>();
  const options = (items: readonly { record: Record<string, unknown> }[] | undefined) => (items ?? []).map((e) => ({ value: String(e.record.id), label: `${String(e.record.title ?? e.record.id)} (${String(e.record.id)})` }));
  const submit = async () => {
    try {
      await send('POST', `/${encodeURIComponent(item.request.id)}/answer`, { answer, evidenceIds, documentIds, version: item.version }, `${item.request.id} is answered.`);
      onClose();
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{item.request.title}{item.request.detail ? ` — ${item.request.detail}` : ''}</Text>
      <Textarea label="Answer" withAsterisk autosize minRows={3} value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} />
      <MultiSelect label="Evidence items" searchable data={options(evidence.data?.items)} value={evidenceIds} onChange={setEvidenceIds} limit={80} />
      <MultiSelect label="Documents" searchable data={options(documents.data?.items)} value={documentIds} onChange={setDocumentIds} limit={80} />
      <Problem error={error} />
      <Group justify="flex-end"><Button variant="default" onClick={onClose}>Cancel</Button><Button onClick={() => void submit()} disabled={!answer.trim()}>Send the answer</Button></Group>
    </Stack>
  );
}

function RequestCard({ org, item }: { readonly org: string; readonly item: Item }) {
  const r = item.request;
  const send = useSend(org);
  const [answering, answer] = useDisclosure(false);
  const setStatus = async (status: EvidenceRequest['status'], done: string) => {
    try {
      await send('PUT', `/${encodeURIComponent(r.id)}`, { request: { title: r.title, detail: r.detail ?? '', refs: r.refs, dueOn: r.dueOn, status }, version: item.version }, done);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Not saved', message: e instanceof ApiError && e.status === 409 ? 'Someone else changed this request: the list now shows their version.' : (e as Error).message });
    }
  };
  const canUpdate = item.allowedActions.includes('update');
  return (
    <Card withBorder padding="md" component="article" aria-label={`${r.id}: ${r.title}`}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap={6}>
            <Text size="sm" ff="monospace" fw={600}>{r.id}</Text>
            <Badge size="sm" color={statusColor[r.status]} tt="none">{r.status}</Badge>
            {r.overdue ? <Badge size="sm" color="red" tt="none">overdue</Badge> : null}
            {r.refs.map((ref) => <Badge key={ref} size="sm" variant="outline" color="gray" tt="none">{ref}</Badge>)}
          </Group>
          <Title order={3} size="h5" mt={4}>{r.title}</Title>
          {r.detail ? <Text size="sm">{r.detail}</Text> : null}
          <Text size="xs" c="dimmed">Asked by {r.requestedBy} on {r.requestedAt.slice(0, 10)} for <NamedRecordLink org={org} register="externalAudits" id={r.auditId} />{r.dueOn ? `, needed by ${r.dueOn}` : ''}.</Text>
        </div>
        <Group gap="xs">
          {item.allowedActions.includes('answer') && (r.status === 'open' || r.status === 'answered') ? <Button size="xs" onClick={answer.open}>{r.status === 'answered' ? 'Change the answer' : 'Answer'}</Button> : null}
          {canUpdate && r.status === 'answered' ? <Button size="xs" color="teal" variant="outline" onClick={() => void setStatus('accepted', `${r.id} is accepted.`)}>Accept the answer</Button> : null}
          {canUpdate && (r.status === 'answered' || r.status === 'accepted' || r.status === 'withdrawn') ? <Button size="xs" variant="default" onClick={() => void setStatus('open', `${r.id} is open again.`)}>Reopen</Button> : null}
          {canUpdate && r.status !== 'withdrawn' ? <Button size="xs" color="red" variant="subtle" onClick={() => void setStatus('withdrawn', `${r.id} is withdrawn.`)}>Withdraw</Button> : null}
        </Group>
      </Group>
      {r.answer ? (
        <Card withBorder padding="sm" mt="sm" bg="gray.0">
          <Text size="xs" fw={600}>Answer{r.answeredBy ? ` by ${r.answeredBy}` : ''}{r.answeredAt ? ` on ${r.answeredAt.slice(0, 10)}` : ''}</Text>
          <Text size="sm">{r.answer}</Text>
          {r.evidenceIds.length || r.documentIds.length ? (
            <Group gap={8} mt={4}>
              {r.evidenceIds.map((id) => <NamedRecordLink key={id} org={org} register="evidenceItems" id={id} />)}
              {r.documentIds.map((id) => <NamedRecordLink key={id} org={org} register="documents" id={id} />)}
            </Group>
          ) : null}
        </Card>
      ) : null}
      <Modal opened={answering} onClose={answer.close} title={`Answer ${r.id}`} centered size="lg">
        <AnswerDialog org={org} item={item} onClose={answer.close} />
      </Modal>
    </Card>
  );
}

export function EvidenceRequests({ org, auditId }: { readonly org: string; readonly auditId?: string }) {
  const list = useRequests(org, auditId);
  const audits = useAllRecords(org, 'external-audits');
  const [asking, ask] = useDisclosure(false);
  const [status, setStatus] = useState<string | null>(null);
  const auditOptions = (audits.data?.items ?? []).filter((a) => !auditId || a.record.id === auditId).map((a) => ({ value: String(a.record.id), label: `${String(a.record.kind)} (${String(a.record.id)})` }));
  if (list.isPending) return <Loading label="Loading the evidence requests…" />;
  if (list.isError) return <ErrorState error={list.error} retry={() => void list.refetch()} />;
  const shown = list.data.items.filter((i) => !status || i.request.status === status);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="sm">
          <Text size="sm">{list.data.total} requests: {list.data.outstanding} outstanding, {list.data.overdue} overdue.</Text>
          <Select aria-label="Show requests" placeholder="Every status" clearable w={180} size="xs" data={['open', 'answered', 'accepted', 'withdrawn']} value={status} onChange={setStatus} />
        </Group>
        {list.data.allowedActions?.includes('create') ? <Button onClick={ask.open}>Ask for evidence</Button> : null}
      </Group>
      {list.data.items.length === 0 ? (
        <EmptyState title="No evidence requests yet">{list.data.allowedActions?.includes('create') ? 'Ask for the evidence you want to see before or during the audit: name the clauses and controls and the date you need it by.' : 'The audit team has asked for nothing yet.'}</EmptyState>
      ) : shown.length === 0 ? <Text size="sm" c="dimmed">No request has this status.</Text> : shown.map((i) => <RequestCard key={i.request.id} org={org} item={i} />)}
      <Modal opened={asking} onClose={ask.close} title="Ask for evidence" centered size="lg">
        <AskDialog org={org} audits={auditOptions} onClose={ask.close} />
      </Modal>
    </Stack>
  );
}
