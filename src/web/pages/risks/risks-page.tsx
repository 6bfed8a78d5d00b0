// The risk register with its inherent and residual heat maps (likelihood × consequence) above the list.
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useAllRecords } from '../../api/registers.ts';
import { HeatMap } from '../../components/heat-map.tsx';
import { registerNav } from '../../registers/navigation.ts';
import { RegisterList } from '../registers/register-list.tsx';

const scale = Array.from({ length: 10 }, (_v, i) => String(10 - i));
const cols = Array.from({ length: 10 }, (_v, i) => ({ key: String(i + 1), label: String(i + 1) }));

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
  const threshold = Number(methods.data?.items[0]?.record.acceptanceThreshold ?? 25);
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
  const rows = scale.map((s) => ({ key: s, label: s }));
  const header = (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb={4}>Heat maps</Title>
      <Text size="sm" c="dimmed" mb="sm">Rows are likelihood, columns consequence (1–10). Above the acceptance threshold of {threshold} a risk needs treatment. {untreated ? `${untreated} risks have no residual rating yet.` : ''}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <HeatMap caption="Inherent risk" rowHeader="L × C" rows={rows} columns={cols} value={(r, c) => inherent.get(`${r}|${c}`) ?? 0} color={cellColor(threshold)}
          describe={(r, c, v) => `likelihood ${r}, consequence ${c}: ${v} ${v === 1 ? 'risk' : 'risks'}`} />
        <HeatMap caption="Residual risk after treatment" rowHeader="L × C" rows={rows} columns={cols} value={(r, c) => residual.get(`${r}|${c}`) ?? 0} color={cellColor(threshold)}
          describe={(r, c, v) => `residual likelihood ${r}, consequence ${c}: ${v} ${v === 1 ? 'risk' : 'risks'}`} />
      </SimpleGrid>
    </Card>
  );
  return <RegisterList org={org} nav={registerNav.risks} header={header} />;
}
