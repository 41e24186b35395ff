// The command-line tools scans need, found once per process. Missing ones become a reason
// that says what to install, not an empty record.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { FormatError } from './errors.js';

const run = promisify(execFile);

export const OCR_LANGUAGE = 'chi_sim';
export const OCR_PACKAGES = 'tesseract-ocr tesseract-ocr-chi-sim poppler-utils';

export type OcrTools = { engine: string };

async function output(cmd: string, args: string[]): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(cmd, args);
    return `${stdout}${stderr}`;
  } catch {
    return null;
  }
}

async function findTools(): Promise<OcrTools | string> {
  const [version, langs, pdftoppm] = await Promise.all([
    output('tesseract', ['--version']),
    output('tesseract', ['--list-langs']),
    output('pdftoppm', ['-v']),
  ]);
  const missing = [
    version === null ? 'tesseract' : null,
    version !== null && !langs?.split('\n').some((l) => l.trim() === OCR_LANGUAGE) ? `Tesseract's ${OCR_LANGUAGE} data` : null,
    pdftoppm === null ? 'pdftoppm' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) return `needs OCR, but ${missing.join(', ')} not installed (Debian: apt-get install ${OCR_PACKAGES})`;
  return { engine: `${/tesseract\s+v?([\d.]+)/i.exec(version!)?.[0] ?? 'tesseract'} ${OCR_LANGUAGE}` };
}

let found: Promise<OcrTools | string> | undefined;

/**
 * Tesseract with Simplified Chinese and pdftoppm, or a FormatError saying what to install.
 * `what` names the input ("scanned PDF (no text layer)", "image") at the start of the reason.
 */
export async function ocrTools(what: string): Promise<OcrTools> {
  found ??= findTools();
  const tools = await found;
  if (typeof tools === 'string') throw new FormatError(`${what} ${tools}`);
  return tools;
}
