export * from './outbound-policy.js';
export * from './outbound-post.js';
export * from './outbound-url.js';
