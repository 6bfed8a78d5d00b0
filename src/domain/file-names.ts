// An uploaded file's name made safe to keep and to offer back: never a path, no control characters, bounded length.

const MAX_LENGTH = 200;

/**
 * The name's path segments joined with "_" ("../../etc/passwd" → "etc_passwd"), so that a name never climbs out of
 * anywhere (files are stored under their SHA-256; the name is only shown and offered as the download's name);
 * control characters, quotes and characters Windows forbids become "_"; `fallback` when nothing is left.
 */
export function safeFileName(name: string | undefined, fallback: string): string {
  const segments = (name ?? '').normalize('NFC').split(/[/\\]+/).map((s) => s.trim()).filter((s) => s !== '' && s !== '.' && s !== '..');
  let safe = segments.join('_').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+/, '').trim();
  if (safe.length > MAX_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_LENGTH - ext.length) + ext;
  }
  return safe === '' ? fallback : safe;
}

/** The name as ASCII for the plain `filename=` of Content-Disposition (filename* carries the real one). */
export const asciiFileName = (name: string): string => name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
