import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { setUnauthenticatedHandler } from './api/client';
import { rememberLanguage } from './i18n';
import { ErrorAlert } from './components/ErrorAlert';
import { Loading } from './components/Loading';
import { RequireAuth, RequireRole } from './features/auth/RequireAuth';
import { SignInPage } from './features/auth/SignInPage';
import { signedOut, useSession } from './features/auth/session';
import { AppLayout } from './features/layout/AppLayout';
import { NotFoundPage } from './features/layout/NotFoundPage';

// Every page but the sign-in page loads when visited, so the first page carries only its own code (issue 10).
const PasswordPage = lazy(() => import('./features/auth/PasswordPage').then((m) => ({ default: m.PasswordPage })));
const InvitationPage = lazy(() => import('./features/auth/InvitationPage').then((m) => ({ default: m.InvitationPage })));
const PartnershipListPage = lazy(() => import('./features/partnerships/list/PartnershipListPage').then((m) => ({ default: m.PartnershipListPage })));
const PartnershipPage = lazy(() => import('./features/partnerships/detail/PartnershipPage').then((m) => ({ default: m.PartnershipPage })));
const HomePage = lazy(() => import('./features/home/HomePage').then((m) => ({ default: m.HomePage })));
// Forms and administration load when first opened; most visitors only read.
const PartnershipCreatePage = lazy(() => import('./features/partnerships/form/PartnershipFormPages').then((m) => ({ default: m.PartnershipCreatePage })));
const PartnershipEditPage = lazy(() => import('./features/partnerships/form/PartnershipFormPages').then((m) => ({ default: m.PartnershipEditPage })));
const UsersPage = lazy(() => import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const InvitePage = lazy(() => import('./features/users/InvitePage').then((m) => ({ default: m.InvitePage })));
const MunicipalityListPage = lazy(() => import('./features/municipalities/MunicipalityListPage').then((m) => ({ default: m.MunicipalityListPage })));
const MunicipalityCreatePage = lazy(() => import('./features/municipalities/MunicipalityFormPages').then((m) => ({ default: m.MunicipalityCreatePage })));
const MunicipalityEditPage = lazy(() => import('./features/municipalities/MunicipalityFormPages').then((m) => ({ default: m.MunicipalityEditPage })));
const ProgrammeSettingsPage = lazy(() => import('./features/programme/ProgrammeSettingsPage').then((m) => ({ default: m.ProgrammeSettingsPage })));
// The results framework (issue 3).
const FrameworkPage = lazy(() => import('./features/results/framework/FrameworkPage').then((m) => ({ default: m.FrameworkPage })));
const TrackingPage = lazy(() => import('./features/results/tracking/TrackingPage').then((m) => ({ default: m.TrackingPage })));
const ResultCreatePage = lazy(() => import('./features/results/result/ResultPages').then((m) => ({ default: m.ResultCreatePage })));
const ResultPage = lazy(() => import('./features/results/result/ResultPages').then((m) => ({ default: m.ResultPage })));
const IndicatorPage = lazy(() => import('./features/results/indicator/IndicatorPage').then((m) => ({ default: m.IndicatorPage })));
const IndicatorCreatePage = lazy(() => import('./features/results/indicator/IndicatorFormPages').then((m) => ({ default: m.IndicatorCreatePage })));
const IndicatorEditPage = lazy(() => import('./features/results/indicator/IndicatorFormPages').then((m) => ({ default: m.IndicatorEditPage })));
const ResultsSettingsPage = lazy(() => import('./features/results/settings/ResultsSettingsPage').then((m) => ({ default: m.ResultsSettingsPage })));
const PartnershipRisksPage = lazy(() => import('./features/risks/PartnershipRisksPage').then((m) => ({ default: m.PartnershipRisksPage })));
const RiskPage = lazy(() => import('./features/risks/RiskPage').then((m) => ({ default: m.RiskPage })));
const RiskCreatePage = lazy(() => import('./features/risks/form/RiskFormPages').then((m) => ({ default: m.RiskCreatePage })));
const RiskEditPage = lazy(() => import('./features/risks/form/RiskFormPages').then((m) => ({ default: m.RiskEditPage })));
const RiskReviewPage = lazy(() => import('./features/risks/form/ReviewFormPage').then((m) => ({ default: m.ReviewFormPage })));
const ProgrammeRisksPage = lazy(() => import('./features/risks/programme/ProgrammeRisksPage').then((m) => ({ default: m.ProgrammeRisksPage })));
// The annual cycle (issue 5): the programme calendar and the cycle settings.
const CalendarPage = lazy(() => import('./features/cycle/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CycleSettingsPage = lazy(() => import('./features/cycle/settings/CycleSettingsPage').then((m) => ({ default: m.CycleSettingsPage })));
// Network meetings and capacity building (issue 5), and the administrator's outbox of reminders.
const EventListPage = lazy(() => import('./features/events/EventListPage').then((m) => ({ default: m.EventListPage })));
const EventPage = lazy(() => import('./features/events/EventPage').then((m) => ({ default: m.EventPage })));
const EventCreatePage = lazy(() => import('./features/events/form/EventFormPages').then((m) => ({ default: m.EventCreatePage })));
const EventEditPage = lazy(() => import('./features/events/form/EventFormPages').then((m) => ({ default: m.EventEditPage })));
const OutboxPage = lazy(() => import('./features/outbox/OutboxPage').then((m) => ({ default: m.OutboxPage })));
// A partnership's documents and their versions (issue 6).
const PartnershipDocumentsPage = lazy(() => import('./features/documents/PartnershipDocumentsPage').then((m) => ({ default: m.PartnershipDocumentsPage })));
const AgreementPage = lazy(() => import('./features/agreements/AgreementPage').then((m) => ({ default: m.AgreementPage })));
const AgreementTemplatePage = lazy(() => import('./features/agreements/AgreementTemplatePage').then((m) => ({ default: m.AgreementTemplatePage })));
// A partnership's annual meetings (issue 6).
const MeetingPage = lazy(() => import('./features/meetings/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const MeetingCreatePage = lazy(() => import('./features/meetings/MeetingFormPages').then((m) => ({ default: m.MeetingCreatePage })));
const MeetingEditPage = lazy(() => import('./features/meetings/MeetingFormPages').then((m) => ({ default: m.MeetingEditPage })));
// Applications and their appraisal (issue 6).
const ApplicationPage = lazy(() => import('./features/applications/ApplicationPage').then((m) => ({ default: m.ApplicationPage })));
const ApplicationsOverviewPage = lazy(() => import('./features/applications/overview/ApplicationsOverviewPage').then((m) => ({ default: m.ApplicationsOverviewPage })));
// Work plans and budgets, and the programme's budget rules (issue 7).
const WorkPlanPage = lazy(() => import('./features/budget/WorkPlanPage').then((m) => ({ default: m.WorkPlanPage })));
const BudgetRulesPage = lazy(() => import('./features/budget/BudgetRulesPage').then((m) => ({ default: m.BudgetRulesPage })));
// Grants, instalments, the programme's funds and the payments plan (issue 7).
const PartnershipPaymentsPage = lazy(() => import('./features/payments/PartnershipPaymentsPage').then((m) => ({ default: m.PartnershipPaymentsPage })));
const ProgrammeFundsPage = lazy(() => import('./features/payments/ProgrammeFundsPage').then((m) => ({ default: m.ProgrammeFundsPage })));
const PaymentsPlanPage = lazy(() => import('./features/payments/PaymentsPlanPage').then((m) => ({ default: m.PaymentsPlanPage })));
// A partnership's annual reports: the editor that saves as you go, the review, versions and charts (issue 8).
const PartnershipReportsPage = lazy(() => import('./features/reports/PartnershipReportsPage').then((m) => ({ default: m.PartnershipReportsPage })));
const ReportPage = lazy(() => import('./features/reports/ReportPage').then((m) => ({ default: m.ReportPage })));
// The programme's annual reports, the audits of a partnership's accounts and the consolidated report (issue 8).
const ReportsOverviewPage = lazy(() => import('./features/reports/overview/ReportsOverviewPage').then((m) => ({ default: m.ReportsOverviewPage })));
const AuditsPage = lazy(() => import('./features/audits/AuditsPage').then((m) => ({ default: m.AuditsPage })));
const AuditPage = lazy(() => import('./features/audits/AuditPage').then((m) => ({ default: m.AuditPage })));
const ConsolidatedReportPage = lazy(() => import('./features/consolidated/ConsolidatedReportPage').then((m) => ({ default: m.ConsolidatedReportPage })));
// What the public sees of a partnership, and the IATI check before publishing (issue 9).
const PublicationPage = lazy(() => import('./features/publication/PublicationPage').then((m) => ({ default: m.PublicationPage })));
const IatiCheckPage = lazy(() => import('./features/iati/IatiCheckPage').then((m) => ({ default: m.IatiCheckPage })));
// The public portal (issue 9): anyone can open it, signed in or not; one small chunk of its own.
const PublicRoutes = lazy(() => import('./features/public/PublicRoutes'));

const isPublicPath = (path: string) => path === '/public' || path.startsWith('/public/');

export function App() {
  const session = useSession();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const userLanguage = session.data?.user?.language;
  const location = useLocation();

  // Signed in, the interface speaks the user's own language (and this browser remembers it).
  useEffect(() => {
    if (!userLanguage) return;
    rememberLanguage(userLanguage);
    if (i18n.resolvedLanguage !== userLanguage) void i18n.changeLanguage(userLanguage);
  }, [userLanguage, i18n]);

  // A session that ends on the server (expired, password changed elsewhere) ends here too.
  useEffect(() => {
    setUnauthenticatedHandler(() => signedOut(queryClient));
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  // The public pages do not wait for the session (a visitor has none): they start loading at once,
  // and their header shows the way in or back to the platform when the session is known.
  if (isPublicPath(location.pathname)) {
    return (
      <Routes>
        <Route
          path="/public/*"
          element={
            <Suspense
              fallback={
                <main id="main" className="app-main">
                  <Loading />
                </main>
              }
            >
              <PublicRoutes />
            </Suspense>
          }
        />
      </Routes>
    );
  }
  if (session.isPending) {
    return (
      <main id="main" className="app-main">
        <Loading />
      </main>
    );
  }
  if (session.isError) {
    return (
      <main id="main" className="app-main">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  }

  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/partnerships" element={<PartnershipListPage />} />
          <Route
            path="/partnerships/new"
            element={
              <RequireRole roles={['admin', 'programme_officer']}>
                <PartnershipCreatePage />
              </RequireRole>
            }
          />
          <Route path="/partnerships/:id" element={<PartnershipPage />} />
          <Route path="/partnerships/:id/edit" element={<PartnershipEditPage />} />
          <Route path="/partnerships/:id/results" element={<FrameworkPage />} />
          <Route path="/partnerships/:id/results/tracking" element={<TrackingPage />} />
          <Route path="/partnerships/:id/results/new" element={<ResultCreatePage />} />
          <Route path="/partnerships/:id/results/:resultId" element={<ResultPage />} />
          <Route path="/partnerships/:id/results/:resultId/indicators/new" element={<IndicatorCreatePage />} />
          <Route path="/partnerships/:id/results/indicators/:indicatorId" element={<IndicatorPage />} />
          <Route path="/partnerships/:id/results/indicators/:indicatorId/edit" element={<IndicatorEditPage />} />
          <Route path="/partnerships/:id/risks" element={<PartnershipRisksPage />} />
          <Route path="/partnerships/:id/risks/new" element={<RiskCreatePage />} />
          <Route path="/partnerships/:id/risks/:riskId" element={<RiskPage />} />
          <Route path="/partnerships/:id/risks/:riskId/edit" element={<RiskEditPage />} />
          <Route path="/partnerships/:id/risks/:riskId/review" element={<RiskReviewPage />} />
          <Route path="/partnerships/:id/documents" element={<PartnershipDocumentsPage />} />
          <Route path="/partnerships/:id/agreement" element={<AgreementPage />} />
          <Route path="/partnerships/:id/meetings/new" element={<MeetingCreatePage />} />
          <Route path="/partnerships/:id/meetings/:meetingId" element={<MeetingPage />} />
          <Route path="/partnerships/:id/meetings/:meetingId/edit" element={<MeetingEditPage />} />
          <Route path="/partnerships/:id/applications/:applicationId" element={<ApplicationPage />} />
          <Route path="/partnerships/:id/budget" element={<WorkPlanPage />} />
          <Route path="/programme/budget-rules" element={<BudgetRulesPage />} />
          <Route path="/partnerships/:id/payments" element={<PartnershipPaymentsPage />} />
          <Route path="/partnerships/:id/reports" element={<PartnershipReportsPage />} />
          <Route path="/partnerships/:id/reports/:reportId" element={<ReportPage />} />
          <Route path="/partnerships/:id/audits" element={<AuditsPage />} />
          <Route path="/partnerships/:id/audits/:auditId" element={<AuditPage />} />
          <Route path="/partnerships/:id/publication" element={<PublicationPage />} />
          <Route element={<RequireRole roles={['admin', 'programme_officer', 'donor_viewer']} />}>
            <Route path="/risks" element={<ProgrammeRisksPage />} />
            <Route path="/applications" element={<ApplicationsOverviewPage />} />
            <Route path="/programme/funds" element={<ProgrammeFundsPage />} />
            <Route path="/programme/payments" element={<PaymentsPlanPage />} />
            <Route path="/reports" element={<ReportsOverviewPage />} />
            <Route path="/programme/reports/consolidated" element={<ConsolidatedReportPage />} />
          </Route>
          <Route path="/events" element={<EventListPage />} />
          <Route path="/events/:id" element={<EventPage />} />
          <Route element={<RequireRole roles={['admin', 'programme_officer']} />}>
            <Route path="/events/new" element={<EventCreatePage />} />
            <Route path="/events/:id/edit" element={<EventEditPage />} />
          </Route>
          <Route path="/account/password" element={<PasswordPage />} />
          <Route element={<RequireRole roles={['admin', 'programme_officer']} />}>
            <Route path="/programme/cycle" element={<CycleSettingsPage />} />
            <Route path="/programme/agreement" element={<AgreementTemplatePage />} />
            <Route path="/programme/iati" element={<IatiCheckPage />} />
            <Route path="/municipalities" element={<MunicipalityListPage />} />
            <Route path="/municipalities/new" element={<MunicipalityCreatePage />} />
            <Route path="/municipalities/:id/edit" element={<MunicipalityEditPage />} />
          </Route>
          <Route element={<RequireRole roles={['admin']} />}>
            <Route path="/users" element={<UsersPage />} />
            <Route path="/users/invite" element={<InvitePage />} />
            <Route path="/programme" element={<ProgrammeSettingsPage />} />
            <Route path="/programme/results" element={<ResultsSettingsPage />} />
            <Route path="/admin/outbox" element={<OutboxPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
