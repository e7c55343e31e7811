import type { Element } from '@xmldom/xmldom';
import { formatNumber } from './number-formats.js';
import { attribute, child, children, childValue } from './ooxml.js';

/** One level of a numbering definition (w:lvl), as far as the number shown depends on it. */
interface Level {
  start: number;
  numFmt: string;
  /** `%1、`, `（%2）`: each %n is level n's counter in level n's format. */
  lvlText: string;
  /** w:lvlRestart: restart after a use of this 1-based level or one above it; 0 never; null after any above. */
  restart: number | null;
  /** w:isLgl: every %n shown as a decimal. */
  legal: boolean;
  /** What follows the number: a tab, a space or nothing (w:suff). */
  suffix: string;
}

/** A numbering instance (w:num): its definition and the levels it overrides. */
interface NumberingInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** A paragraph's numbering reference (w:numPr), from its own properties or its style's. */
export interface NumberingReference {
  numId: string;
  ilvl: number;
}

const LEVELS = 9;
const SUFFIX: Record<string, string> = { tab: '\t', space: ' ', nothing: '' };

/**
 * Word's automatic numbering (word/numbering.xml) replayed paragraph by paragraph, so that each numbered
 * paragraph gets the number Word shows in front of it. Counters belong to the abstract definition, as in
 * Word: instances of one definition continue each other's count unless an instance overrides a level's start.
 */
export class WordNumbering {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly instances = new Map<string, NumberingInstance>();
  private readonly counters = new Map<string, (number | null)[]>();
  private readonly started = new Set<string>();

  /** `root` is numbering.xml's root (w:numbering), null when the document numbers nothing. */
  constructor(root: Element | null) {
    if (root === null) return;
    for (const abstract of children(root, 'abstractNum')) {
      const levels: Level[] = [];
      for (const lvl of children(abstract, 'lvl')) levels[Number(attribute(lvl, 'ilvl') ?? 0)] = levelOf(lvl);
      this.abstracts.set(attribute(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of children(root, 'num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const override of children(num, 'lvlOverride')) {
        const start = childValue(override, 'startOverride');
        const lvl = child(override, 'lvl');
        overrides.set(Number(attribute(override, 'ilvl') ?? 0), {
          ...(start === undefined ? {} : { start: Number(start) }),
          ...(lvl === undefined ? {} : { level: levelOf(lvl) }),
        });
      }
      const abstractId = childValue(num, 'abstractNumId') ?? '';
      this.instances.set(attribute(num, 'numId') ?? '', { abstractId, overrides });
    }
  }

  /** The number shown in front of the next paragraph with this reference (`一、`, `（二）`, `3.`), or ''. */
  next({ numId, ilvl }: NumberingReference): string {
    const instance = this.instances.get(numId);
    const abstract = instance && this.abstracts.get(instance.abstractId);
    if (instance === undefined || abstract === undefined || ilvl < 0 || ilvl >= LEVELS) return '';
    const level = (i: number): Level => {
      const override = instance.overrides.get(i);
      const base = override?.level ?? abstract[i] ?? DEFAULT_LEVEL;
      return override?.start === undefined ? base : { ...base, start: override.start };
    };
    const counters = this.countersOf(instance.abstractId);
    if (!this.started.has(numId)) {
      // An instance that overrides a level's start restarts that level when first used.
      this.started.add(numId);
      for (const [i, override] of instance.overrides) if (override.start !== undefined) counters[i] = null;
    }
    const current = counters[ilvl];
    counters[ilvl] = current === null || current === undefined ? level(ilvl).start : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = level(deeper).restart;
      if (restart === null || (restart !== 0 && ilvl < restart)) counters[deeper] = null;
    }
    const shown = level(ilvl);
    if (shown.numFmt === 'bullet' || shown.numFmt === 'none') return '';
    const text = shown.lvlText.replace(/%([1-9])/gu, (_, digit: string) => {
      const i = Number(digit) - 1;
      const n = counters[i] ?? level(i).start;
      return formatNumber(n, shown.legal ? 'decimal' : level(i).numFmt);
    });
    return text + shown.suffix;
  }

  private countersOf(abstractId: string): (number | null)[] {
    let counters = this.counters.get(abstractId);
    if (counters === undefined) {
      counters = Array.from({ length: LEVELS }, () => null);
      this.counters.set(abstractId, counters);
    }
    return counters;
  }
}

const DEFAULT_LEVEL: Level = {
  start: 1,
  numFmt: 'decimal',
  lvlText: '',
  restart: null,
  legal: false,
  suffix: '',
};

function levelOf(lvl: Element): Level {
  const restart = childValue(lvl, 'lvlRestart');
  const legal = child(lvl, 'isLgl');
  return {
    start: Number(childValue(lvl, 'start') ?? 1),
    numFmt: childValue(lvl, 'numFmt') ?? 'decimal',
    lvlText: childValue(lvl, 'lvlText') ?? '',
    restart: restart === undefined ? null : Number(restart),
    legal: legal !== undefined && !['0', 'false', 'off'].includes(attribute(legal, 'val') ?? 'true'),
    suffix: SUFFIX[childValue(lvl, 'suff') ?? 'tab'] ?? '\t',
  };
}
