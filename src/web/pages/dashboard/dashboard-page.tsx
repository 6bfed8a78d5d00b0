// The dashboard of one organisation, drawn from the single /dashboard request.
import { Anchor, Badge, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useOrganisations } from '../../http/session.ts';
import { CycleTimeline } from '../../components/cycle-timeline.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { shortKind, timelineState } from '../certification/certification-data.ts';
import { CoverageCard } from './coverage-card.tsx';
import { useDashboard } from './dashboard-data.ts';
import { DueDates } from './due-dates.tsx';
import { FindingsHeatMap } from './findings-heat-map.tsx';
import { ReadinessSteps } from './readiness-steps.tsx';
import { VerdictCard } from './verdict-card.tsx';

const AuditPage = lazy(async () => ({ default: (await import('../audit/audit-page.tsx')).AuditPage }));

/** An organisation's home: the dashboard, or for an external auditor (who may not read readiness) their audit. */
export default function DashboardPage() {
  const { org = '' } = useParams();
  const orgs = useOrganisations();
  if (orgs.isPending) return <Loading />;
  const membership = orgs.data?.find((o) => o.id === org);
  if (membership?.role === 'external-auditor') {
    if (!membership.externalAuditId) return <ErrorState error={new Error('Your membership names no external audit: ask the organisation to give your access its audit.')} />;
    return <Suspense fallback={<Loading />}><AuditPage org={org} auditId={membership.externalAuditId} /></Suspense>;
  }
  return <OrganisationDashboard org={org} />;
}

function OrganisationDashboard({ org }: { readonly org: string }) {
  const dashboard = useDashboard(org);
  const navigate = useNavigate();
  if (dashboard.isPending) return <Loading label="Running the readiness checks…" />;
  if (dashboard.isError) return <ErrorState error={dashboard.error} retry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  const counts = d.findings;
  const openFindings = (clause: string, group: string) => navigate(`/orgs/${org}/findings?${new URLSearchParams({ ...(clause !== 'none' ? { clause } : {}), ...(group !== 'none' ? { group } : {}) })}`);
  const stats = [['Major', counts.major, 'red', 'major'], ['Minor', counts.minor, 'orange', 'minor'], ['Observation', counts.observation, 'yellow', 'observation'], ['Needs review', counts.needsReview, 'indigo', 'needs-review'], ['Passed', counts.passed, 'teal', '']] as const;
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between">
        <Title order={1} size="h2">{d.organisation.name}</Title>
        <Text size="sm" c="dimmed">{counts.checks} checks as of {d.asOf}</Text>
      </Group>
      <VerdictCard verdict={d.verdict} asOf={d.asOf} org={org} />
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {stats.map(([label, n, color, severity]) => (
          <Card key={label} withBorder padding="md" component={Link} to={`/orgs/${org}/findings${severity ? `?severity=${severity}` : ''}`} aria-label={`${n} ${label.toLowerCase()}${severity ? ' findings' : ' checks'}`}>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">{label}</Text>
            <Group gap={6} align="baseline"><Text fz={28} fw={750} c={`${color}.9`}>{n}</Text><Badge size="xs" color={color} variant="dot">{severity ? 'findings' : 'checks'}</Badge></Group>
          </Card>
        ))}
      </SimpleGrid>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder padding="lg" h="100%">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">Findings by clause and Annex A group</Title>
              <Anchor component={Link} to={`/orgs/${org}/findings`} size="sm">All findings</Anchor>
            </Group>
            <FindingsHeatMap clauses={d.heatMap.clauses} groups={d.heatMap.groups} cells={d.heatMap.cells} onCell={openFindings} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}><ReadinessSteps steps={d.readinessSteps} /></Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}><CoverageCard org={org} coverage={d.evidenceCoverage} /></Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}><DueDates org={org} dueDates={d.nextDue} asOf={d.asOf} /></Grid.Col>
        <Grid.Col span={12}>
          <Card withBorder padding="lg">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">Certification cycle</Title>
              <Anchor component={Link} to={`/orgs/${org}/certification`} size="sm">Certification</Anchor>
            </Group>
            <CycleTimeline today={d.asOf} events={d.timeline.filter((e) => e.start && e.kind !== 'readiness').map((e) => ({ label: shortKind(e.kind), date: e.start!, state: timelineState(e, d.asOf), ...(e.dueBy ? { dueBy: e.dueBy } : {}) }))} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
