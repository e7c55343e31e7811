import { accountSecurityEn } from './account-security-en.js';
import { accountSecurityZh } from './account-security-zh.js';
import { appEn } from './app-en.js';
import { appZh } from './app-zh.js';
import { clueEn } from './clue-en.js';
import { clueZh } from './clue-zh.js';
import { deliveriesEn } from './deliveries-en.js';
import { deliveriesZh } from './deliveries-zh.js';
import { documentEn } from './document-en.js';
import { documentZh } from './document-zh.js';
import { jobsEn } from './jobs-en.js';
import { jobsZh } from './jobs-zh.js';
import { raZh } from './ra-zh.js';
import { reportEn } from './report-en.js';
import { reportZh } from './report-zh.js';
import { spreadsheetEn } from './spreadsheet-en.js';
import { spreadsheetZh } from './spreadsheet-zh.js';
import { webhooksEn } from './webhooks-en.js';
import { webhooksZh } from './webhooks-zh.js';
import { workflowEn } from './workflow-en.js';
import { workflowZh } from './workflow-zh.js';

/**
 * Every message catalogue of the console, by name, in the order they are merged (a later one adds keys beside
 * the earlier ones). The punctuation test reads each Chinese one, so a new catalogue is checked once listed here.
 */
export const ZH_CATALOGUES = {
  raZh,
  appZh,
  workflowZh,
  clueZh,
  spreadsheetZh,
  documentZh,
  reportZh,
  accountSecurityZh,
  jobsZh,
  webhooksZh,
  deliveriesZh,
};

/** The English catalogues, merged over react-admin's own English. */
export const EN_CATALOGUES = {
  appEn,
  workflowEn,
  clueEn,
  spreadsheetEn,
  documentEn,
  reportEn,
  accountSecurityEn,
  jobsEn,
  webhooksEn,
  deliveriesEn,
};
