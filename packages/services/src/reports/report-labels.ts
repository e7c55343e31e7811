import type { Label } from '@rectify/domain';

export const REPORT_DRAFT_LABEL: Label = { zh: '通报草稿', en: 'Report draft' };
export const PUBLISHED_REPORT_LABEL: Label = { zh: '已发布的通报', en: 'Published report' };
export const REPORT_VERSION_LABEL: Label = { zh: '通报版本', en: 'Report version' };
export const PARAGRAPH_LABEL: Label = { zh: '段落', en: 'Paragraph' };

export const REPORT_DRAFT_FIELDS = {
  asOf: { zh: '截至日期', en: 'As-of date' },
  text: { zh: '段落内容', en: 'Paragraph text' },
} satisfies Record<string, Label>;
