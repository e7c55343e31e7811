import { defineEnum, type EnumValue } from './define-enum.js';

export const ClueSource = defineEnum({
  INSPECTION_TRANSFER: { zh: '巡视组移交', en: 'Transferred by the inspection team' },
  PETITION_OFFICE: { zh: '信访部门转办', en: 'Forwarded by the petition office' },
  DIRECT_REPORT: { zh: '直接受理', en: 'Received directly' },
  OTHER: { zh: '其他来源', en: 'Other source' },
});
export type ClueSource = EnumValue<typeof ClueSource>;

export const ClueKind = defineEnum({
  PETITION_REPORT: { zh: '信访举报件', en: 'Petition report' },
  PROBLEM_CLUE: { zh: '问题线索', en: 'Problem clue' },
});
export type ClueKind = EnumValue<typeof ClueKind>;

export const ClueStatus = defineEnum({
  RECEIVED: { zh: '已受理', en: 'Received' },
  ROUTED: { zh: '已归口', en: 'Routed' },
  IN_DISPOSAL: { zh: '处置中', en: 'In disposal' },
  SHELVED: { zh: '暂存待查', en: 'Shelved pending' },
  CONCLUDED: { zh: '已办结', en: 'Concluded' },
  CASE_FILED: { zh: '已立案', en: 'Case filed' },
});
export type ClueStatus = EnumValue<typeof ClueStatus>;

/** The five standard disposal methods (问题线索处置方式). */
export const DisposalMethod = defineEnum({
  TALK_OR_LETTER_INQUIRY: { zh: '谈话函询', en: 'Talk or letter inquiry' },
  PRELIMINARY_VERIFICATION: { zh: '初步核实', en: 'Preliminary verification' },
  SHELVE_PENDING: { zh: '暂存待查', en: 'Shelved pending' },
  CLOSE_WITHOUT_ACTION: { zh: '予以了结', en: 'Closed without action' },
  FILE_CASE: { zh: '立案审查调查', en: 'Filed as a case' },
});
export type DisposalMethod = EnumValue<typeof DisposalMethod>;

export const ClueOutcome = defineEnum({
  SUBSTANTIATED: { zh: '属实', en: 'Substantiated' },
  PARTLY_SUBSTANTIATED: { zh: '部分属实', en: 'Partly substantiated' },
  UNSUBSTANTIATED: { zh: '不属实', en: 'Unsubstantiated' },
});
export type ClueOutcome = EnumValue<typeof ClueOutcome>;
