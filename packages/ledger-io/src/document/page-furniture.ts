// Web pages and WeChat reposts wrap a document in furniture; these patterns recognise it by the line.

/** Lines dropped wherever they appear: share buttons, bylines, counters, bare dates and links. */
const FURNITURE = [
  /^(微信)?扫一扫/u,
  /^分享(到|至|\s*[:：])/u,
  /^(作者|来源|信息来源|文章来源|编辑|责任编辑|辑|发布时间|发布日期|发布机构|发布者|字号|字体|浏览次数|点击数|阅读次数|访问量|索引号|主题分类|发文机关|成文日期|文号)\s*[:：]/u,
  /^(举报|点赞|在看|收藏|分享|打印|关闭|更多|返回顶部)\s*[0-9]*$/u,
  /^[【[]\s*(打印|关闭|收藏|返回|字体|字号|大|中|小)/u,
  /^(上一篇|下一篇)/u,
  // A breadcrumb: 首页 > 信息公开 > 巡视整改, 当前位置：首页 › 通知公告.
  /^(当前位置|您的位置|您现在的位置|你的位置|你现在的位置)\s*[:：]/u,
  /^(首页|主页|网站首页)\s*[>＞›»/|]/u,
  /^(?=[^。;；]{1,80}$).+[>＞›»].+[>＞›»]/u,
  /^\d{1,2}-\d{1,2}$/u,
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/u,
  // A dateline that goes on with the byline: 2018-11-27 10:30 来源：中共佛山市委 【字体：大 中 小】.
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*(来源|作者|发布|浏览|阅读|字号|字体|【|\[)/u,
  /^(https?:\/\/|www\.)\S*$/iu,
  // Page numbers of a printed or converted document: — 3 —, - 3 -, 3, 第3页 共12页, 3/12.
  /^[-—–－\s]*[0-9０-９]{1,3}[-—–－\s]*$/u,
  /^第\s*[0-9０-９]{1,3}\s*页(\s*[,，/]?\s*共\s*[0-9０-９]{1,3}\s*页)?$/u,
  /^[0-9]{1,3}\s*\/\s*[0-9]{1,3}$/u,
];

/** Lines after which the rest of the page is furniture (read counts, disclaimers, QR codes). */
const FOOTER = [
  /^阅读\s*[0-9]+$/u,
  /^(声明|免责声明|评论)$/u,
  /^(版权声明|本站声明|免责声明)\s*[:：]/u,
  /扫描二维码|二维码关注|^关注.*(微信号|公众号)/u,
];

/** Lines that close the document: the call for comments, contact details, a signature's date. */
const CLOSING = [
  /^欢迎.*(监督|意见|反映)/u,
  /^(联系电话|联系方式|邮政信箱|通讯地址|邮政编码|电子邮箱)/u,
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u,
];

// A short line without punctuation or numbering right above the closing date: the signing organisation.
const SIGNATURE = /^[^0-9０-９(（。,，;；:：!！?？][^。,，;；:：!！?？]{1,29}$/u;

/** A paragraph of the document and the line (1-based) it stands on, for warnings a reviewer can find. */
export interface DocumentLine {
  text: string;
  line: number;
}

/**
 * The document's paragraphs without page furniture, each with its line number: one paragraph a non-empty
 * line, trimmed (full-width and no-break spaces included), and nothing from the closing (or, failing that,
 * the page footer) on.
 */
export function documentLines(text: string): DocumentLine[] {
  const paragraphs: string[] = [];
  const lines: number[] = [];
  for (const [index, rawLine] of text.split(/\r\n|\r|\n/u).entries()) {
    const line = rawLine.replace(/^[\s\u3000\u00a0\ufeff\u200b]+|[\s\u3000\u00a0\ufeff\u200b]+$/gu, '');
    if (line === '') continue;
    if (FOOTER.some((re) => re.test(line))) break;
    if (FURNITURE.some((re) => re.test(line))) continue;
    if (isRunningHeader(line, paragraphs)) continue;
    // Only a paragraph of substance makes a date or a contact line the close: at the top it is a byline.
    if (CLOSING.some((re) => re.test(line)) && paragraphs.some((p) => p.length > 40)) {
      const last = paragraphs[paragraphs.length - 1];
      if (last !== undefined && SIGNATURE.test(last) && /^\d{4}/u.test(line)) {
        paragraphs.pop();
        lines.pop();
      }
      break;
    }
    paragraphs.push(line);
    lines.push(index + 1);
  }
  return paragraphs.map((text, i) => ({ text, line: lines[i]! }));
}

/** A short unpunctuated line met again further on is a page's running header (the title repeated). */
function isRunningHeader(line: string, before: string[]): boolean {
  return (
    line.length <= 40 &&
    !/[。;；]/u.test(line) &&
    !/^[(（一二三四五六七八九十0-9０-９]/u.test(line) &&
    before.includes(line)
  );
}
