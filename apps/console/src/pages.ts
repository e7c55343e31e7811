import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * Every page of the console, each loaded the first time it is opened: the first paint (the login form, or the
 * page a link names) carries react-admin and that one page, not all of them. Layout shows react-admin's
 * <Loading> while a page's chunk arrives.
 */
// biome-ignore lint/suspicious/noExplicitAny: a page's props are whatever react-admin gives that page.
function page<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

const tasks = {
  list: () => import('./resources/tasks/task-list.js'),
  show: () => import('./resources/tasks/task-show.js'),
  edit: () => import('./resources/tasks/task-edit.js'),
  create: () => import('./resources/tasks/task-create.js'),
};
export const TaskList = page(tasks.list, 'TaskList');
export const TaskShow = page(tasks.show, 'TaskShow');
export const TaskEdit = page(tasks.edit, 'TaskEdit');
export const TaskCreate = page(tasks.create, 'TaskCreate');

const issueForm = () => import('./resources/issues/issue-form.js');
export const IssueShow = page(() => import('./resources/issues/issue-show.js'), 'IssueShow');
export const IssueEdit = page(issueForm, 'IssueEdit');
export const IssueCreate = page(issueForm, 'IssueCreate');

const inspections = () => import('./resources/inspections/inspection-screens.js');
export const InspectionList = page(inspections, 'InspectionList');
export const InspectionEdit = page(inspections, 'InspectionEdit');
export const InspectionCreate = page(inspections, 'InspectionCreate');

const units = () => import('./resources/units/unit-screens.js');
export const UnitList = page(units, 'UnitList');
export const UnitEdit = page(units, 'UnitEdit');
export const UnitCreate = page(units, 'UnitCreate');

const leaders = () => import('./resources/leaders/leader-screens.js');
export const LeaderList = page(leaders, 'LeaderList');
export const LeaderEdit = page(leaders, 'LeaderEdit');
export const LeaderCreate = page(leaders, 'LeaderCreate');

const users = () => import('./resources/users/user-screens.js');
export const UserList = page(users, 'UserList');
export const UserEdit = page(users, 'UserEdit');
export const UserCreate = page(users, 'UserCreate');

export const ApiClientList = page(
  () => import('./resources/api-clients/api-client-list.js'),
  'ApiClientList',
);
export const ApiClientCreate = page(
  () => import('./resources/api-clients/api-client-create.js'),
  'ApiClientCreate',
);
export const AuditList = page(() => import('./resources/audit/audit-list.js'), 'AuditList');
export const JobsPage = page(() => import('./resources/jobs/jobs-page.js'), 'JobsPage');
export const WebhooksPage = page(() => import('./resources/webhooks/webhooks-page.js'), 'WebhooksPage');
export const DeliveriesPage = page(
  () => import('./resources/deliveries/deliveries-page.js'),
  'DeliveriesPage',
);

export const ClueList = page(() => import('./resources/clues/clue-list.js'), 'ClueList');
export const ClueShow = page(() => import('./resources/clues/clue-show.js'), 'ClueShow');
export const ClueCreate = page(() => import('./resources/clues/clue-create.js'), 'ClueCreate');
export const ClueEdit = page(() => import('./resources/clues/clue-edit.js'), 'ClueEdit');
export const ClueFiguresPage = page(
  () => import('./resources/clues/clue-figures-page.js'),
  'ClueFiguresPage',
);
export const DisclosureQueuePage = page(
  () => import('./resources/clues/disclosure-queue.js'),
  'DisclosureQueuePage',
);

export const HomePage = page(() => import('./dashboard/dashboard.js'), 'HomePage');
export const LedgerPage = page(() => import('./resources/ledger/ledger-page.js'), 'LedgerPage');
export const ReviewQueuePage = page(() => import('./resources/reviews/review-queue.js'), 'ReviewQueuePage');
export const InboxPage = page(() => import('./resources/inbox/inbox-page.js'), 'InboxPage');
export const ChangePasswordPage = page(
  () => import('./account/change-password-page.js'),
  'ChangePasswordPage',
);
export const SupervisionPage = page(
  () => import('./resources/supervision/supervision-page.js'),
  'SupervisionPage',
);
export const UnitFindingsPage = page(
  () => import('./resources/supervision/unit-findings-page.js'),
  'UnitFindingsPage',
);
export const SettingsPage = page(() => import('./resources/settings/settings-page.js'), 'SettingsPage');
export const PasswordResetApprovalsPage = page(
  () => import('./resources/account-security/password-reset-approvals.js'),
  'PasswordResetApprovalsPage',
);
export const ImportPage = page(() => import('./resources/spreadsheet/import-page.js'), 'ImportPage');
export const DocumentImportPage = page(
  () => import('./documents/document-import-page.js'),
  'DocumentImportPage',
);
export const ReportDraftsPage = page(() => import('./documents/report-drafts-page.js'), 'ReportDraftsPage');
