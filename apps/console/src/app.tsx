import { Admin, CustomRoutes, localStorageStore, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { HomePage } from './dashboard/dashboard.js';
import { DocumentImportPage } from './documents/document-import-page.js';
import { i18nProvider } from './i18n/i18n-provider.js';
import { Layout } from './layout/layout.js';
import { LoginPage } from './layout/login-page.js';
import { authProvider } from './providers/auth-provider.js';
import { dataProvider } from './providers/data-provider.js';
import { ApiClientCreate } from './resources/api-clients/api-client-create.js';
import { ApiClientList } from './resources/api-clients/api-client-list.js';
import { AuditList } from './resources/audit/audit-list.js';
import {
  InspectionCreate,
  InspectionEdit,
  InspectionList,
} from './resources/inspections/inspection-screens.js';
import { IssueCreate, IssueEdit } from './resources/issues/issue-form.js';
import { IssueShow } from './resources/issues/issue-show.js';
import { LeaderCreate, LeaderEdit, LeaderList } from './resources/leaders/leader-screens.js';
import { LedgerPage } from './resources/ledger/ledger-page.js';
import { TaskCreate } from './resources/tasks/task-create.js';
import { TaskEdit } from './resources/tasks/task-edit.js';
import { TaskList } from './resources/tasks/task-list.js';
import { TaskShow } from './resources/tasks/task-show.js';
import { UnitCreate, UnitEdit, UnitList } from './resources/units/unit-screens.js';
import { UserCreate, UserEdit, UserList } from './resources/users/user-screens.js';
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
      <CustomRoutes>
        <Route path="/ledger" element={<LedgerPage />} />
        <Route path="/documents/import" element={<DocumentImportPage />} />
      </CustomRoutes>
    </Admin>
  );
}
