import { createServer, type Server } from 'node:http';
import type { DatabaseHandle } from '@rectify/db';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { deliveryGauge, webhookDeliveryGauge } from './delivery-metrics.js';
import type { FinishedRequest } from './request-log.js';

/** Prometheus metrics of one API process; served on a listener of their own (serveMetrics), never the public one. */
export interface Metrics {
  registry: Registry;
  observeRequest(finished: FinishedRequest): void;
  countError(operation: string | null, code: string): void;
}

/** Routes as labels: a fixed set, whatever paths callers send. */
const routeOf = (path: string) =>
  path === '/graphql' || path === '/health' || path === '/ready'
    ? path
    : path.startsWith('/files/')
      ? '/files'
      : 'other';

/**
 * Operation names come from callers: the first 200 distinct ones are labels of their own, later ones share
 * one, so that no caller can grow the registry without bound.
 */
function boundedLabels(max: number) {
  const seen = new Set<string>();
  return (value: string | null) => {
    const label = value ?? '(none)';
    if (seen.has(label)) return label;
    if (seen.size >= max) return '(other)';
    seen.add(label);
    return label;
  };
}

export function createMetrics(handle: DatabaseHandle): Metrics {
  const registry = new Registry();
  // Process metrics (CPU, memory, handles, GC) and the event loop's lag, from prom-client.
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const operation = boundedLabels(200);
  const duration = new Histogram({
    name: 'rectify_http_request_duration_seconds',
    help: 'Time from a request arriving to its response ending, by route, GraphQL operation and status',
    labelNames: ['method', 'route', 'operation', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'rectify_graphql_errors_total',
    help: 'GraphQL errors answered, by operation and error code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const { pool } = handle;
  new Gauge({
    name: 'rectify_db_pool_connections',
    help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  deliveryGauge(handle, registry);
  webhookDeliveryGauge(handle, registry);
  return {
    registry,
    observeRequest({ info, method, path, status, seconds }) {
      duration.observe(
        { method, route: routeOf(path), operation: operation(info.operation), status: String(status) },
        seconds,
      );
    },
    countError(name, code) {
      errors.inc({ operation: operation(name), code });
    },
  };
}

/** GET /metrics, for a listener of its own (127.0.0.1 unless configured) that a Prometheus on the host scrapes. */
export function metricsServer(metrics: Metrics): Server {
  return createServer(async (req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') return res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': metrics.registry.contentType })
      .end(await metrics.registry.metrics());
  });
}
