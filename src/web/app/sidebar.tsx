// The sidebar: the pages that carry the product first, then every register grouped by the Standard's clauses.
import { NavLink, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RegisterName } from '../../domain/model/registers.ts';
import { navGroups, registerNav } from '../registers/navigation.ts';

/** What an external auditor may not read (the server refuses it too): the certification body's own business. */
const hiddenFromAuditors = new Set<RegisterName>(['accreditationBodies', 'certificationBodies', 'proposals', 'readinessSteps', 'mockInterviews', 'freezeBaselines']);

interface Props {
  readonly org: string;
  readonly role?: string;
  readonly pathname: string;
  readonly onNavigate: () => void;
}

export function Sidebar({ org, role, pathname, onNavigate }: Props) {
  const base = `/orgs/${org}`;
  const auditor = role === 'external-auditor';
  const main = auditor ? [
    { to: base, label: 'Your audit' },
    { to: `${base}/r/external-findings`, label: 'External findings' },
    { to: `${base}/r/soa-entries`, label: 'Statement of Applicability' },
    { to: `${base}/r/risks`, label: 'Risks' },
    { to: `${base}/r/ai-systems`, label: 'AI systems' },
    { to: `${base}/r/documents`, label: 'Documents' },
    { to: `${base}/r/evidence-items`, label: 'Evidence' },
  ] : [
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
    { to: `${base}/evidence-requests`, label: 'Evidence requests' },
  ];
  const groups = navGroups.map((g) => ({ ...g, registers: g.registers.filter((r) => !auditor || !hiddenFromAuditors.has(r)) })).filter((g) => g.registers.length > 0);
  const isActive = (to: string) => (to === base ? pathname === base : pathname === to || pathname.startsWith(`${to}/`));
  return (
    <Stack gap={2} component="nav" aria-label="Main">
      {main.map((item) => (
        <NavLink key={item.to} component={Link} to={item.to} label={item.label} active={isActive(item.to)} onClick={onNavigate} fw={500} />
      ))}
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">All registers</Text>
      {groups.map((group) => {
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
