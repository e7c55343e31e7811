import * as domain from '@rectify/domain';
import { ImportAction, LedgerSheetKind } from '@rectify/services';
import { domainEnum } from './domain-enum.js';

// Every GraphQL enum is a domain enum: same values, described with the domain's bilingual labels.
domainEnum('InspectionLevel', domain.InspectionLevel, 'The level of an inspection (巡视/巡察).');
domainEnum('InspectionKind', domain.InspectionKind, '巡视 or 巡察: the word generated documents print.');
domainEnum('IssueKind', domain.IssueKind, 'The level of a node of the feedback tree.');
domainEnum('IssueStatus', domain.IssueStatus, "An issue's status, derived from its tasks.");
domainEnum('TaskStatus', domain.TaskStatus, "A task's place in its lifecycle.");
domainEnum('TaskTerm', domain.TaskTerm, 'Immediate, by deadline, or long-term.');
domainEnum('WarningLevel', domain.WarningLevel, 'Deadline warning colour, computed at each read.');
domainEnum('UnitKind', domain.UnitKind, 'The kind of a unit.');
domainEnum('LeadingGroupRole', domain.LeadingGroupRole, "A leader's place in the leading group.");
domainEnum('Role', domain.Role, 'The role of a user or API client.');
domainEnum('PartnerScope', domain.PartnerScope, "What a partner department's token may read.");
domainEnum('ReportFormat', domain.ReportFormat, 'A format of the public progress report.');
domainEnum(
  'ReportDraftStatus',
  domain.ReportDraftStatus,
  'Where a 通报 draft is: drafted, frozen, published.',
);
domainEnum('ReportParagraphKind', domain.ReportParagraphKind, "A paragraph's place in the 通报's anatomy.");
domainEnum('ReportChange', domain.ReportChange, 'What one version of a 通报 draft changed.');
domainEnum('ParagraphChange', domain.ParagraphChange, 'How a paragraph differs between two versions.');
domainEnum('PublishedReportFormat', domain.PublishedReportFormat, 'A stored file of a published 通报.');
domainEnum('ProblemLead', domain.ProblemLead, '针对 or 关于: the word an item of the feedback opens with.');

export const SortDirection = domain.defineEnum({
  ASC: { zh: '升序', en: 'Ascending' },
  DESC: { zh: '降序', en: 'Descending' },
});
domainEnum('SortDirection', SortDirection, 'Sort order.');

domainEnum(
  'LedgerSheetKind',
  LedgerSheetKind,
  'Which list a spreadsheet holds: 问题清单, 任务清单 or 整改台账.',
);
domainEnum('LedgerImportAction', ImportAction, 'What an import does to one row.');

domainEnum('PasswordResetReason', domain.PasswordResetReason, 'Why a password reset code exists.');
domainEnum('PasswordResetStatus', domain.PasswordResetStatus, 'Where a password reset stands.');

domainEnum('JobKind', domain.JobKind, 'A kind of background work (each a queue of its own).');
domainEnum('JobState', domain.JobState, 'Where a background job stands in the queue.');
domainEnum(
  'GeneratedDocument',
  domain.GeneratedDocument,
  'A document the job queue generates from the ledger.',
);
domainEnum('FileGenerationState', domain.FileGenerationState, 'Where a file being generated stands.');

domainEnum('ChangeKind', domain.ChangeKind, 'A kind of change in the partner change feed.');
domainEnum('WebhookDeliveryStatus', domain.WebhookDeliveryStatus, 'Where one webhook delivery stands.');

domainEnum(
  'NoticeMode',
  domain.NoticeMode,
  'How a person wants a kind of notice: console only, e-mail now, daily digest.',
);
domainEnum('DeliveryChannel', domain.DeliveryChannel, 'Where an outbound message goes.');
domainEnum('RobotChannel', domain.RobotChannel, 'Which service a group robot belongs to (企业微信 or 钉钉).');
domainEnum('DeliveryStatus', domain.DeliveryStatus, 'Where an outbound message stands.');
