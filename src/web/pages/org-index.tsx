// After sign-in: straight to the only organisation's dashboard, or a choice when there are several.
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link, Navigate } from 'react-router';
import { useOrganisations } from '../http/session.ts';
import { EmptyState, ErrorState, Loading } from '../components/states.tsx';

export default function OrgIndexPage() {
  const orgs = useOrganisations();
  if (orgs.isPending) return <Loading />;
  if (orgs.isError) return <ErrorState error={orgs.error} retry={() => void orgs.refetch()} />;
  if (orgs.data.length === 0) {
    return (
      <EmptyState title="You are not a member of any organisation yet">
        Ask an owner of your organisation to add you, or import an organisation with <code>aims import &lt;bundle&gt;</code>.
      </EmptyState>
    );
  }
  if (orgs.data.length === 1) return <Navigate to={`/orgs/${orgs.data[0]!.id}`} replace />;
  return (
    <>
      <Title order={1} size="h2" mb="md">Your organisations</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {orgs.data.map((o) => (
          <Card key={o.id} withBorder component={Link} to={`/orgs/${o.id}`} padding="lg">
            <Text fw={600}>{o.name}</Text>
            <Text size="sm" c="dimmed">Your role: {o.role}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
