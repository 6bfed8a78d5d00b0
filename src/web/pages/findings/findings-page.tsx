// Every finding with its explanation, the clauses it cites, how to fix it and a link straight to the record to fix.
import { Anchor, Badge, Card, Chip, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import checkMeta from 'virtual:check-meta';
import { useReadiness } from '../../http/readiness.ts';
import type { Finding } from '../../http/types.ts';
import { recordPath } from '../../components/record-link.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { annexRows, clauseRows, heatRowOf } from '../dashboard/dashboard-data.ts';

const color = { major: 'red', minor: 'orange', observation: 'yellow' } as const;
const kinds = ['major', 'minor', 'observation', 'needs-review'] as const;

function kindOf(f: Finding): (typeof kinds)[number] {
  return f.outcome === 'needs-review' ? 'needs-review' : f.severity;
}

export default function FindingsPage() {
  const { org = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const readiness = useReadiness(org);
  const [text, setText] = useState('');
  const severities = params.get('severity')?.split(',').filter(Boolean) ?? [];
  const area = params.get('area');
  const clause = params.get('clause');
  const group = params.get('group');
  const check = params.get('check');
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    setParams(next, { replace: true });
  };
  if (readiness.isPending) return <Loading label="Running the readiness checks…" />;
  if (readiness.isError) return <ErrorState error={readiness.error} retry={() => void readiness.refetch()} />;
  const all = readiness.data.findings;
  const needle = text.trim().toLowerCase();
  const shown = all.filter((f) =>
    (severities.length === 0 || severities.includes(kindOf(f))) &&
    (!area || f.refs.some((r) => heatRowOf(r) === area)) &&
    (!clause || f.refs.some((r) => heatRowOf(r) === clause)) &&
    (!group || f.refs.some((r) => heatRowOf(r) === group)) &&
    (!check || f.check === check) &&
    (!needle || `${f.check} ${f.message} ${f.refs.join(' ')} ${f.subjects.map((s) => s.label ?? s.id).join(' ')}`.toLowerCase().includes(needle)));
  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={1} size="h2">Findings</Title>
        <Text size="sm" c="dimmed">What a certification auditor would raise as of {readiness.data.summary.asOf}: {readiness.data.summary.findings.major} major, {readiness.data.summary.findings.minor} minor, {readiness.data.summary.findings.observation} observations, {readiness.data.summary.needsReview} to review.</Text>
      </div>
      <Card withBorder padding="md">
        <Group gap="md" align="flex-end">
          <TextInput label="Search findings" type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} w={260} />
          {check || clause || group ? <Chip checked onChange={() => setParams(new URLSearchParams(severities.length ? { severity: severities.join(',') } : {}), { replace: true })} size="sm">{[check, clause && `clause ${clause}`, group].filter(Boolean).join(', ')} ✕</Chip> : null}
          <Select label="Clause or Annex A group" clearable w={300} value={area} onChange={(v) => set('area', v ?? undefined)}
            data={[...clauseRows, ...annexRows].map((r) => ({ value: r.key, label: r.label }))} />
          <div>
            <Text size="sm" fw={500} mb={4}>Severity</Text>
            <Chip.Group multiple value={severities} onChange={(v) => set('severity', v.join(',') || undefined)}>
              <Group gap={6}>{kinds.map((k) => <Chip key={k} value={k} size="sm">{k}</Chip>)}</Group>
            </Chip.Group>
          </div>
        </Group>
      </Card>
      {shown.length === 0 ? (
        <EmptyState title={all.length === 0 ? 'No findings' : 'No finding matches'}>
          {all.length === 0 ? 'The checks found nothing an auditor would raise. Keep the records current and run the checks again before each audit.' : 'Clear the filters to see every finding.'}
        </EmptyState>
      ) : null}
      {shown.map((f, i) => <FindingCard key={`${f.check}-${i}`} org={org} finding={f} />)}
    </Stack>
  );
}

function FindingCard({ org, finding: f }: { readonly org: string; readonly finding: Finding }) {
  const records = f.subjects.filter((s) => s.register !== 'organisation');
  const meta = checkMeta[f.check];
  return (
    <Card withBorder padding="md" component="article" aria-label={`${f.check}: ${f.message}`} data-check={f.check}>
      <Group gap={8} mb={4}>
        <Badge color={f.outcome === 'needs-review' ? 'indigo' : color[f.severity]}>{f.outcome === 'needs-review' ? `needs review (${f.severity})` : f.severity}</Badge>
        <Text size="sm" ff="monospace" fw={600}>{f.check}</Text>
        {f.refs.map((r) => /^(A\.)?\d/.test(r)
          ? <Badge key={r} component={Link} to={`/orgs/${org}/evidence-index?ref=${encodeURIComponent(r)}`} variant="outline" color="gray" size="sm" tt="none" style={{ cursor: 'pointer' }} aria-label={`Evidence for ${r}`}>{r}</Badge>
          : <Badge key={r} variant="outline" color="gray" size="sm" tt="none">{r}</Badge>)}
        {f.decidesVerdict ? <Badge variant="light" color="grape" size="sm">decides the verdict</Badge> : null}
      </Group>
      {meta ? <Title order={2} size="h5" mb={2}>{meta.title}</Title> : null}
      <Text size="sm" mb={6}>{f.message}</Text>
      {meta?.description ? (
        <details style={{ marginBottom: 6 }}>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 }}>Why an auditor raises it</summary>
          <Text size="sm" c="dimmed" mt={4}>{meta.description}</Text>
        </details>
      ) : null}
      {f.fix ? <Text size="sm" c="dimmed"><Text span fw={600} c="dark">How to fix: </Text>{f.fix}</Text> : null}
      {records.length > 0 ? (
        <Group gap="xs" mt={6}>
          <Text size="xs" fw={600}>Records to fix:</Text>
          {records.slice(0, 12).map((s) => {
            const to = recordPath(org, s.register, s.id);
            return to ? <Anchor key={`${s.register}-${s.id}`} component={Link} to={to} size="sm">{s.label ?? s.id}</Anchor> : <Text key={s.id} size="sm">{s.label ?? s.id}</Text>;
          })}
          {records.length > 12 ? <Text size="xs" c="dimmed">and {records.length - 12} more</Text> : null}
        </Group>
      ) : <Text size="xs" c="dimmed" mt={6}>About the AIMS as a whole.</Text>}
    </Card>
  );
}
