// Relations the body states outright: an agency issuing a named policy (出台/印发/制定/发布)
// and an agency setting up or running a fund or platform, each with its clause as evidence.
import verbs from '../../data/relation-verbs.json' with { type: 'json' };
import type { Evidence } from '../schema.js';
import type { DraftEntity, DraftRelation, SentenceIndex } from './sentences.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
// The verb opens the object's phrase in the same clause: "出台《…》", "印发了《…》", "X印发的《…》",
// "设立总规模5亿元的…基金" (a figure may stand between).
const ISSUED_BEFORE = new RegExp(`(?:${alternation(verbs.issued)})[了的]?\\s*《?$`, 'u');
const MANAGES_BEFORE = new RegExp(`(?:${alternation(verbs.manages)})了?[^，,；;。、]{0,16}?[“"]?$`, 'u');
const CLAUSE_BREAKS = /[，,；;。：:]/gu;
const JOINT = /会同/u;
const AUTHOR_BEFORE_TITLE = /^的?《$/u;

type Located = { entity: DraftEntity; start: number; end: number; sentence: Evidence };

export function findRelations(text: string, entities: DraftEntity[], replyingAgency: string | null, sentences: SentenceIndex): DraftRelation[] {
  const agencyMentions: Located[] = entities
    .filter((e) => e.type === 'Agency')
    .flatMap((e) => e.mentions.map((m) => ({ entity: e, start: m.start, end: m.end, sentence: m.sentence })));
  const out: DraftRelation[] = [];
  const seen = new Set<string>();
  const add = (type: 'ISSUED' | 'MANAGES', agency: string, target: DraftEntity, evidence: Evidence) => {
    const key = `${type}|${agency}|${target.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type, from: { label: 'Agency', key: agency }, to: { label: target.type, key: target.name }, evidence });
  };

  for (const target of entities) {
    const verbRe = target.type === 'Policy' ? ISSUED_BEFORE : target.type === 'Fund' || target.type === 'Platform' ? MANAGES_BEFORE : null;
    if (!verbRe) continue;
    const type = target.type === 'Policy' ? 'ISSUED' : 'MANAGES';
    for (const m of target.mentions) {
      const lead = text.slice(m.sentence.start, m.start);
      const verb = verbRe.exec(lead);
      if (!verb) continue;
      const verbAt = m.sentence.start + verb.index;
      // Subjects: the agencies in the same clause before the verb, after any title that clause names
      // first (根据A部《…》和B厅印发的《…》: B issued the second).
      const clauseStart = Math.max(m.sentence.start, ...[...lead.matchAll(CLAUSE_BREAKS)].map((x) => m.sentence.start + x.index + 1));
      const subjectsFrom = m.sentence.start + Math.max(clauseStart - m.sentence.start, lead.lastIndexOf('》') + 1);
      const subjects = agencyMentions.filter((a) => a.start >= subjectsFrom && a.end <= verbAt);
      const clause: Evidence = { start: clauseStart, end: m.end, text: text.slice(clauseStart, m.end) };
      for (const s of subjects) add(type, s.entity.name, target, clause);
      // "会同市人力社保局印发…": the replying body acts with the bodies it names (联合 names all of them).
      if (subjects.length && replyingAgency && JOINT.test(text.slice(clauseStart, m.start))) add(type, replyingAgency, target, clause);
    }
    // A policy titled "科技部关于…" is issued by the body it names first; one written right after a
    // body (市政府《关于印发…》, 省厅的《…》) by that body.
    if (target.type === 'Policy') {
      for (const m of target.mentions) {
        const issuer = agencyMentions.find(
          (a) => (a.start === m.start && text.startsWith('关于', a.end)) || (a.end < m.start && AUTHOR_BEFORE_TITLE.test(text.slice(a.end, m.start))),
        );
        if (issuer) add('ISSUED', issuer.entity.name, target, sentences.at(m.start));
      }
    }
  }
  return out;
}
