// The risk register with its inherent and residual heat maps (likelihood × consequence) above the list.
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useAllRecords } from '../../http/registers.ts';
import { HeatMap } from '../../components/heat-map.tsx';
import { registerNav } from '../../registers/navigation.ts';
import { RegisterList } from '../registers/register-list.tsx';

interface ScaleLevel { readonly value: number; readonly label: string }

function cellColor(threshold: number) {
  return (row: string, column: string) => {
    const level = Number(row) * Number(column);
    if (level <= threshold) return '#c3fae8';
    return level > threshold * 2 ? '#ffa8a8' : '#ffd8a8';
  };
}

export default function RisksPage({ org }: { readonly org: string }) {
  const risks = useAllRecords(org, 'risks');
  const methods = useAllRecords(org, 'risk-methodologies');
  const method = methods.data?.items[0]?.record;
  const threshold = Number(method?.acceptanceThreshold ?? 25);
  // The methodology's own scales (often 1–5); the schema's 1–10 when there is no methodology yet.
  const levels = (key: string): ScaleLevel[] => {
    const scale = (method?.[key] as ScaleLevel[] | undefined) ?? [];
    const max = Math.max(5, ...scale.map((l) => l.value), ...(risks.data?.items ?? []).map((r) => Number(r.record.likelihood)), ...(risks.data?.items ?? []).map((r) => Number(r.record.consequence)));
    return Array.from({ length: max }, (_v, i) => scale.find((l) => l.value === i + 1) ?? { value: i + 1, label: String(i + 1) });
  };
  const likelihood = levels('likelihoodScale');
  const consequence = levels('consequenceScale');
  const cols = consequence.map((l) => ({ key: String(l.value), label: `${l.value} ${l.label === String(l.value) ? '' : l.label}`.trim() }));
  const inherent = new Map<string, number>();
  const residual = new Map<string, number>();
  let untreated = 0;
  for (const { record: r } of risks.data?.items ?? []) {
    const k = `${String(r.likelihood)}|${String(r.consequence)}`;
    inherent.set(k, (inherent.get(k) ?? 0) + 1);
    const t = r.treatment as { residualLikelihood?: number; residualConsequence?: number } | undefined;
    if (t?.residualLikelihood && t.residualConsequence) {
      const rk = `${t.residualLikelihood}|${t.residualConsequence}`;
      residual.set(rk, (residual.get(rk) ?? 0) + 1);
    } else untreated++;
  }
  const rows = [...likelihood].reverse().map((l) => ({ key: String(l.value), label: `${l.value} ${l.label === String(l.value) ? '' : l.label}`.trim() }));
  const header = (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb={4}>Heat maps</Title>
      <Text size="sm" c="dimmed" mb="sm">Rows are likelihood, columns consequence, on the scales of the risk methodology. Above the acceptance threshold of {threshold} a risk needs treatment. {untreated ? `${untreated} risks have no residual rating yet.` : ''}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <HeatMap caption="Inherent risk" rowHeader="Likelihood" rows={rows} columns={cols} value={(r, c) => inherent.get(`${r}|${c}`) ?? 0} color={cellColor(threshold)}
          describe={(r, c, v) => `likelihood ${r}, consequence ${c}: ${v} ${v === 1 ? 'risk' : 'risks'}`} />
        <HeatMap caption="Residual risk after treatment" rowHeader="Likelihood" rows={rows} columns={cols} value={(r, c) => residual.get(`${r}|${c}`) ?? 0} color={cellColor(threshold)}
          describe={(r, c, v) => `residual likelihood ${r}, consequence ${c}: ${v} ${v === 1 ? 'risk' : 'risks'}`} />
      </SimpleGrid>
    </Card>
  );
  return <RegisterList org={org} nav={registerNav.risks} header={header} />;
}
