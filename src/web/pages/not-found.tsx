// A path the app does not know: say so and offer the way back.
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/states.tsx';

export default function NotFoundPage() {
  return (
    <EmptyState title="There is no such page" action={<Button component={Link} to="/" variant="light">Go to your dashboard</Button>}>
      The link may be old, or the record may have been deleted.
    </EmptyState>
  );
}
