import { graphql } from '../graphql.js';
import { GeneratedFileFields } from '../providers/files.js';

// The 通报 workspace's operations: drafts, their paragraphs, versions, and the published files.

const ReportDraftFields = graphql(`
  fragment ReportDraftFields on ReportDraft {
    id inspectionId asOf title status version publishedAt contentSha256
  }
`);

export const DRAFTS = graphql(`query ReportDrafts { reportDrafts { ...ReportDraftFields } }`, [
  ReportDraftFields,
]);

export const DRAFT = graphql(
  `query ReportDraft($id: Int!) {
    reportDraft(id: $id) { ...ReportDraftFields paragraphs { key kind text live } }
  }`,
  [ReportDraftFields],
);

export const VERSIONS = graphql(`
  query ReportVersions($draftId: Int!) {
    reportVersions(draftId: $draftId) { number change paragraphKey authorName createdAt }
  }
`);

export const COMPARE = graphql(`
  query CompareReportVersions($draftId: Int!, $from: Int!, $to: Int!) {
    compareReportVersions(draftId: $draftId, from: $from, to: $to) { key kind change before after }
  }
`);

export const CREATE = graphql(
  `mutation CreateReportDraft($inspectionId: Int!, $asOf: String, $normalisePunctuation: Boolean) {
    createReportDraft(inspectionId: $inspectionId, asOf: $asOf, normalisePunctuation: $normalisePunctuation) {
      draft { ...ReportDraftFields } errors { field code message }
    }
  }`,
  [ReportDraftFields],
);

export const EDIT = graphql(
  `mutation EditReportParagraph($draftId: Int!, $version: Int!, $key: String!, $text: String!) {
    editReportParagraph(draftId: $draftId, version: $version, key: $key, text: $text) {
      draft { ...ReportDraftFields } errors { field code message }
    }
  }`,
  [ReportDraftFields],
);

export const FREEZE = graphql(
  `mutation FreezeReportDraft($draftId: Int!, $version: Int!) {
    freezeReportDraft(draftId: $draftId, version: $version) {
      draft { ...ReportDraftFields } errors { field code message }
    }
  }`,
  [ReportDraftFields],
);

export const PUBLISH = graphql(
  `mutation PublishReportDraft($draftId: Int!, $version: Int!) {
    publishReportDraft(draftId: $draftId, version: $version) {
      draft { ...ReportDraftFields } errors { field code message }
    }
  }`,
  [ReportDraftFields],
);

export const PUBLISHED_FILE = graphql(
  `query PublishedReport($draftId: Int!, $format: PublishedReportFormat!) {
    publishedReport(draftId: $draftId, format: $format) { ...GeneratedFile }
  }`,
  [GeneratedFileFields],
);

export const INSERT = graphql(
  `mutation InsertReportParagraph($draftId: Int!, $version: Int!, $afterKey: String!, $text: String!) {
    insertReportParagraph(draftId: $draftId, version: $version, afterKey: $afterKey, text: $text) {
      draft { ...ReportDraftFields } errors { field code message }
    }
  }`,
  [ReportDraftFields],
);

export const REMOVE = graphql(
  `mutation RemoveReportParagraph($draftId: Int!, $version: Int!, $key: String!) {
    removeReportParagraph(draftId: $draftId, version: $version, key: $key) {
      draft { ...ReportDraftFields } errors { field code message }
    }
  }`,
  [ReportDraftFields],
);
