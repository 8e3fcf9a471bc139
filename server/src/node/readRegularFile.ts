/**
 * Reads a file only if it is a regular file, opened without blocking: a FIFO
 * in the file's place (planted in a workspace, say) would otherwise block the
 * read forever, and with it one of libuv's four file-system threads.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** O_NONBLOCK does not exist on Windows, where opening a pipe by a file path is not a concern. */
export const NON_BLOCKING_READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
}

export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, NON_BLOCKING_READ);
  try {
    if (!(await handle.stat()).isFile()) throw new NotRegularFileError(`${path} is not a regular file`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
