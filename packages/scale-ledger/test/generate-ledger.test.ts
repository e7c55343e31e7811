import { describe, expect, it } from 'vitest';
import { generateLedger, ledgerHash } from '../src/generate/generate-ledger.js';
import { scaledCounts } from '../src/generate/scale-ledger.js';

const TINY = scaledCounts(0.01);
const ledger = generateLedger(7, TINY);

describe('the scale ledger generator', () => {
  it('generates the counts asked for', () => {
    expect({
      units: ledger.units.length,
      leaders: ledger.leaders.length,
      issues: ledger.issues.length,
      tasks: ledger.tasks.length,
      progressReports: ledger.progressReports.length,
    }).toEqual(TINY);
  });

  it('gives the same data for the same seed, and other data for another', () => {
    expect(ledgerHash(generateLedger(7, TINY))).toBe(ledgerHash(ledger));
    expect(ledgerHash(generateLedger(8, TINY))).not.toBe(ledgerHash(ledger));
  });

  it('builds a tree of areas, problems and manifestations with unique codes and nested sort keys', () => {
    const byId = new Map(ledger.issues.map((i) => [i.id, i]));
    expect(ledger.issues.filter((i) => i.kind === 'AREA')).toHaveLength(5);
    expect(new Set(ledger.issues.map((i) => i.code)).size).toBe(ledger.issues.length);
    for (const issue of ledger.issues) {
      const parent = issue.parentId == null ? null : byId.get(issue.parentId)!;
      expect(parent?.kind ?? null).toBe(
        { AREA: null, PROBLEM: 'AREA', MANIFESTATION: 'PROBLEM' }[issue.kind],
      );
      if (parent) expect(issue.sortKey).toBe(`${parent.sortKey}.${String(issue.position).padStart(4, '0')}`);
    }
    const keys = ledger.issues.map((i) => i.sortKey);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives every task a lead unit and a measure of 100 to 300 characters', () => {
    for (const task of ledger.tasks) {
      expect(task.leadUnitId).toBeGreaterThan(0);
      expect(task.coUnitIds).not.toContain(task.leadUnitId);
      expect(task.measure.length).toBeGreaterThanOrEqual(100);
      expect(task.measure.length).toBeLessThanOrEqual(300);
    }
  });
});
