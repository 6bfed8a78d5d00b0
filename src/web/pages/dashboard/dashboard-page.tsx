// The dashboard of one organisation, drawn from the single /dashboard request.
import { Anchor, Badge, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { CycleTimeline } from '../../components/cycle-timeline.tsx';
import { HeatMap } from '../../components/heat-map.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { CoverageCard } from './coverage-card.tsx';
import { annexRows, clauseRows, findingsHeat, useDashboard } from './dashboard-data.ts';
import { DueDates } from './due-dates.tsx';
import { ReadinessSteps } from './readiness-steps.tsx';
import { TopFindings } from './top-findings.tsx';
import { VerdictCard } from './verdict-card.tsx';

const columns = [
  { key: 'major', label: 'Major' },
  { key: 'minor', label: 'Minor' },
  { key: 'observation', label: 'Observation' },
  { key: 'needs-review', label: 'Needs review' },
];
const shade: Record<string, string> = { major: '#ffc9c9', minor: '#ffd8a8', observation: '#fff3bf', 'needs-review': '#dbe4ff' };

export default function DashboardPage() {
  const { org = '' } = useParams();
  const dashboard = useDashboard(org);
  const navigate = useNavigate();
  if (dashboard.isPending) return <Loading label="Running the readiness checks…" />;
  if (dashboard.isError) return <ErrorState error={dashboard.error} retry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  const heat = findingsHeat(d.findings);
  const value = (row: string, column: string) => heat.get(`${row}|${column}`) ?? 0;
  const openFindings = (row: string, column: string) => navigate(`/orgs/${org}/findings?area=${encodeURIComponent(row)}&severity=${column}`);
  const counts = d.summary.findings;
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between">
        <Title order={1} size="h2">{d.organisation.name}</Title>
        <Text size="sm" c="dimmed">{d.summary.checks} checks as of {d.asOf}</Text>
      </Group>
      <VerdictCard verdict={d.verdict} asOf={d.asOf} />
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {([['Major', counts.major, 'red'], ['Minor', counts.minor, 'orange'], ['Observation', counts.observation, 'yellow'], ['Needs review', d.summary.needsReview, 'indigo'], ['Passed', d.summary.passed, 'teal']] as const).map(([label, n, color]) => (
          <Card key={label} withBorder padding="md" component={Link} to={`/orgs/${org}/findings${label === 'Passed' ? '' : `?severity=${label === 'Needs review' ? 'needs-review' : label.toLowerCase()}`}`} aria-label={`${n} ${label.toLowerCase()}`}>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">{label}</Text>
            <Group gap={6} align="baseline"><Text fz={28} fw={750} c={`${color}.8`}>{n}</Text><Badge size="xs" color={color} variant="dot">{label === 'Passed' ? 'checks' : 'findings'}</Badge></Group>
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
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <HeatMap caption="Clauses 4–10" rowHeader="Clause" rows={clauseRows} columns={columns} value={value} color={(_r, c) => shade[c] ?? '#eee'} onCell={openFindings} />
              <HeatMap caption="Annex A groups" rowHeader="Group" rows={annexRows.map((r) => ({ key: r.key, label: r.key }))} columns={columns} value={value} color={(_r, c) => shade[c] ?? '#eee'} onCell={openFindings} />
            </SimpleGrid>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <TopFindings org={org} findings={d.findings} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6, lg: 5 }}><ReadinessSteps steps={d.readinessSteps} /></Grid.Col>
        <Grid.Col span={{ base: 12, md: 6, lg: 3 }}><CoverageCard org={org} coverage={d.coverage} /></Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}><DueDates org={org} dueDates={d.dueDates} asOf={d.asOf} /></Grid.Col>
        <Grid.Col span={12}>
          <Card withBorder padding="lg">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">Certification cycle</Title>
              <Anchor component={Link} to={`/orgs/${org}/certification`} size="sm">Certification</Anchor>
            </Group>
            <CycleTimeline events={d.cycle} today={d.asOf} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
