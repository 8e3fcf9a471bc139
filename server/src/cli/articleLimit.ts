/**
 * The stderr line for the article files `check` and `clean` leave out
 * (core/corpus/articleLimit.ts chooses them, as it does for the server).
 */
import type { LeftOut } from '../core/corpus/articleLimit';

export function leftOutMessage(leftOut: LeftOut | undefined, describePath: (path: string) => string): string | undefined {
  if (leftOut === undefined) return undefined;
  return `source-lens: ${leftOut.found} article files found; only the first ${leftOut.limit} (in path order) are analysed. `
    + `${leftOut.count} files from ${describePath(leftOut.first)} on are left out (--max-articles raises the limit; memory grows by about 100 KB per article).\n`;
}
