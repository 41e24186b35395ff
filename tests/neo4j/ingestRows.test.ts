import { describe, expect, it } from 'vitest';
import { letterGraph } from '../../src/neo4j/rows.js';
import { goldRecord } from '../graph/goldRecords.js';

describe('the Letter row says how the letter was read', () => {
  it('flattens ingest into properties (Neo4j properties hold no maps)', () => {
    const text = goldRecord('003_d4bab2a74ced1df3');
    expect(letterGraph(text).letter.props).toMatchObject({ ingestFormat: 'txt', ingestPages: null, ocrEngine: null, ocrMeanConfidence: null });
    const scan = { ...text, ingest: { format: 'pdf' as const, pages: 2, ocr: { engine: 'tesseract 5.3.0 chi_sim', meanConfidence: 91.2 } } };
    expect(letterGraph(scan).letter.props).toMatchObject({
      ingestFormat: 'pdf',
      ingestPages: 2,
      ocrEngine: 'tesseract 5.3.0 chi_sim',
      ocrMeanConfidence: 91.2,
    });
  });
});
