/**
 * Editors and Node spell the same file URI differently (VS Code escapes more
 * characters than `pathToFileURL`), so documents are keyed by one canonical form.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

export function canonicalUri(uri: string): string {
  const path = filePathOf(uri);
  return path === undefined ? uri : pathToFileURL(path).href;
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfPath(path: string): string {
  return pathToFileURL(path).href;
}
