import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ArticleIcon from '@mui/icons-material/Article';
import AssignmentIcon from '@mui/icons-material/Assignment';
import BarChartIcon from '@mui/icons-material/BarChart';
import BusinessIcon from '@mui/icons-material/Business';
import DonutSmallIcon from '@mui/icons-material/DonutSmall';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import GavelIcon from '@mui/icons-material/Gavel';
import GppMaybeIcon from '@mui/icons-material/GppMaybe';
import HistoryIcon from '@mui/icons-material/History';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import LockResetIcon from '@mui/icons-material/LockReset';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import NotificationsIcon from '@mui/icons-material/Notifications';
import PersonIcon from '@mui/icons-material/Person';
import PostAddIcon from '@mui/icons-material/PostAdd';
import RateReviewIcon from '@mui/icons-material/RateReview';
import SettingsIcon from '@mui/icons-material/Settings';
import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import WebhookIcon from '@mui/icons-material/Webhook';
import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import OutboxIcon from '@mui/icons-material/Outbox';
import VpnKeyIcon from '@mui/icons-material/VpnKey';
import type { ComponentType } from 'react';

export interface NavEntry {
  /** The resource whose `list` access (see resource-access.ts) decides whether the entry shows. */
  resource: string;
  to: string;
  icon: ComponentType;
}

/** The menu, in order. Which entries a role sees follows from RESOURCE_ACCESS, not from this list. */
export const NAVIGATION: readonly NavEntry[] = [
  { resource: 'dashboard', to: '/', icon: BarChartIcon },
  { resource: 'ledger', to: '/ledger', icon: AccountTreeIcon },
  { resource: 'tasks', to: '/tasks', icon: AssignmentIcon },
  { resource: 'reviews', to: '/reviews', icon: GavelIcon },
  { resource: 'inbox', to: '/inbox', icon: NotificationsIcon },
  { resource: 'supervision', to: '/supervision', icon: TravelExploreIcon },
  { resource: 'unitFindings', to: '/findings', icon: RateReviewIcon },
  { resource: 'clueCases', to: '/clueCases', icon: GppMaybeIcon },
  { resource: 'clueDisclosureQueue', to: '/clueDisclosureQueue', icon: HowToRegIcon },
  { resource: 'clueFigures', to: '/clueFigures', icon: DonutSmallIcon },
  { resource: 'passwordResetApprovals', to: '/passwordResetApprovals', icon: LockResetIcon },
  { resource: 'ledgerImport', to: '/import', icon: UploadFileIcon },
  { resource: 'documentImport', to: '/documents/import', icon: PostAddIcon },
  { resource: 'reportDrafts', to: '/reports', icon: ArticleIcon },
  { resource: 'inspections', to: '/inspections', icon: FactCheckIcon },
  { resource: 'units', to: '/units', icon: BusinessIcon },
  { resource: 'leaders', to: '/leaders', icon: PersonIcon },
  { resource: 'users', to: '/users', icon: ManageAccountsIcon },
  { resource: 'apiClients', to: '/apiClients', icon: VpnKeyIcon },
  { resource: 'webhooks', to: '/webhooks', icon: WebhookIcon },
  { resource: 'auditEvents', to: '/auditEvents', icon: HistoryIcon },
  { resource: 'jobs', to: '/jobs', icon: WorkHistoryIcon },
  { resource: 'deliveries', to: '/deliveries', icon: OutboxIcon },
  { resource: 'settings', to: '/settings', icon: SettingsIcon },
];
