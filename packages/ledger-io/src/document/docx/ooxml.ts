// Helpers for WordprocessingML read with @xmldom/xmldom: elements by local name in the `w:` namespace.
import type { Element, Node } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function isW(node: Node, localName: string): node is Element {
  return (
    node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === localName
  );
}

/** The element children of `parent`, optionally only those named `localName`. */
export function children(parent: Node, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    if (localName === undefined || isW(node, localName)) found.push(node as Element);
  }
  return found;
}

export function child(parent: Node, localName: string): Element | undefined {
  return children(parent, localName)[0];
}

/** The `w:val` of a child element (`<w:numFmt w:val="decimal"/>`), or undefined when there is none. */
export function childValue(parent: Node, localName: string): string | undefined {
  const element = child(parent, localName);
  return element === undefined ? undefined : attribute(element, 'val');
}

export function attribute(element: Element, localName: string): string | undefined {
  return element.hasAttributeNS(W, localName)
    ? (element.getAttributeNS(W, localName) ?? undefined)
    : undefined;
}
