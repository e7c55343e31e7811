export * from './create-webhook-subscription.js';
export * from './deliver-webhook.js';
export * from './delivery-pump.js';
export * from './list-webhooks.js';
export * from './send-test-webhook.js';
export * from './update-webhook-subscription.js';
export * from './webhook-signature.js';
export * from './webhook-views.js';
