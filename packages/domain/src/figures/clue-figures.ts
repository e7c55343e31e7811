import type { ClueOutcome, ClueStatus } from '../enums/clue.js';
import { type Rate, rate } from './rate.js';

/** The facts of one clue case that the figures count. Duplicates (linked to a first intake) never count. */
export interface ClueFacts {
  status: ClueStatus;
  outcome: ClueOutcome | null;
  duplicateOfId: number | null;
}

export interface ClueFigures {
  received: number;
  concluded: number;
  caseFiled: number;
  substantiated: number;
  /** 办结率: concluded over received. */
  completionRate: Rate;
  /** 成案率: filed as a case over received. */
  caseFilingRate: Rate;
  /** 查实率: substantiated (fully or partly) over those with an outcome. */
  substantiationRate: Rate;
}

export function clueFigures(clues: readonly ClueFacts[]): ClueFigures {
  const counted = clues.filter((c) => c.duplicateOfId == null);
  const concluded = counted.filter((c) => c.status === 'CONCLUDED').length;
  const caseFiled = counted.filter((c) => c.status === 'CASE_FILED').length;
  const withOutcome = counted.filter((c) => c.outcome != null);
  const substantiated = withOutcome.filter(
    (c) => c.outcome === 'SUBSTANTIATED' || c.outcome === 'PARTLY_SUBSTANTIATED',
  ).length;
  return {
    received: counted.length,
    concluded,
    caseFiled,
    substantiated,
    completionRate: rate(concluded, counted.length),
    caseFilingRate: rate(caseFiled, counted.length),
    substantiationRate: rate(substantiated, withOutcome.length),
  };
}
