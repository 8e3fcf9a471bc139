/**
 * Walks folders for article files. Shared by the CLI and the language server.
 * Skips version-control and dependency folders, follows symbolic links once
 * (a link back up the tree cannot loop), and reports folders it cannot read
 * instead of failing.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

export const ALWAYS_EXCLUDED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '.source-lens', '.vscode-test']);

export interface FindOptions {
  /** Globs relative to the root, such as `**\/*.txt`. */
  readonly include: readonly string[];
  /** Globs relative to the root whose matches are left out. */
  readonly exclude?: readonly string[];
}

export interface FindResult {
  readonly files: string[];
  readonly errors: { readonly path: string; readonly message: string }[];
}

function excludeMatcher(options: FindOptions): (relativePath: string) => boolean {
  return options.exclude && options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
}

export function articleMatcher(options: FindOptions): (relativePath: string) => boolean {
  const include = picomatch([...options.include], { dot: true });
  const exclude = excludeMatcher(options);
  return (relativePath) => {
    const path = relativePath.split(sep).join('/');
    return include(path) && !exclude(path);
  };
}

export async function findArticleFiles(root: string, options: FindOptions): Promise<FindResult> {
  const matches = articleMatcher(options);
  const excluded = excludeMatcher(options);
  const result: FindResult = { files: [], errors: [] };
  const visited = new Set<string>();

  const walk = async (folder: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(folder);
    } catch (error) {
      result.errors.push({ path: folder, message: describe(error) });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let directory;
    try {
      directory = await opendir(folder);
    } catch (error) {
      result.errors.push({ path: folder, message: describe(error) });
      return;
    }
    const subfolders: string[] = [];
    for await (const entry of directory) {
      const path = join(folder, entry.name);
      const relativePath = relative(root, path).split(sep).join('/');
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // A dangling link is no article.
        }
      }
      if (isDirectory) {
        if (!ALWAYS_EXCLUDED_FOLDERS.has(entry.name) && !excluded(relativePath)) subfolders.push(path);
      } else if (isFile && matches(relativePath)) {
        result.files.push(path);
      }
    }
    for (const subfolder of subfolders) await walk(subfolder);
  };

  await walk(root);
  result.files.sort();
  return result;
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'ELOOP') return 'too many levels of symbolic links';
    if (code === 'EISDIR') return 'is a folder';
  }
  return error instanceof Error ? error.message : String(error);
}
