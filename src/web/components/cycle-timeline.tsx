// The three-year certification cycle drawn on a date axis: each audit where it falls, done or planned, and today.
import { Box, Group, Text, VisuallyHidden } from '@mantine/core';

export interface TimelineEvent {
  readonly label: string;
  readonly date: string;
  readonly state: string;
  readonly dueBy?: string;
}

const stateColor: Record<string, string> = { done: '#0ca678', planned: '#4c6ef5', due: '#f08c00', overdue: '#e03131', missed: '#e03131' };
const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

export function CycleTimeline({ events, today }: { readonly events: readonly TimelineEvent[]; readonly today: string }) {
  if (events.length === 0) return <Text size="sm" c="dimmed">No certification cycle yet: record a Stage 2 target date or a certificate under Certification to plan it.</Text>;
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const days = [...sorted.map((e) => day(e.date)), day(today)];
  const from = Math.min(...days) - 30;
  const to = Math.max(...days) + 30;
  const width = 1000;
  const x = (d: string) => ((day(d) - from) / (to - from)) * (width - 40) + 20;
  const years: number[] = [];
  for (let y = new Date(from * 86_400_000).getUTCFullYear() + 1; y <= new Date(to * 86_400_000).getUTCFullYear(); y++) years.push(y);
  // Labels alternate above and below the axis; one that would overlap its neighbour on that side moves a row out.
  const lastX = { up: [-Infinity, -Infinity], down: [-Infinity, -Infinity] };
  const placed = sorted.map((e, i) => {
    const cx = x(e.date);
    const side = i % 2 === 0 ? 'up' : 'down';
    const row = cx - lastX[side][0]! > 110 ? 0 : cx - lastX[side][1]! > 110 ? 1 : 0;
    lastX[side][row] = cx;
    const labelY = side === 'up' ? (row === 0 ? 62 : 34) : (row === 0 ? 122 : 152);
    return { e, cx, labelY, dateY: side === 'up' ? labelY - 12 : labelY + 13 };
  });
  return (
    <Box>
      <svg viewBox={`0 0 ${width} 172`} width="100%" role="img" aria-label={`Certification cycle: ${sorted.map((e) => `${e.label} ${e.date} (${e.state})`).join('; ')}`}>
        <line x1={20} x2={width - 20} y1={84} y2={84} stroke="#adb5bd" strokeWidth={2} />
        {years.map((y) => (
          <g key={y}>
            <line x1={x(`${y}-01-01`)} x2={x(`${y}-01-01`)} y1={76} y2={92} stroke="#adb5bd" />
            <text x={x(`${y}-01-01`) + 4} y={104} fontSize={11} textAnchor="start" fill="#495057">{y}</text>
          </g>
        ))}
        <line x1={x(today)} x2={x(today)} y1={14} y2={166} stroke="#862e9c" strokeDasharray="4 3" />
        <text x={x(today)} y={10} fontSize={12} textAnchor="middle" fill="#862e9c">today</text>
        {placed.map(({ e, cx, labelY, dateY }) => (
          <g key={`${e.label}-${e.date}`}>
            {e.dueBy ? <line x1={cx} x2={x(e.dueBy)} y1={84} y2={84} stroke={stateColor[e.state] ?? '#868e96'} strokeWidth={6} opacity={0.25} /> : null}
            <line x1={cx} x2={cx} y1={labelY < 84 ? labelY + 4 : labelY - 12} y2={84} stroke="#dee2e6" />
            <circle cx={cx} cy={84} r={8} fill={e.state === 'done' ? (stateColor.done as string) : 'white'} stroke={stateColor[e.state] ?? '#868e96'} strokeWidth={3} />
            <text x={cx} y={labelY} fontSize={12} textAnchor="middle" fill="#212529" fontWeight={600}>{e.label}</text>
            <text x={cx} y={dateY} fontSize={11} textAnchor="middle" fill="#495057">{e.date}</text>
          </g>
        ))}
      </svg>
      <Group gap="md" mt={4}>
        {Object.entries({ done: 'done', planned: 'planned', due: 'due, not booked', overdue: 'overdue' }).map(([k, label]) => (
          <Group key={k} gap={4}><Box w={10} h={10} style={{ borderRadius: 10, background: stateColor[k] }} aria-hidden /><Text size="xs">{label}</Text></Group>
        ))}
      </Group>
      <VisuallyHidden>
        <ul>{sorted.map((e) => <li key={`${e.label}-${e.date}`}>{e.label}: {e.date}, {e.state}</li>)}</ul>
      </VisuallyHidden>
    </Box>
  );
}
