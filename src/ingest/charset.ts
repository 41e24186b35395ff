/** How far into a page to look for its <meta> charset (heads of portal pages run long). */
const PRESCAN_BYTES = 4096;

// Matches both <meta charset="gbk"> and <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** The charset label an HTML page declares in a <meta> tag near its start, lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}
