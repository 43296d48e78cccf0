/**
 * A small closed-loop HTTP load generator for loopback benchmarks (in the spirit of autocannon,
 * which reports no p95): `connections` keep-alive sockets, each sending its next request as soon
 * as the previous answer has arrived, for a fixed time or number of requests. Every latency is
 * kept, so percentiles are exact rather than read off a histogram.
 */
import http from "node:http";

export type LoadRequest = {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type LoadAnswer = { status: number; body: string; ms: number };

export type LoadSpec = {
  origin: string;
  connections: number;
  /** Stop sending after this long (ms) … */
  durationMs: number;
  /** … or after this many requests in all, whichever comes first. */
  maxRequests?: number;
  /** A client-side time-out: a request unanswered this long counts as an error (a hang). */
  timeoutMs?: number;
  /** The next request of connection `connection` (0-based); `seq` counts that connection's requests. */
  request: (connection: number, seq: number) => LoadRequest;
  /** Whether an answer is a success; may record state (e.g. a new version) for the next request. */
  check?: (connection: number, answer: LoadAnswer) => boolean;
};

export type LoadResult = {
  requests: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  errorSamples: string[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Completed requests per second over the run. */
  throughput: number;
  seconds: number;
};

/** The nearest-rank percentile of sorted values (ms). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function send(
  agent: http.Agent,
  origin: string,
  request: LoadRequest,
  timeoutMs: number,
): Promise<LoadAnswer | "timeout" | Error> {
  const url = new URL(request.path, origin);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        agent,
        method: request.method ?? "GET",
        headers: {
          ...(request.body !== undefined
            ? { "content-length": String(Buffer.byteLength(request.body)) }
            : {}),
          ...request.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
        res.on("error", (error) => resolve(error));
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve("timeout");
    });
    req.on("error", (error) => resolve(error));
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.connections });
  const timeoutMs = spec.timeoutMs ?? 30_000;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const errorSamples: string[] = [];
  let sent = 0;
  let errors = 0;
  let timeouts = 0;
  const started = Date.now();
  const deadline = started + spec.durationMs;
  const more = () =>
    Date.now() < deadline && (spec.maxRequests === undefined || sent < spec.maxRequests);
  const noteError = (text: string) => {
    errors += 1;
    if (errorSamples.length < 5) errorSamples.push(text.slice(0, 300));
  };

  async function connection(index: number): Promise<void> {
    for (let seq = 0; more(); seq += 1) {
      sent += 1;
      const answer = await send(agent, spec.origin, spec.request(index, seq), timeoutMs);
      if (answer === "timeout") {
        timeouts += 1;
        noteError(`no answer within ${timeoutMs} ms`);
        continue;
      }
      if (answer instanceof Error) {
        statuses.socket = (statuses.socket ?? 0) + 1;
        noteError(answer.message);
        continue;
      }
      latencies.push(answer.ms);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      const ok = spec.check ? spec.check(index, answer) : answer.status === 200;
      if (!ok) noteError(`${answer.status}: ${answer.body.slice(0, 200)}`);
    }
  }

  await Promise.all(Array.from({ length: spec.connections }, (_, i) => connection(i)));
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sent,
    errors,
    timeouts,
    statuses,
    errorSamples,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    throughput: latencies.length / seconds,
    seconds,
  };
}
