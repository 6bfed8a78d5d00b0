// Which files are accepted as evidence, judged by their content (file-type reads the magic numbers), not by the
// type or extension the client declares; text without a signature is accepted as text when it decodes as UTF-8.
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../../domain/index.ts';

/** Formats with a signature that evidence comes in: documents, spreadsheets, slides, images, archives. */
export const SIGNED_TYPES: ReadonlySet<string> = new Set([
  'application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/tiff', 'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.presentation',
  'message/rfc822',
]);

/** Text formats, which have no signature: the declared type or the extension says which, the content that it is text. */
const TEXT_TYPES: Readonly<Record<string, string>> = { txt: 'text/plain', csv: 'text/csv', md: 'text/markdown', json: 'application/json', log: 'text/plain', yaml: 'text/yaml', yml: 'text/yaml' };
const TEXT_MEDIA = new Set(Object.values(TEXT_TYPES));

/** How many bytes are read before judging: enough for file-type to look inside Office and OpenDocument archives. */
export const SNIFF_BYTES = 256 * 1024;

const unsupported = (what: string, field = 'file') => new AppError('unsupported_media_type', `${what} Accepted: PDF, Office and OpenDocument files, PNG, JPEG, GIF, WebP, TIFF, ZIP, e-mail (.eml), and UTF-8 text (txt, csv, md, json, yaml).`, [{ field, message: 'media type not accepted' }]);

function isUtf8Text(head: Uint8Array, complete: boolean): boolean {
  if (head.includes(0)) return false;
  // A multi-byte character may be cut at the end of the sample; only a complete file must end on a whole one.
  const sample = complete ? head : head.subarray(0, Math.max(0, head.length - 4));
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return true;
  } catch {
    return false;
  }
}

/**
 * The media type of the content whose first bytes are `head` (all of it when `complete`), or AppError
 * unsupported_media_type. A declared type that is not generic must agree with the content.
 */
export async function judgeMediaType(head: Uint8Array, complete: boolean, declared: string | undefined, fileName: string | undefined): Promise<string> {
  const declaredType = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  const generic = declaredType === '' || declaredType === 'application/octet-stream';
  const found = await fileTypeFromBuffer(head);
  if (found) {
    if (!SIGNED_TYPES.has(found.mime)) throw unsupported(`The file is ${found.mime} (.${found.ext}), which is not accepted as evidence.`);
    if (!generic && declaredType !== found.mime && found.mime !== 'application/zip') {
      throw unsupported(`The file was sent as ${declaredType} but its content is ${found.mime}; send it as what it is.`);
    }
    return found.mime;
  }
  if (head.length === 0) throw new AppError('invalid_input', 'The file is empty; there is no evidence in it.', [{ field: 'file', message: 'empty' }]);
  if (!isUtf8Text(head, complete)) throw unsupported('The file has no signature of an accepted format and is not UTF-8 text.');
  const ext = (fileName ?? '').toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (TEXT_MEDIA.has(declaredType)) return declaredType;
  return TEXT_TYPES[ext] ?? 'text/plain';
}

/** What a download is served as: accepted binary types as they are, every text type as plain text (never rendered). */
export function servedType(mediaType: string): string {
  return SIGNED_TYPES.has(mediaType) ? mediaType : 'text/plain; charset=utf-8';
}
