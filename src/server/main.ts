/**
 * `npm run class -- [--port N] [--host ADDRESS] [--database FILE | --redis URL]`
 *
 * Starts a class server on this machine: the game for students' devices and the class over
 * socket.io, kept in one SQLite file (by default `class-data/class.sqlite` beside the project), so
 * stopping it loses nothing. Prints the addresses students can open, on this machine and the LAN.
 * With `--redis`, the classes are kept in that Redis instead, and every process started with the
 * same address shares them (several processes behind one address: docs/class-server.md).
 * Exit codes: 0 stopped by Ctrl-C; 2 usage; 1 it could not start (the port taken, say).
 */
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startClassServer } from './server.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: npm run class -- [--port N] [--host ADDRESS] [--database FILE | --redis URL]';

async function main(argv: readonly string[]): Promise<number> {
  let values: { port?: string; host?: string; database?: string; redis?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '0.0.0.0' },
        database: { type: 'string' },
        redis: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write(`--port must be a whole number from 0 to 65535\n${USAGE}\n`);
    return 2;
  }
  if (values.redis !== undefined && values.database !== undefined) {
    process.stderr.write(`give --database or --redis, not both\n${USAGE}\n`);
    return 2;
  }
  if (values.redis !== undefined && !/^(redis|rediss|unix):\/\//.test(values.redis)) {
    process.stderr.write(`--redis takes an address such as redis://127.0.0.1:6379\n${USAGE}\n`);
    return 2;
  }
  const database = values.database ?? resolve(PROJECT, 'class-data/class.sqlite');
  if (values.redis === undefined && database !== ':memory:')
    mkdirSync(dirname(resolve(database)), { recursive: true });
  let server: Awaited<ReturnType<typeof startClassServer>>;
  try {
    server = await startClassServer({
      port,
      host: values.host ?? '0.0.0.0',
      database,
      ...(values.redis !== undefined ? { redis: values.redis } : {}),
      site: resolve(PROJECT, 'dist'),
    });
  } catch (error) {
    process.stderr.write(
      `the class server could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  const keeping = values.redis === undefined ? database : withoutPassword(values.redis);
  process.stdout.write(`Give and Take class server, keeping the class in ${keeping}\n`);
  for (const address of addresses(values.host ?? '0.0.0.0'))
    process.stdout.write(`  http://${address}:${server.port}/\n`);
  process.stdout.write('Ctrl-C stops it; every move is kept, and the next start carries on.\n');
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await server.close();
  return 0;
}

/** A Redis address as it may be printed: a password in it is not. */
function withoutPassword(address: string): string {
  try {
    const url = new URL(address);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return address;
  }
}

/** The addresses students can reach: this machine, and each LAN address when listening on all. */
function addresses(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host.includes(':') ? `[${host}]` : host];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address as string);
  return ['localhost', ...lan];
}

// Exit at once when done: socket.io's Redis adapter reads its stream with a blocking call that
// would hold the process up to five seconds more, and everything acknowledged is already kept.
process.exit(await main(process.argv.slice(2)));
