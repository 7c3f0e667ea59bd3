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
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      "redis-server is not installed: the tests of several class server processes need Debian's redis-server (apt-get install -y redis-server; .ci/run installs it)",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'redis-'));
  const socket = join(dir, 'redis.sock');
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
  const url = `unix://${socket}`;
  const start = Date.now();
  for (;;) {
    const probe = createClient({ socket: { path: socket, tls: false, reconnectStrategy: false } });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.ping();
      await probe.quit();
      break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - start > 10_000) {
      child.kill('SIGKILL');
      throw new Error('redis-server did not start in 10 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
