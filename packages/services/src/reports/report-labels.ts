import type { Label } from '@rectify/domain';
import { messages } from '../messages/index.js';

export const REPORT_DRAFT_LABEL: Label = messages.reports.reportDraft;
export const PUBLISHED_REPORT_LABEL: Label = messages.reports.publishedReport;
export const REPORT_VERSION_LABEL: Label = messages.reports.reportVersion;
export const PARAGRAPH_LABEL: Label = messages.reports.paragraph;

export const REPORT_DRAFT_FIELDS = {
  asOf: messages.reports.date,
  text: messages.reports.paragraphText,
} satisfies Record<string, Label>;
