// A register's page: the product pages where a register carries the product, the generic list otherwise.
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../components/states.tsx';
import { registerBySlug } from '../../registers/navigation.ts';
import NotFoundPage from '../not-found.tsx';
import { RegisterList } from './register-list.tsx';

const SoaPage = lazy(() => import('../soa/soa-page.tsx'));
const RisksPage = lazy(() => import('../risks/risks-page.tsx'));
const DocumentsPage = lazy(() => import('../documents/documents-page.tsx'));
const EvidencePage = lazy(() => import('../evidence/evidence-page.tsx'));

export default function RegisterPage() {
  const { org = '', register = '' } = useParams();
  const nav = registerBySlug(register);
  if (!nav) return <NotFoundPage />;
  if (nav.name === 'soaEntries') return <Suspense fallback={<Loading />}><SoaPage org={org} /></Suspense>;
  if (nav.name === 'risks') return <Suspense fallback={<Loading />}><RisksPage org={org} /></Suspense>;
  if (nav.name === 'documents') return <Suspense fallback={<Loading />}><DocumentsPage org={org} /></Suspense>;
  if (nav.name === 'evidenceItems') return <Suspense fallback={<Loading />}><EvidencePage org={org} /></Suspense>;
  return <RegisterList key={nav.slug} org={org} nav={nav} />;
}
