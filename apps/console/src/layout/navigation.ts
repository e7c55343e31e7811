import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AssignmentIcon from '@mui/icons-material/Assignment';
import BarChartIcon from '@mui/icons-material/BarChart';
import BusinessIcon from '@mui/icons-material/Business';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HistoryIcon from '@mui/icons-material/History';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import PersonIcon from '@mui/icons-material/Person';
import UploadFileIcon from '@mui/icons-material/UploadFile';
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
  { resource: 'documentImport', to: '/documents/import', icon: UploadFileIcon },
  { resource: 'inspections', to: '/inspections', icon: FactCheckIcon },
  { resource: 'units', to: '/units', icon: BusinessIcon },
  { resource: 'leaders', to: '/leaders', icon: PersonIcon },
  { resource: 'users', to: '/users', icon: ManageAccountsIcon },
  { resource: 'apiClients', to: '/apiClients', icon: VpnKeyIcon },
  { resource: 'auditEvents', to: '/auditEvents', icon: HistoryIcon },
];
