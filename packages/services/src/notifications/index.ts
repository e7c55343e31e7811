export * from './daily-digest.js';
export * from './inbox.js';
export * from './mark-notifications-read.js';
export * from './notification-kind.js';
export { type NotificationDraft, notify, type Recipients } from './notify.js';
export * from './settle-to-dos.js';
