// One record: its fields, what it refers to and what refers to it (both as links), and its audit trail.
import { Anchor, Breadcrumbs, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { referencesOf } from '../../../domain/model/references.ts';
import { registers, type AnyRecord } from '../../../domain/model/registers.ts';
import { useRecord } from '../../http/registers.ts';
import { ErrorState, Loading } from '../../components/states.tsx';
import { registerBySlug } from '../../registers/navigation.ts';
import { registerFields } from '../../registers/schema.ts';
import NotFoundPage from '../not-found.tsx';
import { DeleteRecordButton } from './delete-record-button.tsx';
import { RecordDetails } from './record-details.tsx';
import { HistoryCard, ReferencesCard } from './record-links.tsx';
import { RecordWorkflows } from './record-workflows.tsx';

const AiSystemView = lazy(() => import('../ai-systems/ai-system-view.tsx'));
const DocumentView = lazy(() => import('../documents/document-view.tsx'));
const EvidenceView = lazy(() => import('../evidence/evidence-view.tsx'));
const RiskView = lazy(() => import('../risks/risk-view.tsx'));

/** Fields the product view above already draws in full, left out of the generic list of fields. */
const shownAbove: Partial<Record<string, readonly string[]>> = { documents: ['versions'], aiSystems: ['lifecycle', 'eventLogging'], risks: ['treatment'] };

/** The part of a record page that carries the product for its register, above the generic fields. */
function ProductView({ org, register, value, version, allowedActions }: { readonly org: string; readonly register: string; readonly value: Record<string, unknown>; readonly version: number; readonly allowedActions: readonly string[] }) {
  const view = register === 'aiSystems' ? <AiSystemView org={org} system={value} version={version} allowedActions={allowedActions} />
    : register === 'documents' ? <DocumentView org={org} document={value} version={version} allowedActions={allowedActions} />
    : register === 'risks' ? <RiskView org={org} risk={value} version={version} allowedActions={allowedActions} />
    : register === 'evidenceItems' ? <EvidenceView org={org} item={value} />
    : null;
  return view ? <Suspense fallback={<Loading />}>{view}</Suspense> : null;
}

export default function RecordPage() {
  const { org = '', register = '', id = '' } = useParams();
  const nav = registerBySlug(register);
  const record = useRecord(org, nav?.slug ?? '', nav ? id : undefined);
  if (!nav) return <NotFoundPage />;
  if (record.isPending) return <Loading />;
  if (record.isError) return <ErrorState error={record.error} retry={() => void record.refetch()} />;
  const { record: value, version, allowedActions } = record.data;
  const labelKey = registers[nav.name].label;
  const name = labelKey === 'id' ? id : String(value[labelKey] ?? id);
  const outbound = [...referencesOf(nav.name, value as AnyRecord)];
  const listTo = `/orgs/${org}/r/${nav.slug}`;
  return (
    <Stack gap="md" maw={1400}>
      <Breadcrumbs>
        <Anchor component={Link} to={listTo} size="sm">{nav.plural}</Anchor>
        <Text size="sm">{id}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">{nav.title} · version {version}</Text>
          <Title order={1} size="h2">{name}</Title>
        </div>
        <Group>
          <RecordWorkflows org={org} register={nav.name} value={value} version={version} allowedActions={allowedActions} />
          {allowedActions.includes('update') ? <Button component={Link} to={`${listTo}/${encodeURIComponent(id)}/edit`}>Edit</Button> : null}
          {allowedActions.includes('delete') ? <DeleteRecordButton org={org} nav={nav} id={id} version={version} /> : null}
        </Group>
      </Group>
      <ProductView org={org} register={nav.name} value={value} version={version} allowedActions={allowedActions} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder padding="lg">
            <RecordDetails org={org} fields={registerFields(nav.name).filter((f) => !shownAbove[nav.name]?.includes(f.key))} value={value} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ReferencesCard org={org} slug={nav.slug} id={id} outbound={outbound} />
            <HistoryCard org={org} slug={nav.slug} id={id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
