import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';

/**
 * A real Redis server for a test, from Debian's `redis-server`: on a Unix socket in a folder of
 * its own (no port to collide with), writing every change to its append-only file before it
 * answers, as the class server's docs ask of a Redis that keeps classes.
 */
export interface TestRedis {
  /** The address to give the class server (`unix:///…`). */
  readonly url: string;
  /** Stops Redis as its service would (SIGTERM: the append-only file is flushed). */
  stop(): Promise<void>;
  /** Starts it again on the same socket and files, as after a restart of its machine. */
  restart(): Promise<void>;
  /** Stops it and deletes its files. */
  dispose(): Promise<void>;
}

function requireRedis(): void {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      "redis-server is not installed: the tests of several class server processes need Debian's redis-server (apt-get install -y redis-server; .ci/run installs it)",
    );
  }
}

async function launch(dir: string, socket: string): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      '0',
      '--unixsocket',
      socket,
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const start = Date.now();
  for (;;) {
    const probe = createClient({ socket: { path: socket, tls: false, reconnectStrategy: false } });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.ping();
      await probe.quit();
      return child;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - start > 10_000 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error('redis-server did not start in 10 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startRedis(): Promise<TestRedis> {
  requireRedis();
  const dir = mkdtempSync(join(tmpdir(), 'redis-'));
  const socket = join(dir, 'redis.sock');
  let child: ChildProcess | null = await launch(dir, socket);
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGTERM');
    await exited;
  };
  return {
    url: `unix://${socket}`,
    stop,
    async restart() {
      await stop();
      child = await launch(dir, socket);
    },
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
