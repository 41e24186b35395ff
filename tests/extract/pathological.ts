// Pathological letters made from a sample, written to a folder by tests and benches (never
// committed: they are megabytes): a co-handler list of 20,000 bodies, a megabyte body that lost
// its full stops (as PDF and OCR text often does), and a letter of 100,000 lines.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PATHOLOGICAL_SOURCE = 'examples/letters/004_81af6d2964a35163.txt';
const CO_HANDLERS = '经与市人力社保局、市经济信息委、市国资委共同研究办理';

/** Writes the pathological letters into `dir`; returns their paths. */
export async function writePathologicalLetters(dir: string): Promise<string[]> {
  const sample = readFileSync(PATHOLOGICAL_SOURCE, 'utf8');
  const bodyAt = sample.indexOf('一、');
  const [head, body] = [sample.slice(0, bodyAt), sample.slice(bodyAt)];
  const bodies = ['市科技局', '市财政局', '市教委', '市经济信息委', '市人力社保局', '市国资委', '市发展改革委'];
  const clauses = body.split(/[，。\n]/).filter(Boolean);
  const list = Array.from({ length: 20_000 }, (_, i) => bodies[i % bodies.length]).join('、');
  const letters: Record<string, string> = {
    'cohandlers-20000.txt': sample.replace(CO_HANDLERS, `经与${list}共同研究办理`),
    'no-full-stops-1mb.txt': head + body.replace(/[。；;\n]/g, '').repeat(Math.ceil(1_300_000 / body.length)),
    'lines-100k.txt': head + Array.from({ length: 100_000 }, (_, i) => clauses[i % clauses.length]!.slice(0, 24)).join('\n'),
  };
  return Promise.all(
    Object.entries(letters).map(async ([name, text]) => {
      await writeFile(join(dir, name), text);
      return join(dir, name);
    }),
  );
}
