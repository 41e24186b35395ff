// Small hand-made gold files and predictions for the scorer tests.
import type { GoldEntity, GoldFile } from '../../src/eval/gold.js';
import type { Prediction } from '../../src/eval/score.js';
import type { EntityType, Relation } from '../../src/schema.js';

export const g = (type: EntityType, name: string, aliases: string[] = [], required = true): GoldEntity => ({
  type,
  name,
  aliases,
  required,
});

export const p = (type: EntityType, name: string, aliases: string[] = []) => ({ type, name, aliases, mentions: [] });

export const rel = (type: 'ISSUED' | 'MANAGES', from: string, to: string): Relation => ({
  type,
  from: { label: 'Agency', key: from },
  to: { label: type === 'ISSUED' ? 'Policy' : 'Fund', key: to },
  evidence: 0,
});

export function goldFile(overrides: Partial<GoldFile> = {}): GoldFile {
  return {
    source: 'a.txt',
    letter: {
      indexNumber: '11500000MB15895317/2024-00040',
      docNumber: null,
      title: '重庆市科学技术局关于市六届人大二次会议第0601号建议办理情况的答复函',
      genre: '人大建议办理',
      topics: ['科技', '教育'],
      publisher: '市科技局',
      writtenDate: '2024-06-20',
      publishedDate: '2024-06-20',
      signedDate: '2024-04-14',
    },
    proposal: { kind: '建议', number: '0601', title: '关于加强科技成果转化的建议', session: '市六届人大二次会议' },
    proposer: { name: '杨飞云', role: '代表' },
    replyingAgency: '重庆市科学技术局',
    coHandlers: ['重庆市教育委员会', '重庆市财政局'],
    signer: { name: '明炬', title: '局长' },
    contact: null,
    entities: [],
    relations: [],
    ...overrides,
  };
}

/** A prediction that gets every field of `goldFile()` right. */
export function prediction(overrides: Partial<Prediction> = {}): Prediction {
  const gold = goldFile();
  return {
    letter: { ...gold.letter },
    proposal: gold.proposal,
    otherProposals: [],
    proposer: gold.proposer,
    replyingAgency: gold.replyingAgency,
    coHandlers: [...gold.coHandlers],
    signer: gold.signer,
    contact: null,
    entities: [],
    relations: [],
    ...overrides,
  };
}

/** The structured fields of a record, as the gold states them (for records built from gold). */
export function goldFields(gold: GoldFile) {
  return {
    letter: gold.letter,
    proposal: gold.proposal,
    otherProposals: gold.otherProposals ?? [],
    proposer: gold.proposer,
    replyingAgency: gold.replyingAgency,
    coHandlers: gold.coHandlers,
    signer: gold.signer,
    contact: gold.contact,
  };
}
