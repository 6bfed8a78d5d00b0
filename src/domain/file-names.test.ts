// Uploaded names never become paths: what is kept of "../" names, control characters and very long names.
import { describe, expect, it } from 'vitest';
import { asciiFileName, safeFileName } from './file-names.ts';

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('Risk register 2026.xlsx', 'x')).toBe('Risk register 2026.xlsx');
  });
  it('never keeps a path: segments are joined, ".." and "." dropped', () => {
    expect(safeFileName('../../etc/passwd', 'x')).toBe('etc_passwd');
    expect(safeFileName('..\\..\\windows\\win.ini', 'x')).toBe('windows_win.ini');
    expect(safeFileName('/abs/./report.pdf', 'x')).toBe('abs_report.pdf');
    expect(safeFileName('..', 'fallback')).toBe('fallback');
    expect(safeFileName('.hidden', 'x')).toBe('hidden');
  });
  it('replaces control characters and quotes, and bounds the length keeping the extension', () => {
    expect(safeFileName('a\u0000b"c\nd.txt', 'x')).toBe('a_b_c_d.txt');
    const long = safeFileName(`${'n'.repeat(300)}.pdf`, 'x');
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(safeFileName(undefined, 'sha')).toBe('sha');
  });
  it('gives an ASCII form for the plain filename parameter', () => {
    expect(asciiFileName('Rapport d’audit "final".pdf')).toBe('Rapport d_audit _final_.pdf');
  });
});
