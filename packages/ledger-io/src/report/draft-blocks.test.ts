import type { ReportParagraph } from '@rectify/domain';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readLedgerDocument } from '../document/read-document.js';
import { draftBlocks } from './draft-blocks.js';
import { renderBlocksDocx } from './render-docx.js';
import { renderBlocksHtml } from './render-html.js';

const paragraphs: ReportParagraph[] = [
  { key: 'title', kind: 'TITLE', text: '中共某县委关于巡察整改进展情况的通报' },
  { key: 'as-of', kind: 'AS_OF', text: '（截至2019年9月30日）' },
  { key: 's2', kind: 'SECTION', text: '二、巡察反馈问题整改进展情况' },
  { key: 'issue-1', kind: 'AREA', text: '（一）党的建设方面' },
  { key: 'issue-2', kind: 'PROBLEM', text: '1.基层组织薄弱' },
  { key: 'issue-3', kind: 'ITEM', text: '关于“组织生活不规范”问题。' },
  { key: 'issue-3-rectification', kind: 'RECTIFICATION', text: '一是规范制度。二是开展检查。' },
  { key: 's3', kind: 'SECTION', text: '三、下一步工作' },
  { key: 'contact-phone', kind: 'CONTACT', text: '' },
  { key: 'signature', kind: 'SIGNATURE', text: '中共某县委' },
  { key: 'date', kind: 'DATE', text: '2019年9月30日' },
];

describe('a 通报 draft rendered', () => {
  it('leaves emptied paragraphs out and right-aligns the signature and date', () => {
    const blocks = draftBlocks(paragraphs);
    expect(blocks.map((b) => b.kind)).toEqual([
      'TITLE',
      'SUBTITLE',
      'SECTION',
      'AREA',
      'PROBLEM',
      'ITEM',
      'TEXT',
      'SECTION',
      'SIGNATURE',
      'SIGNATURE',
    ]);
    expect(renderBlocksHtml('通报', blocks)).toContain('<p class="signature">中共某县委</p>');
  });

  it('as Word: page numbers right on odd pages, left on even ones (GB/T 9704), read back as the same tree', async () => {
    const bytes = await renderBlocksDocx({ title: '通报', creator: '中共某县委' }, draftBlocks(paragraphs));
    const files = unzipSync(bytes);
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:evenAndOddHeaders');
    const footers = Object.keys(files)
      .filter((name) => /^word\/footer\d+\.xml$/u.test(name))
      .map((name) => strFromU8(files[name]!).match(/<w:jc w:val="(\w+)"/u)?.[1]);
    expect(footers.sort()).toEqual(['left', 'right']);
    const back = await readLedgerDocument('通报.docx', bytes);
    expect(back.title).toBe('中共某县委关于巡察整改进展情况的通报');
    const item = back.issues[0]!.children[0]!.children[0]!;
    expect(item).toMatchObject({ title: '组织生活不规范', titleLead: 'GUANYU' });
    expect(item.tasks.map((t) => t.measure)).toEqual(['规范制度。', '开展检查。']);
  });
});
