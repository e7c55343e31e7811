import { graphql, type ResultOf, type VariablesOf } from '../graphql.js';
import { mutate, request } from './graphql-client.js';

const SETTINGS = graphql(`
  fragment OutboundSettingsFields on OutboundSettings {
    smtp { host port secure username passwordMasked from }
    consoleUrl
    quietHours { start end }
  }
`);

const ROBOT = graphql(`
  fragment GroupRobotFields on GroupRobot { id name channel urlMasked secretSet unitId leaderId active }
`);

/** The mail server, console address and quiet hours, secrets masked by the server. */
export type OutboundSettings = ResultOf<typeof SETTINGS>;
/** A group robot as the server shows it: its address masked, only whether a secret is stored. */
export type GroupRobot = ResultOf<typeof ROBOT>;

const LOAD = graphql(
  `query OutboundChannels {
    outboundSettings { ...OutboundSettingsFields }
    groupRobots { ...GroupRobotFields }
  }`,
  [SETTINGS, ROBOT],
);

const UPDATE_SETTINGS = graphql(
  `mutation UpdateOutboundSettings($input: OutboundSettingsInput!) {
    updateOutboundSettings(input: $input) { settings { ...OutboundSettingsFields } errors { field code message } }
  }`,
  [SETTINGS],
);

const SAVE_ROBOT = graphql(
  `mutation SaveGroupRobot($input: GroupRobotInput!) {
    saveGroupRobot(input: $input) { robot { ...GroupRobotFields } errors { field code message } }
  }`,
  [ROBOT],
);

const DELETE_ROBOT = graphql(
  `mutation DeleteGroupRobot($id: Int!) {
    deleteGroupRobot(id: $id) { id errors { field code message } }
  }`,
);

export type OutboundSettingsInput = VariablesOf<typeof UPDATE_SETTINGS>['input'];
export type GroupRobotInput = VariablesOf<typeof SAVE_ROBOT>['input'];

/** The settings and the robots, read together for the channels card. */
export const loadOutboundChannels = () => request(LOAD);

/** Saves the settings; the payload's errors name the field at fault (shown at that field, not thrown). */
export const updateOutboundSettings = async (input: OutboundSettingsInput) =>
  (await request(UPDATE_SETTINGS, { input })).updateOutboundSettings;

/** Adds a robot (no id) or changes one; errors as for {@link updateOutboundSettings}. */
export const saveGroupRobot = async (input: GroupRobotInput) =>
  (await request(SAVE_ROBOT, { input })).saveGroupRobot;

/** Switches a robot off or back on, keeping the rest as stored (its address and secret are not sent). */
export const setGroupRobotActive = (robot: GroupRobot, active: boolean) =>
  mutate(SAVE_ROBOT, {
    input: {
      id: robot.id,
      name: robot.name,
      channel: robot.channel,
      unitId: robot.unitId,
      leaderId: robot.leaderId,
      active,
    },
  });

/** Deletes a robot: the server cancels what it had still to post and keeps its past deliveries listed. */
export const deleteGroupRobot = (id: number) => mutate(DELETE_ROBOT, { id });
