// The sidebar: the pages that carry the product first, then every register grouped by the Standard's clauses.
import { NavLink, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { navGroups, registerNav } from '../registers/navigation.ts';

interface Props {
  readonly org: string;
  readonly pathname: string;
  readonly onNavigate: () => void;
}

export function Sidebar({ org, pathname, onNavigate }: Props) {
  const base = `/orgs/${org}`;
  const main = [
    { to: base, label: 'Dashboard' },
    { to: `${base}/findings`, label: 'Findings' },
    { to: `${base}/evidence-index`, label: 'Evidence index' },
    { to: `${base}/r/soa-entries`, label: 'Statement of Applicability' },
    { to: `${base}/r/risks`, label: 'Risks' },
    { to: `${base}/r/ai-systems`, label: 'AI systems' },
    { to: `${base}/r/impact-assessments`, label: 'Impact assessments' },
    { to: `${base}/r/documents`, label: 'Documents' },
    { to: `${base}/r/evidence-items`, label: 'Evidence' },
    { to: `${base}/certification`, label: 'Certification' },
  ];
  const isActive = (to: string) => (to === base ? pathname === base : pathname === to || pathname.startsWith(`${to}/`));
  return (
    <Stack gap={2} component="nav" aria-label="Main">
      {main.map((item) => (
        <NavLink key={item.to} component={Link} to={item.to} label={item.label} active={isActive(item.to)} onClick={onNavigate} fw={500} />
      ))}
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">All registers</Text>
      {navGroups.map((group) => {
        const open = group.registers.some((r) => pathname.startsWith(`${base}/r/${registerNav[r].slug}`));
        return (
          <NavLink key={group.label} label={group.label} defaultOpened={open} childrenOffset="sm">
            {group.registers.map((r) => {
              const to = `${base}/r/${registerNav[r].slug}`;
              return <NavLink key={r} component={Link} to={to} label={registerNav[r].plural} active={isActive(to)} onClick={onNavigate} />;
            })}
          </NavLink>
        );
      })}
    </Stack>
  );
}
