import { describe, expect, it } from 'vitest';
import { isClueDisposalHeading, statedClueFigures } from './clue-disposal.js';

describe('isClueDisposalHeading', () => {
  it('knows the section on the cases handed over, and not a problem that mentions petitions', () => {
    expect(isClueDisposalHeading('依规依纪依法,认真处置省委巡视组移交信访举报和问题线索')).toBe(true);
    expect(isClueDisposalHeading('巡视移交问题线索办理情况')).toBe(true);
    expect(isClueDisposalHeading('巡视期间收到的反映处级以下干部的信访举报较多')).toBe(false);
    expect(isClueDisposalHeading('关于“信访举报处置不及时”问题')).toBe(false);
    expect(isClueDisposalHeading('党的建设方面存在的问题')).toBe(false);
  });
});

describe('statedClueFigures', () => {
  it('gives each figure to the kind of case named before it, whatever the digits and wording', () => {
    const text =
      '巡视组共移交信访举报件１２０件，已办结１０５件，办结率为87.5％；' +
      '移交问题线索25条，已办结了20条，其中立案审查调查6条，成案率24%，查实率达到40.0%。';
    expect(statedClueFigures('移交信访举报和问题线索办理情况', text).byKind).toEqual([
      {
        kind: 'PETITION_REPORT',
        received: 120,
        concluded: 105,
        caseFiled: null,
        completionPercent: 87.5,
        caseFilingPercent: null,
        substantiationPercent: null,
      },
      {
        kind: 'PROBLEM_CLUE',
        received: 25,
        concluded: 20,
        caseFiled: 6,
        completionPercent: null,
        caseFilingPercent: 24,
        substantiationPercent: 40,
      },
    ]);
  });

  it('goes by the unit when no kind is named, and states nothing it does not find', () => {
    expect(statedClueFigures('线索处置', '已办结3条，立案1条。').byKind).toEqual([
      expect.objectContaining({ kind: 'PROBLEM_CLUE', concluded: 3, caseFiled: 1, received: null }),
    ]);
    expect(statedClueFigures('线索处置', '不断提升办结率、查实率、成案率。').byKind).toEqual([]);
  });
});
