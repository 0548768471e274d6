import { InputError } from '@backstage/errors';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';

const WINDOWS_DRIVE = /^[a-zA-Z]:/;

function reject(field: string, value: string, reason: string): never {
  throw new InputError(
    `${field}: "${value}" is not a safe path inside the workspace (${reason})`,
  );
}

/**
 * Checks a workspace-relative path given as action input and returns its
 * normalised POSIX segments. Everything a path could use to leave the
 * workspace is refused before the file system is touched: parent segments,
 * absolute and Windows paths, and percent-encoded forms.
 *
 * @internal
 */
export function parseWorkspacePath(field: string, value: string): string[] {
  if (!value || !value.trim()) {
    reject(field, value, 'empty');
  }
  if ([...value].some(c => c.charCodeAt(0) < 0x20 || c === '\u007f')) {
    reject(field, value, 'control characters');
  }
  if (value.includes('\\')) {
    reject(field, value, 'backslashes are not allowed');
  }
  if (value.includes('%')) {
    reject(field, value, 'percent-encoded characters are not allowed');
  }
  if (path.posix.isAbsolute(value) || path.win32.isAbsolute(value)) {
    reject(field, value, 'absolute paths are not allowed');
  }
  if (WINDOWS_DRIVE.test(value)) {
    reject(field, value, 'drive letters are not allowed');
  }
  const segments = value.split('/').filter(s => s !== '' && s !== '.');
  if (segments.length === 0) {
    reject(field, value, 'names no file');
  }
  if (
    segments.some(s => s === '..' || s.trim() === '..' || /^\.{3,}$/.test(s))
  ) {
    reject(field, value, 'parent directory segments are not allowed');
  }
  if (segments.some(s => s.includes(':'))) {
    reject(field, value, 'colons are not allowed');
  }
  // Windows trims trailing spaces and dots, and shells expand a leading ~.
  if (segments.some(s => s.trim() !== s || s.startsWith('~'))) {
    reject(
      field,
      value,
      'names may not start with ~ or start or end with spaces',
    );
  }
  return segments;
}

async function lstatOrUndefined(target: string) {
  try {
    return await fs.lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

/**
 * Writes a file inside the workspace and nowhere else. Each directory on the
 * way is created one at a time and refused when it is a symlink, and the file
 * is opened with `O_NOFOLLOW`, so symlinks planted in the workspace (leaving
 * it, or dangling) cannot redirect the write.
 *
 * @internal
 * @returns The workspace-relative POSIX path that was written.
 */
export async function writeWorkspaceFile(options: {
  workspacePath: string;
  field: string;
  filePath: string;
  content: string;
}): Promise<string> {
  const { field, filePath, content } = options;
  const segments = parseWorkspacePath(field, filePath);
  const root = await fs.realpath(options.workspacePath);

  let current = root;
  for (const segment of segments.slice(0, -1)) {
    current = path.join(current, segment);
    const stat = await lstatOrUndefined(current);
    if (!stat) {
      await fs.mkdir(current);
    } else if (stat.isSymbolicLink()) {
      reject(field, filePath, `${segment} is a symlink`);
    } else if (!stat.isDirectory()) {
      reject(field, filePath, `${segment} is not a directory`);
    }
  }

  const target = path.join(current, segments[segments.length - 1]);
  const relative = path.relative(root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    reject(field, filePath, 'resolves outside the workspace');
  }
  const stat = await lstatOrUndefined(target);
  if (stat?.isSymbolicLink()) {
    reject(field, filePath, 'the file is a symlink');
  }
  if (stat && !stat.isFile()) {
    reject(field, filePath, 'the path is not a regular file');
  }

  const handle = await fs
    .open(
      target,
      fsConstants.O_WRONLY |
        fsConstants.O_CREAT |
        fsConstants.O_TRUNC |
        fsConstants.O_NOFOLLOW,
      0o644,
    )
    .catch(error => {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
        reject(field, filePath, 'the file is a symlink');
      }
      throw error;
    });
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
  return segments.join('/');
}
