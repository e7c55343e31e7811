import type { ProblemLead } from '@rectify/domain';

/** A paragraph that opens with the problem it answers: 针对“…”问题。 or 关于“…”问题 … */
export interface ProblemTitle {
  title: string;
  /** The word it opens with, kept so that a report printed from the ledger says it the same way. */
  lead: ProblemLead;
  /** What follows the title: the response. */
  rest: string;
}

const QUOTED = /^(针对|关于)\s*[“"「]([^”"」]+)[”"」]\s*(?:的)?问题\s*[。.,，;；:：]?\s*/u;
// Without quotes the problem may only be a short clause, so that 针对群众反映, … is not read as a title.
const UNQUOTED = /^(针对)([^“”"「」。.,，;；:：]{2,60}?)(?:的)?问题\s*[。.,，;；:：]?\s*/u;

/**
 * The problem title a paragraph opens with. Unquoted titles (针对党费、…不到位问题) are accepted only when
 * `allowUnquoted`, i.e. on a numbered line, where the numbering already says a problem starts here.
 */
export function matchProblemTitle(paragraph: string, allowUnquoted: boolean): ProblemTitle | null {
  const m = QUOTED.exec(paragraph) ?? (allowUnquoted ? UNQUOTED.exec(paragraph) : null);
  if (!m) return null;
  return {
    title: (m[2] ?? '').trim(),
    lead: m[1] === '关于' ? 'GUANYU' : 'ZHENDUI',
    rest: paragraph.slice(m[0].length).trim(),
  };
}
