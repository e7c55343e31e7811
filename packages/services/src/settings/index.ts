export * from './warning-settings.js';
