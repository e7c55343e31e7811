import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { attribute, child, children, childValue, isW } from './ooxml.js';
import { type NumberingReference, WordNumbering } from './word-numbering.js';

/** A paragraph style's numbering and the style it is based on (w:basedOn), which it may inherit from. */
interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

/**
 * The text of a DOCX body, one line a paragraph, tables cell by cell, each numbered paragraph preceded by
 * the number Word shows for it (`（一）`, `1.`), which a text export would lose. Headers, footers, deleted
 * text, field codes and hidden runs are left out. Throws when the bytes are not a DOCX.
 */
export function readDocxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, {
    filter: (file) => ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'].includes(file.name),
  });
  const documentXml = files['word/document.xml'];
  if (documentXml === undefined) throw new Error('no word/document.xml');
  const root = (xml: Uint8Array | undefined) =>
    xml === undefined
      ? null
      : new DOMParser().parseFromString(strFromU8(xml), 'application/xml').documentElement;
  const document = root(documentXml);
  const body = document && child(document, 'body');
  if (!body) throw new Error('no w:body');
  const numbering = new WordNumbering(root(files['word/numbering.xml']));
  const styles = styleNumbering(root(files['word/styles.xml']));

  const lines: string[] = [];
  const visit = (node: Element) => {
    if (isW(node, 'p')) {
      const reference = numberingOf(node, styles);
      lines.push((reference === null ? '' : numbering.next(reference)) + runText(node));
      return;
    }
    for (const element of children(node)) if (element.localName !== 'Fallback') visit(element);
  };
  visit(body);
  return lines.join('\n');
}

/** The numbering reference of a paragraph: its own w:numPr, completed from its style's; numId 0 is none. */
function numberingOf(paragraph: Element, styles: Map<string, StyleNumbering>): NumberingReference | null {
  const properties = child(paragraph, 'pPr');
  const own = properties && child(properties, 'numPr');
  let numId = own && childValue(own, 'numId');
  const ownLevel = own && childValue(own, 'ilvl');
  let ilvl = ownLevel === undefined ? undefined : Number(ownLevel);
  const seen = new Set<string>();
  let style = properties && childValue(properties, 'pStyle');
  for (; style !== undefined && !seen.has(style); style = styles.get(style)?.basedOn) {
    seen.add(style);
    numId ??= styles.get(style)?.numId;
    ilvl ??= styles.get(style)?.ilvl;
  }
  if (numId === undefined || numId === '0') return null;
  return { numId, ilvl: ilvl ?? 0 };
}

/** Each paragraph style's numbering, from styles.xml's root (w:styles). */
function styleNumbering(styles: Element | null): Map<string, StyleNumbering> {
  const found = new Map<string, StyleNumbering>();
  if (styles === null) return found;
  for (const style of children(styles, 'style')) {
    const id = attribute(style, 'styleId');
    if (id === undefined) continue;
    const properties = child(style, 'pPr');
    const numPr = properties && child(properties, 'numPr');
    const numId = numPr && childValue(numPr, 'numId');
    const ilvl = numPr && childValue(numPr, 'ilvl');
    const basedOn = childValue(style, 'basedOn');
    found.set(id, {
      ...(numId === undefined ? {} : { numId }),
      ...(ilvl === undefined ? {} : { ilvl: Number(ilvl) }),
      ...(basedOn === undefined ? {} : { basedOn }),
    });
  }
  return found;
}

// Inside a paragraph: text, tabs and breaks; not deleted text, field codes, text boxes, properties, or the
// fallback copy of markup-compatibility content (mc:Fallback repeats mc:Choice).
const SKIPPED = new Set(['del', 'moveFrom', 'instrText', 'delText', 'pPr', 'rPr', 'txbxContent', 'Fallback']);

function runText(node: Element): string {
  let text = '';
  for (const element of children(node)) {
    if (SKIPPED.has(element.localName ?? '')) continue;
    if (isW(element, 'r') && isHidden(element)) continue;
    if (isW(element, 't')) text += element.textContent ?? '';
    else if (isW(element, 'tab')) text += '\t';
    else if (isW(element, 'br') || isW(element, 'cr')) text += '\n';
    else text += runText(element);
  }
  return text;
}

function isHidden(run: Element): boolean {
  const properties = child(run, 'rPr');
  const vanish = properties && child(properties, 'vanish');
  return vanish !== undefined && !['0', 'false', 'off'].includes(attribute(vanish, 'val') ?? 'true');
}
