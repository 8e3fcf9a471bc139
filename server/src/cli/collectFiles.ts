/**
 * Expands the paths given on the command line into article files. A file
 * named explicitly is always checked; folders contribute the files that match
 * the article globs.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { articleGlobs, DEFAULT_SETTINGS } from '../core/settings';
import { describe, findArticleFiles } from '../node/findArticleFiles';

export interface CollectedFiles {
  readonly files: string[];
  readonly errors: string[];
}

export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files = new Set<string>();
  const errors: string[] = [];
  for (const given of paths) {
    const path = resolve(given);
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const found = await findArticleFiles(path, { include: articleGlobs(DEFAULT_SETTINGS) });
        found.files.forEach((file) => files.add(file));
        errors.push(...found.errors.map((error) => `${error.path}: ${error.message}`));
      } else if (info.isFile()) {
        files.add(path);
      } else {
        errors.push(`${given}: not a regular file (a pipe, socket or device), so it is not read`);
      }
    } catch (error) {
      errors.push(`${given}: ${describe(error)}`);
    }
  }
  return { files: [...files], errors };
}
