// Reads one file of a bundle folder as text. Anything that is not a regular file of the folder (a link out of it,
// a FIFO, a device, a socket) is refused without being opened, a file over the size limit without being read,
// and bytes that are not UTF-8 text YAML allows are refused rather than replaced, so nothing foreign is echoed.
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ErrorDetail } from '../../domain/index.ts';
import { bytes, MAX_FILE_BYTES } from './limits.ts';

export type FileText = { readonly text: string; readonly problem?: undefined } | { readonly problem: ErrorDetail };

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Everything YAML allows in a stream: tab, line breaks and the printable characters (YAML 1.2, 5.1). */
const NOT_YAML_TEXT = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function where(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** The text of `data`, or where it stops being UTF-8 text YAML may hold. */
export function decodeText(file: string, data: Uint8Array): FileText {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    // Decoded leniently, every character before the first bad byte is exact, so the prefix's length in bytes is its offset.
    const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
    for (let i = loose.indexOf('\uFFFD'); i >= 0; i = loose.indexOf('\uFFFD', i + 1)) {
      const offset = Buffer.byteLength(loose.slice(0, i));
      if (data[offset] === 0xef && data[offset + 1] === 0xbf && data[offset + 2] === 0xbd) continue; // a real U+FFFD
      const byte = `0x${data[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
      return { problem: { file, ...where(loose, i), message: `is not UTF-8 text: the byte ${byte} at byte offset ${offset} is not part of a UTF-8 character (Latin-1 or another encoding?); save the file as UTF-8` } };
    }
    return { problem: { file, message: 'is not UTF-8 text; save the file as UTF-8 (nothing was read from it)' } };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const bad = NOT_YAML_TEXT.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return {
      problem: {
        file, ...where(text, bad.index),
        message: `holds the control character U+${code} at byte offset ${Buffer.byteLength(text.slice(0, bad.index))}: YAML text may hold no control characters `
          + 'besides tab and line breaks (write it as an escape such as "\\u0000" in a double-quoted value)',
      },
    };
  }
  return { text };
}

/**
 * The text of the bundle file at `path`, in the bundle folder whose real path is `folder`. A symbolic link is
 * followed only to a regular file directly in the folder; one to anything else is refused without being read.
 */
export async function readBundleFile(path: string, folder: string): Promise<FileText> {
  const refuse = (message: string): FileText => ({ problem: { file: path, message } });
  let stats: Stats;
  let target = path;
  try {
    stats = await lstat(path);
    if (stats.isSymbolicLink()) {
      let real: string;
      try {
        real = await realpath(path);
      } catch (error) {
        return refuse(`is a symbolic link to nothing that can be read (${codeOf(error)})`);
      }
      if (dirname(real) !== folder) {
        return refuse('is a symbolic link to a file outside the bundle folder; it was refused without being read (copy the file into the folder instead)');
      }
      target = real;
      stats = await stat(real);
    }
  } catch (error) {
    return refuse(`cannot be read (${codeOf(error)})`);
  }
  if (!stats.isFile()) return refuse(`is ${kindOf(stats)}, not a regular file; it was refused without being opened`);
  if (stats.size > MAX_FILE_BYTES) return refuse(`is ${bytes(stats.size)}, over the limit of ${bytes(MAX_FILE_BYTES)} for a bundle file (see docs/bundle.md, Limits); it was not read`);
  let data: Uint8Array;
  try {
    // No following a link swapped in since lstat, and no waiting on a FIFO swapped in: the open returns at once.
    const handle = await open(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    try {
      const now = await handle.stat();
      if (!now.isFile() || now.ino !== stats.ino || now.dev !== stats.dev) return refuse('changed while it was being read; read the bundle again');
      const buffer = Buffer.alloc(Math.min(now.size, MAX_FILE_BYTES) + 1);
      let length = 0;
      for (let n = -1; n !== 0 && length < buffer.length; length += n) n = (await handle.read(buffer, length, buffer.length - length, length)).bytesRead;
      if (length > now.size) return refuse('changed while it was being read; read the bundle again');
      data = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return refuse(`cannot be read (${codeOf(error)})`);
  }
  return decodeText(path, data);
}
