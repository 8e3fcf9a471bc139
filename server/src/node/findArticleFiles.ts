/**
 * Walks folders for article files. Shared by the CLI and the language server.
 * Skips version-control and dependency folders and excluded globs, follows
 * symbolic links once (a link back up the tree cannot loop), takes only
 * regular files (never a FIFO, whose read would block), and reports folders it
 * cannot read and links named like articles that lead nowhere, instead of
 * failing.
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

/**
 * Whether a file (path relative to the root) is an article: matched by the
 * globs, and neither it nor a folder above it excluded, so that a file changed
 * inside an excluded folder is left out just as the walk leaves it out.
 */
export function articleMatcher(options: FindOptions): (relativePath: string) => boolean {
  const include = picomatch([...options.include], { dot: true });
  const exclude = excludeMatcher(options);
  return (relativePath) => {
    const path = relativePath.split(sep).join('/');
    if (!include(path) || exclude(path)) return false;
    const folders = path.split('/').slice(0, -1);
    return !folders.some((name, i) => ALWAYS_EXCLUDED_FOLDERS.has(name) || exclude(folders.slice(0, i + 1).join('/')));
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
        } catch (error) {
          // A dangling link (or a link loop) named like an article is worth a word; any other is not.
          if (matches(relativePath)) result.errors.push({ path, message: `a symbolic link that leads nowhere (${describe(error)})` });
          continue;
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
