import { Admin, CustomRoutes, localStorageStore, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { i18nProvider } from './i18n/i18n-provider.js';
import { Guarded } from './layout/guarded.js';
import { Layout } from './layout/layout.js';
import { LoginPage } from './layout/login-page.js';
import { NotFound } from './layout/not-found.js';
import {
  ApiClientCreate,
  ApiClientList,
  AuditList,
  ChangePasswordPage,
  ClueCreate,
  ClueEdit,
  ClueFiguresPage,
  ClueList,
  ClueShow,
  DisclosureQueuePage,
  DocumentImportPage,
  ReportDraftsPage,
  HomePage,
  ImportPage,
  InboxPage,
  InspectionCreate,
  InspectionEdit,
  InspectionList,
  IssueCreate,
  IssueEdit,
  IssueShow,
  LeaderCreate,
  LeaderEdit,
  LeaderList,
  LedgerPage,
  PasswordResetApprovalsPage,
  JobsPage,
  WebhooksPage,
  DeliveriesPage,
  ReviewQueuePage,
  SettingsPage,
  SupervisionPage,
  TaskCreate,
  TaskEdit,
  TaskList,
  TaskShow,
  UnitCreate,
  UnitEdit,
  UnitFindingsPage,
  UnitList,
  UserCreate,
  UserEdit,
  UserList,
} from './pages.js';
import { authProvider } from './providers/auth-provider.js';
import { dataProvider } from './providers/data-provider.js';
import { theme } from './theme.js';

// Namespaced and versioned: a new console version drops list settings saved by an older one.
const store = localStorageStore('1', 'rectify');

/**
 * The console. Every page and button asks authProvider.canAccess, which mirrors the domain's permissions for
 * the signed-in role; the API decides regardless.
 */
export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      theme={theme}
      layout={Layout}
      loginPage={LoginPage}
      catchAll={NotFound}
      dashboard={HomePage}
      title="巡视整改台账"
      requireAuth
      disableTelemetry
    >
      <Resource name="tasks" list={TaskList} show={TaskShow} edit={TaskEdit} create={TaskCreate} />
      <Resource
        name="issues"
        show={IssueShow}
        edit={IssueEdit}
        create={IssueCreate}
        recordRepresentation="code"
      />
      <Resource name="inspections" list={InspectionList} edit={InspectionEdit} create={InspectionCreate} />
      <Resource
        name="units"
        list={UnitList}
        edit={UnitEdit}
        create={UnitCreate}
        recordRepresentation="name"
      />
      <Resource
        name="leaders"
        list={LeaderList}
        edit={LeaderEdit}
        create={LeaderCreate}
        recordRepresentation="name"
      />
      <Resource
        name="users"
        list={UserList}
        edit={UserEdit}
        create={UserCreate}
        recordRepresentation="displayName"
      />
      <Resource name="apiClients" list={ApiClientList} create={ApiClientCreate} />
      <Resource name="auditEvents" list={AuditList} />
      <Resource name="progressReports" />
      <Resource
        name="clueCases"
        list={ClueList}
        show={ClueShow}
        create={ClueCreate}
        edit={ClueEdit}
        recordRepresentation="serial"
      />
      <CustomRoutes>
        <Route path="/ledger" element={<LedgerPage />} />
        <Route path="/reviews" element={<Guarded resource="reviews" page={<ReviewQueuePage />} />} />
        <Route path="/inbox" element={<InboxPage />} />
        <Route path="/account/password" element={<ChangePasswordPage />} />
        <Route path="/supervision" element={<Guarded resource="supervision" page={<SupervisionPage />} />} />
        <Route path="/findings" element={<Guarded resource="unitFindings" page={<UnitFindingsPage />} />} />
        <Route path="/settings" element={<Guarded resource="settings" page={<SettingsPage />} />} />
        <Route path="/clueFigures" element={<ClueFiguresPage />} />
        <Route path="/clueDisclosureQueue" element={<DisclosureQueuePage />} />
        <Route
          path="/passwordResetApprovals"
          element={<Guarded resource="passwordResetApprovals" page={<PasswordResetApprovalsPage />} />}
        />
        <Route path="/jobs" element={<Guarded resource="jobs" page={<JobsPage />} />} />
        <Route path="/webhooks" element={<Guarded resource="webhooks" page={<WebhooksPage />} />} />
        <Route path="/deliveries" element={<Guarded resource="deliveries" page={<DeliveriesPage />} />} />
        <Route path="/import" element={<Guarded resource="ledgerImport" page={<ImportPage />} />} />
        <Route
          path="/documents/import"
          element={<Guarded resource="documentImport" page={<DocumentImportPage />} />}
        />
        <Route path="/reports" element={<Guarded resource="reportDrafts" page={<ReportDraftsPage />} />} />
      </CustomRoutes>
    </Admin>
  );
}
