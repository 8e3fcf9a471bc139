/**
 * A real VS Code (code-server) on 127.0.0.1, with a throwaway profile and
 * extensions folder, started and ended by the tests.
 */
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { endProcessGroup, run, spawnTracked } from './processes';
import type { Tools } from './tools';

/** User settings that keep the workbench free of tips, welcome pages, updates and AI features. */
export const QUIET_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  // In the browser VS Code saves after a second by default (and then shows no dirty marker): the tests save themselves.
  'files.autoSave': 'off',
};

/** Folders of one throwaway code-server profile, all under `root`. */
export class Profile {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly logFile: string;

  constructor(readonly root: string) {
    this.userDataDir = join(root, 'user-data');
    this.extensionsDir = join(root, 'extensions');
    this.logFile = join(root, 'code-server.log');
    mkdirSync(join(this.userDataDir, 'User'), { recursive: true });
    mkdirSync(this.extensionsDir, { recursive: true });
    mkdirSync(join(root, 't'), { recursive: true });
  }

  writeUserSettings(settings: Record<string, unknown>): void {
    writeFileSync(join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  }

  /** Arguments and environment shared by every code-server command on this profile. */
  commandLine(tools: Tools, args: readonly string[]): { args: string[]; env: NodeJS.ProcessEnv } {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${join(tools.node, '..')}:${process.env.PATH ?? ''}`,
      // code-server keeps its config.yaml and session socket here: keep them out of the home folder.
      XDG_CONFIG_HOME: join(this.root, 'config'),
      XDG_DATA_HOME: join(this.root, 'data'),
      // VS Code leaves its IPC sockets in the temporary folder when it is ended (short path: sockets are limited to ~100 characters).
      TMPDIR: join(this.root, 't'),
      // No extension gallery: the machine reaches no marketplace, and the tests install from a .vsix.
      EXTENSIONS_GALLERY: '{}',
    };
    delete env.npm_config_nodedir;
    delete env.NODE_OPTIONS;
    return {
      args: [
        tools.codeServerEntry,
        '--user-data-dir', this.userDataDir,
        '--extensions-dir', this.extensionsDir,
        '--disable-telemetry',
        '--disable-update-check',
        ...args,
      ],
      env,
    };
  }
}

export async function installExtension(tools: Tools, profile: Profile, vsix: string): Promise<string> {
  const { args, env } = profile.commandLine(tools, ['--install-extension', vsix, '--force']);
  const result = await run(tools.node, args, { env, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`code-server --install-extension failed (${result.code}):\n${result.output}`);
  return result.output;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningCodeServer {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Ask whether to trust the folder (default: trust every folder, `--disable-workspace-trust`). */
  readonly workspaceTrust?: boolean;
  readonly timeoutMs?: number;
}

export async function startCodeServer(tools: Tools, profile: Profile, folder: string, options: CodeServerOptions = {}): Promise<RunningCodeServer> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const port = await freePort();
  const { args, env } = profile.commandLine(tools, [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    folder,
  ]);
  const log = createWriteStream(profile.logFile);
  const child: ChildProcess = spawnTracked(tools.node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  const pid = child.pid!;
  const server: RunningCodeServer = {
    url: `http://127.0.0.1:${port}`,
    pid,
    stop: async () => {
      await endProcessGroup(pid);
      log.end();
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`code-server exited with ${exitCode} before answering; see ${profile.logFile}`);
    try {
      const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer on ${server.url} within ${timeoutMs} ms; see ${profile.logFile}`);
    }
    await sleep(250);
  }
}
