import * as domain from '@rectify/domain';
import { ImportAction, LedgerSheetKind } from '@rectify/services';
import { registerEnumType } from 'type-graphql';

// Every GraphQL enum is a domain enum: same values, described with the domain's bilingual labels.
function register(
  name: string,
  e: { object: object; values: readonly string[]; labels: Record<string, domain.Label> },
  description: string,
) {
  registerEnumType(e.object, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      e.values.map((v) => [v, { description: `${e.labels[v]?.zh} — ${e.labels[v]?.en}` }]),
    ),
  });
}

register('InspectionLevel', domain.InspectionLevel, 'The level of an inspection (巡视/巡察).');
register('InspectionKind', domain.InspectionKind, '巡视 or 巡察: the word generated documents print.');
register('IssueKind', domain.IssueKind, 'The level of a node of the feedback tree.');
register('IssueStatus', domain.IssueStatus, "An issue's status, derived from its tasks.");
register('TaskStatus', domain.TaskStatus, "A task's place in its lifecycle.");
register('TaskTerm', domain.TaskTerm, 'Immediate, by deadline, or long-term.');
register('WarningLevel', domain.WarningLevel, 'Deadline warning colour, computed at each read.');
register('UnitKind', domain.UnitKind, 'The kind of a unit.');
register('LeadingGroupRole', domain.LeadingGroupRole, "A leader's place in the leading group.");
register('Role', domain.Role, 'The role of a user or API client.');
register('PartnerScope', domain.PartnerScope, "What a partner department's token may read.");
register('ReportFormat', domain.ReportFormat, 'A format of the public progress report.');
register('ReportDraftStatus', domain.ReportDraftStatus, 'Where a 通报 draft is: drafted, frozen, published.');
register('ReportParagraphKind', domain.ReportParagraphKind, "A paragraph's place in the 通报's anatomy.");
register('ReportChange', domain.ReportChange, 'What one version of a 通报 draft changed.');
register('ParagraphChange', domain.ParagraphChange, 'How a paragraph differs between two versions.');
register('PublishedReportFormat', domain.PublishedReportFormat, 'A stored file of a published 通报.');
register('ProblemLead', domain.ProblemLead, '针对 or 关于: the word an item of the feedback opens with.');

export const SortDirection = domain.defineEnum({
  ASC: { zh: '升序', en: 'Ascending' },
  DESC: { zh: '降序', en: 'Descending' },
});
register('SortDirection', SortDirection, 'Sort order.');

register(
  'LedgerSheetKind',
  LedgerSheetKind,
  'Which list a spreadsheet holds: 问题清单, 任务清单 or 整改台账.',
);
register('LedgerImportAction', ImportAction, 'What an import does to one row.');

register('PasswordResetReason', domain.PasswordResetReason, 'Why a password reset code exists.');
register('PasswordResetStatus', domain.PasswordResetStatus, 'Where a password reset stands.');

register('JobKind', domain.JobKind, 'A kind of background work (each a queue of its own).');
register('JobState', domain.JobState, 'Where a background job stands in the queue.');
register(
  'GeneratedDocument',
  domain.GeneratedDocument,
  'A document the job queue generates from the ledger.',
);
register('FileGenerationState', domain.FileGenerationState, 'Where a file being generated stands.');

register('ChangeKind', domain.ChangeKind, 'A kind of change in the partner change feed.');
register('WebhookDeliveryStatus', domain.WebhookDeliveryStatus, 'Where one webhook delivery stands.');

register(
  'NoticeMode',
  domain.NoticeMode,
  'How a person wants a kind of notice: console only, e-mail now, daily digest.',
);
register('DeliveryChannel', domain.DeliveryChannel, 'Where an outbound message goes.');
register('RobotChannel', domain.RobotChannel, 'Which service a group robot belongs to (企业微信 or 钉钉).');
register('DeliveryStatus', domain.DeliveryStatus, 'Where an outbound message stands.');
