/**
 * Open loop: requests go out at a fixed offered rate whatever the server does (a slow answer
 * does not hold the next request back, as it does with autocannon's 50 connections), and each
 * latency counts from when the request was due, so a server that falls behind shows it in p99
 * (no coordinated omission).
 */
import { Agent, request } from 'node:http';
import { percentile } from './bench-common';

export interface OpenLoopRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface OpenLoopResult {
  offered: number;
  sent: number;
  ok: number;
  failed: number;
  timedOut: number;
  /** Answers other than 2xx, by status. */
  statuses: Record<string, number>;
  p50: number;
  p99: number;
}

const TIMEOUT_MS = 10_000;

export async function openLoop(
  baseUrl: string,
  perSecond: number,
  seconds: number,
  next: (i: number) => OpenLoopRequest,
): Promise<OpenLoopResult> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let timedOut = 0;
  const statuses: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const start = performance.now();
  const total = Math.round(perSecond * seconds);
  const one = (i: number, due: number) =>
    new Promise<void>((done) => {
      const r = next(i);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: r.method,
          path: r.path,
          headers: { ...r.headers, 'Content-Length': String(Buffer.byteLength(r.body ?? '')) },
          agent,
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            if (text.length < 500) text += chunk.toString();
          });
          res.on('end', () => {
            if (res.statusCode !== undefined && res.statusCode >= 300 && failed === 0) {
              console.error(`open loop: first refusal ${res.statusCode}: ${text}`);
            }
            latencies.push(performance.now() - due);
            if (res.statusCode !== undefined && res.statusCode < 300) ok++;
            else {
              failed++;
              statuses[String(res.statusCode)] = (statuses[String(res.statusCode)] ?? 0) + 1;
            }
            done();
          });
        },
      );
      let expired = false;
      req.setTimeout(TIMEOUT_MS, () => {
        expired = true;
        req.destroy();
      });
      req.on('error', () => {
        if (expired) timedOut++;
        else failed++;
        done();
      });
      req.end(r.body);
    });
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(one(i, due));
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    offered: perSecond,
    sent: total,
    ok,
    failed,
    timedOut,
    statuses,
    p50: percentile(latencies, 50) ?? NaN,
    p99: percentile(latencies, 99) ?? NaN,
  };
}
