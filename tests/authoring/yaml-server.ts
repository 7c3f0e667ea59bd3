/**
 * A small Language Server Protocol client for the yaml-language-server that VS Code's YAML
 * extension runs: it starts the server over stdio, opens documents, asks for completions and
 * collects diagnostics. Every message is kept, so a test can print the exchange as a transcript.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(
  new URL('../../node_modules/yaml-language-server/bin/yaml-language-server', import.meta.url),
);

interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: number;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { message: string };
}

export interface CompletionItem {
  readonly label: string;
  readonly insertText?: string;
  readonly documentation?: string | { kind: string; value: string };
}

export interface Diagnostic {
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly message: string;
  readonly severity?: number;
}

/** One line of the transcript: what went which way. */
export interface Exchange {
  readonly direction: 'editor → server' | 'server → editor';
  readonly message: Message;
}

/** The settings an editor sends: validation and completion on, no schema downloads from the web. */
const SETTINGS = {
  yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } },
};

export class YamlServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly waiting = new Map<number, (message: Message) => void>();
  private readonly listeners: ((message: Message) => void)[] = [];
  readonly transcript: Exchange[] = [];

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.transcript.push({ direction: 'server → editor', message });
      if (message.method !== undefined && message.id !== undefined) this.answerServer(message);
      else if (message.id !== undefined) this.waiting.get(message.id)?.(message);
      else for (const listener of this.listeners) listener(message);
    }
  }

  /** The server asks for the editor's settings; anything else it asks is acknowledged. */
  private answerServer(request: Message): void {
    const items = (request.params as { items?: { section?: string }[] } | undefined)?.items ?? [];
    const result =
      request.method === 'workspace/configuration'
        ? items.map((item) => (item.section === 'yaml' ? SETTINGS.yaml : null))
        : null;
    this.send({ jsonrpc: '2.0', id: request.id!, result });
  }

  private send(message: Message): void {
    this.transcript.push({ direction: 'editor → server', message });
    const text = JSON.stringify(message);
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (message) => {
        this.waiting.delete(id);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result as T);
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The handshake an editor makes, with the workspace at `root`. */
  async initialize(root: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: root,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          completion: {
            completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true },
          },
          publishDiagnostics: {},
        },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
  }

  /** Opens a document (it need not exist on disk: the editor sends its text). */
  open(uri: string, text: string): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  /** Completions at a 0-based line and character. */
  async complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = await this.request<{ items: CompletionItem[] } | CompletionItem[]>(
      'textDocument/completion',
      {
        textDocument: { uri },
        position: { line, character },
      },
    );
    return Array.isArray(result) ? result : result.items;
  }

  /**
   * The diagnostics published for `uri`: the first non-empty list, or with `expectNone` the first
   * list of any kind (the server publishes an empty one for a file it finds nothing wrong with).
   */
  diagnostics(uri: string, expectNone = false, timeout = 15_000): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      let last: Diagnostic[] = [];
      const timer = setTimeout(() => resolve(last), timeout);
      this.listeners.push((message) => {
        const params = message.params as { uri?: string; diagnostics?: Diagnostic[] } | undefined;
        if (message.method !== 'textDocument/publishDiagnostics' || params?.uri !== uri) return;
        last = params.diagnostics ?? [];
        if (last.length > 0 || expectNone) {
          clearTimeout(timer);
          resolve(last);
        }
      });
    });
  }

  /** Shuts the server down politely, then makes sure it is gone. */
  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.child.kill(), 500).unref();
    }
  }
}
