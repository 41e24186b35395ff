import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes } from '../../src/ingest/index.js';

const SAMPLE = 'examples/letters/000_3c3f08b36a879318.txt';
const sampleBytes = readFileSync(SAMPLE);
const sampleText = sampleBytes.toString('utf8');

const withBom = (bom: number[], body: Uint8Array) => Buffer.concat([Buffer.from(bom), body]);
const reasonOf = (bytes: Uint8Array, charset?: string) => {
  try {
    decodeBytes(bytes, charset);
  } catch (err) {
    expect(err).toBeInstanceOf(DecodeError);
    return (err as Error).message;
  }
  throw new Error('decoded without error');
};

describe('decodeBytes: the same letter in every supported encoding', () => {
  it('reads the UTF-8 sample as is', () => {
    expect(decodeBytes(sampleBytes)).toEqual({ text: sampleText, encoding: 'utf-8' });
  });

  const twins: [string, Uint8Array, string][] = [
    ['GBK', iconv.encode(sampleText, 'gbk'), 'gb18030'],
    ['GB18030', iconv.encode(sampleText, 'gb18030'), 'gb18030'],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], sampleBytes), 'utf-8-bom'],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], iconv.encode(sampleText, 'utf-16le')), 'utf-16le'],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], iconv.encode(sampleText, 'utf-16be')), 'utf-16be'],
  ];
  it.each(twins)('%s twin decodes to exactly the UTF-8 text', (_name, bytes, encoding) => {
    expect(Buffer.compare(Buffer.from(bytes), sampleBytes)).not.toBe(0);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(sampleText);
  });

  it('decodes GB18030 four-byte characters that GBK cannot hold', () => {
    const text = `${sampleText}\n附件㈠:𠮷字说明`;
    const bytes = iconv.encode(text, 'gb18030');
    expect(iconv.encode('𠮷', 'gbk').toString('latin1')).toBe('?');
    expect(bytes.includes(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(true);
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'gb18030' });
  });

  it('drops the GB18030 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode('王普委员:', 'gb18030')]);
    expect(decodeBytes(bytes)).toEqual({ text: '王普委员:', encoding: 'gb18030' });
  });

  it('tolerates a stray invalid sequence in GB18030 as U+FFFD', () => {
    const bytes = Buffer.concat([iconv.encode(sampleText, 'gbk'), Buffer.from([0x81])]);
    expect(decodeBytes(bytes).text).toBe(`${sampleText}\uFFFD`);
  });
});

describe('decodeBytes: line endings and everything else', () => {
  it('turns CRLF and lone CR into LF, keeping all other whitespace', () => {
    const raw = '  王普委员:\r\n\r\n\t您提出的  建议\r收悉。 \u3000\r\n';
    expect(decodeBytes(Buffer.from(raw, 'utf8')).text).toBe('  王普委员:\n\n\t您提出的  建议\n收悉。 \u3000\n');
    expect(decodeBytes(iconv.encode(raw, 'gbk')).text).toBe('  王普委员:\n\n\t您提出的  建议\n收悉。 \u3000\n');
  });

  it('drops only the leading BOM', () => {
    expect(decodeBytes(Buffer.from('\uFEFFa\uFEFFb', 'utf8'))).toEqual({ text: 'a\uFEFFb', encoding: 'utf-8-bom' });
  });

  it('reads an empty byte array as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeBytes: bad input', () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  it.each([
    ['PNG', PNG],
    ['JPEG', Buffer.from('ffd8ffe000104a46494600', 'hex')],
    ['PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1')],
    ['ZIP (docx)', Buffer.from('504b0304140006000800', 'hex')],
    ['text with a NUL byte', Buffer.from('王普委员:\0收悉', 'utf8')],
    ['control bytes without NUL', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x01 : 0x41)))],
  ])('refuses %s as binary', (_name, bytes) => {
    expect(reasonOf(bytes)).toBe('binary file (not text)');
  });

  it('accepts text with form feeds and a DOS end-of-file mark', () => {
    expect(decodeBytes(Buffer.from('第一页\f第二页\x1a', 'utf8')).text).toBe('第一页\f第二页\x1a');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0x81 : 0x20)));
    expect(reasonOf(bytes)).toMatch(/^undecodable text \(not UTF-8, UTF-16 or GB18030: 100 invalid byte sequences\)$/);
  });

  it('refuses a UTF-16 BOM on bytes that are not UTF-16', () => {
    expect(reasonOf(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]))).toMatch(/^undecodable text .*UTF-16LE/);
    expect(reasonOf(Buffer.from([0xfe, 0xff, 0xdc, 0x00]))).toMatch(/^undecodable text .*UTF-16BE/);
  });

  it('refuses a UTF-8 BOM on bytes that are not UTF-8', () => {
    expect(reasonOf(withBom([0xef, 0xbb, 0xbf], iconv.encode('王普委员', 'gbk')))).toMatch(/^undecodable text .*UTF-8/);
  });
});

describe('decodeBytes: a declared charset', () => {
  const gbk = iconv.encode('王普委员:', 'gbk');
  it('takes GB labels as GB18030', () => {
    for (const label of ['gbk', 'GB2312', 'gb18030', 'x-gbk']) expect(decodeBytes(gbk, label).text).toBe('王普委员:');
  });
  it('refuses other encodings rather than guessing', () => {
    expect(reasonOf(iconv.encode('王普委員:', 'big5'), 'Big5')).toBe(
      'unsupported charset "big5" (supported: UTF-8, UTF-16, GBK/GB18030)',
    );
  });
  it('ignores the declaration when the bytes are valid UTF-8', () => {
    expect(decodeBytes(Buffer.from('王普委员:', 'utf8'), 'big5')).toEqual({ text: '王普委员:', encoding: 'utf-8' });
  });
});
