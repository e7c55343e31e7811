import { graphql, type VariablesOf } from '../graphql.js';
import { request } from './graphql-client.js';

const PREFERENCES = graphql(`
  fragment NoticePreferencesFields on NoticePreferences { email modes { kind mode } }
`);

const MINE = graphql(`query MyNoticePreferences { myNoticePreferences { ...NoticePreferencesFields } }`, [
  PREFERENCES,
]);

const UPDATE = graphql(
  `mutation UpdateMyNoticePreferences($input: NoticePreferencesInput!) {
    updateMyNoticePreferences(input: $input) { preferences { ...NoticePreferencesFields } errors { field code message } }
  }`,
  [PREFERENCES],
);

export type NoticePreferencesInput = VariablesOf<typeof UPDATE>['input'];

/** The signed-in user's e-mail address and, per kind of notice, how it reaches them. */
export const myNoticePreferences = async () => (await request(MINE)).myNoticePreferences;

/** Saves the preferences; the payload's errors name the field at fault (shown there, not thrown). */
export const updateMyNoticePreferences = async (input: NoticePreferencesInput) =>
  (await request(UPDATE, { input })).updateMyNoticePreferences;
