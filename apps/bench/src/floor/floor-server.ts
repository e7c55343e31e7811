import { createServer, type Server, type ServerResponse } from 'node:http';
import { todayOf } from '@rectify/services';
import type pg from 'pg';
import { FLOOR_Q1, floorQ1Body, floorQ2, floorQ2Body } from './floor-sql.js';

/**
 * The floor: a bare node:http server answering Q1 (`/q1`) and Q2 (`/q2?unit=<id>`) from one SQL statement
 * each, writing the JSON text PostgreSQL built. No authentication, no GraphQL, no parsing: the best any
 * GraphQL layer on this database could do.
 */
export function createFloorServer(pool: pg.Pool, onStatement: () => void = () => {}): Server {
  const send = (res: ServerResponse, body: string) =>
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  const answer = async (url: URL, res: ServerResponse) => {
    onStatement();
    if (url.pathname === '/q1') {
      const { rows } = await pool.query<{ node: string }>(FLOOR_Q1);
      return send(res, floorQ1Body(rows.map((r) => r.node)));
    }
    const today = todayOf({ now: () => new Date() });
    const { rows } = await pool.query<{ node: string; total: string }>(
      floorQ2(Number(url.searchParams.get('unit')), today),
    );
    send(res, floorQ2Body(rows));
  };
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    if (url.pathname !== '/q1' && url.pathname !== '/q2') return res.writeHead(404).end();
    try {
      await answer(url, res);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
}
