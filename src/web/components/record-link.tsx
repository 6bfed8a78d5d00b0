// A link to a record named by register and id (camelCase from the checks or kebab-case from the API).
import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { registerBySlug } from '../registers/navigation.ts';

export function recordPath(org: string, register: string, id: string): string | undefined {
  const nav = registerBySlug(register);
  return nav ? `/orgs/${org}/r/${nav.slug}/${encodeURIComponent(id)}` : undefined;
}

export function RecordLink({ org, register, id, children }: { readonly org: string; readonly register: string; readonly id: string; readonly children?: ReactNode }) {
  const to = recordPath(org, register, id);
  const text = children ?? id;
  if (!to) return <>{text}</>;
  return <Anchor component={Link} to={to} size="sm">{text}</Anchor>;
}
