// The route table: every page but sign-in is code-split, so the first page loads only what it draws.
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/states.tsx';
import { RequireSession } from './require-session.tsx';
import { SignInPage } from '../pages/sign-in.tsx';

const Shell = lazy(() => import('./shell.tsx'));
const SetupPage = lazy(() => import('../pages/setup.tsx'));
const OrgIndexPage = lazy(() => import('../pages/org-index.tsx'));
const DashboardPage = lazy(() => import('../pages/dashboard/dashboard-page.tsx'));
const TokensPage = lazy(() => import('../pages/tokens.tsx'));
const RegisterPage = lazy(() => import('../pages/registers/register-page.tsx'));
const RecordPage = lazy(() => import('../pages/records/record-page.tsx'));
const RecordEditPage = lazy(() => import('../pages/records/record-edit-page.tsx'));
const FindingsPage = lazy(() => import('../pages/findings/findings-page.tsx'));
const EvidenceIndexPage = lazy(() => import('../pages/findings/evidence-index-page.tsx'));
const CertificationPage = lazy(() => import('../pages/certification/certification-page.tsx'));
const EvidenceRequestsPage = lazy(() => import('../pages/audit/evidence-requests-page.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found.tsx'));

const page = (node: ReactNode) => <Suspense fallback={<Loading />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/setup', element: page(<SetupPage />) },
  {
    element: <RequireSession>{page(<Shell />)}</RequireSession>,
    children: [
      { path: '/', element: page(<OrgIndexPage />) },
      { path: '/account/tokens', element: page(<TokensPage />) },
      { path: '/orgs/:org', element: page(<DashboardPage />) },
      { path: '/orgs/:org/findings', element: page(<FindingsPage />) },
      { path: '/orgs/:org/evidence-index', element: page(<EvidenceIndexPage />) },
      { path: '/orgs/:org/certification', element: page(<CertificationPage />) },
      { path: '/orgs/:org/evidence-requests', element: page(<EvidenceRequestsPage />) },
      { path: '/orgs/:org/r/:register', element: page(<RegisterPage />) },
      { path: '/orgs/:org/r/:register/new', element: page(<RecordEditPage />) },
      { path: '/orgs/:org/r/:register/:id', element: page(<RecordPage />) },
      { path: '/orgs/:org/r/:register/:id/edit', element: page(<RecordEditPage />) },
      { path: '*', element: page(<NotFoundPage />) },
    ],
  },
]);
