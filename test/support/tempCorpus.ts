/**
 * Throwaway folders of article files for tests, written from strings.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export class TempCorpus {
  readonly root: string;

  constructor(files: Record<string, string | Uint8Array> = {}) {
    this.root = mkdtempSync(join(tmpdir(), 'source-lens-test-'));
    for (const [name, content] of Object.entries(files)) this.write(name, content);
  }

  path(name: string): string {
    return join(this.root, name);
  }

  uri(name: string): string {
    return pathToFileURL(this.path(name)).href;
  }

  get rootUri(): string {
    return pathToFileURL(this.root).href;
  }

  write(name: string, content: string | Uint8Array): void {
    mkdirSync(dirname(this.path(name)), { recursive: true });
    writeFileSync(this.path(name), content);
  }

  remove(name: string): void {
    rmSync(this.path(name), { recursive: true, force: true });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
