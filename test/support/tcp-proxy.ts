/**
 * A TCP proxy between the app and PostgreSQL or Redis, so a suite can make a server "go away"
 * without touching the machine's shared servers (other suites run on them at the same time).
 *
 *   const proxy = await TcpProxy.start(5432);  // proxy.port forwards to 127.0.0.1:5432
 *   proxy.down('reset');     // every open connection is cut, new ones are refused at once
 *   proxy.down('blackhole'); // connections stay open but nothing flows (a hung server, a cut cable)
 *   proxy.up();              // new connections are forwarded again
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type OutageMode = 'reset' | 'blackhole';

export class TcpProxy {
  private mode: OutageMode | undefined;
  private readonly pairs = new Set<Pair>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
    const accepted: { proxy?: TcpProxy } = {};
    const server = createServer((client) => accepted.proxy?.accept(client, targetPort, targetHost));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('proxy has no port');
    accepted.proxy = new TcpProxy(server, address.port);
    return accepted.proxy;
  }

  get isDown(): boolean {
    return this.mode !== undefined;
  }

  /** Connections currently open through the proxy. */
  get connections(): number {
    return this.pairs.size;
  }

  down(mode: OutageMode): void {
    this.mode = mode;
    for (const pair of [...this.pairs]) {
      if (mode === 'reset') this.drop(pair);
      else hold(pair);
    }
  }

  /** Forwards new connections again; black-holed ones are cut, as a server restart would. */
  up(): void {
    this.mode = undefined;
    for (const pair of [...this.pairs]) if (pair.held) this.drop(pair);
  }

  async close(): Promise<void> {
    for (const pair of [...this.pairs]) this.drop(pair);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, targetPort: number, targetHost: string): void {
    client.on('error', () => undefined);
    if (this.mode === 'reset') {
      client.resetAndDestroy();
      return;
    }
    const pair: Pair = { client, held: false };
    this.pairs.add(pair);
    client.on('close', () => this.drop(pair));
    if (this.mode === 'blackhole') {
      hold(pair);
      return;
    }
    const upstream = connect(targetPort, targetHost);
    pair.upstream = upstream;
    upstream.on('error', () => this.drop(pair));
    upstream.on('close', () => this.drop(pair));
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private drop(pair: Pair): void {
    this.pairs.delete(pair);
    for (const socket of [pair.client, pair.upstream]) {
      if (socket && !socket.destroyed) socket.resetAndDestroy();
    }
  }
}

interface Pair {
  client: Socket;
  upstream?: Socket;
  held: boolean;
}

/** Nothing flows either way, and nothing is closed: the peer waits, as on a hung server. */
function hold(pair: Pair): void {
  pair.held = true;
  pair.client.unpipe();
  pair.upstream?.unpipe();
  pair.client.pause();
  pair.upstream?.pause();
}
