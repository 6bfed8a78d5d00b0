// The organisation's side of the evidence requests: every request of every external audit, to answer.
import { Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { EvidenceRequests } from './evidence-requests.tsx';

export default function EvidenceRequestsPage() {
  const { org = '' } = useParams();
  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={1} size="h2">Evidence requests</Title>
        <Text size="sm" c="dimmed">What the certification body's auditors asked to see, by when, and the evidence each answer gives them.</Text>
      </div>
      <EvidenceRequests org={org} />
    </Stack>
  );
}
