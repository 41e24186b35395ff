// Relations the body states outright: an agency issuing a named policy (出台/印发/制定/发布)
// and an agency setting up or running a fund or platform, each with its clause as evidence.
import verbs from '../../data/relation-verbs.json' with { type: 'json' };
import type { Evidence } from '../schema.js';
import type { DraftEntity, DraftMention, DraftRelation, SentenceIndex } from './sentences.js';
import { wordsOf } from './words.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
// The verb opens the object's phrase in the same clause: "出台《…》", "印发了《…》", "X印发的《…》",
// "设立总规模5亿元的…基金" (a figure may stand between).
const ISSUED_BEFORE = new RegExp(`(?:${alternation(verbs.issued)})[了的]?\\s*[《〈<]?$`, 'u');
const MANAGES_BEFORE = new RegExp(`(?:${alternation(verbs.manages)})了?[^，,；;。、]{0,16}?[“"]?$`, 'u');
const CLAUSE_BREAKS = /[，,；;。：:]/gu;
const JOINT = /会同/u;
// What may open a clause that goes on with its sentence's subject (…,同时出台了《…》, …,前后已出台《…》, …,制定印发了《…》):
// conjunctions, adverbs, time and place words, numbers, verbs; a noun or pronoun is a subject of its own.
const CARRYING_TAGS = /^(?:c|d|ad|t|f|m|q|v|vn|vd|u\w*|x)$/u;
// …and what may stand before the subject an earlier clause opens with (首先,呈贡区政府…; 近年来我局…).
const OPENING_TAGS = /^(?:c|d|ad|t|m|q|x)$/u;
const carriesSubject = (before: string) => wordsOf(before, 0, before.length).every((w) => CARRYING_TAGS.test(w.tag) || !w.word.trim());
// The replying body speaking of itself as the subject (我厅印发了《…》).
const OWN_BODY = /(?:我|本)[厅局委办院部府会]/u;
// …but not where it only means to (我局将继续争取成立…).
const AIM = /争取|力争|拟|计划|准备|将/u;
// 我局 opening a clause, and acting there.
const OWN_BODY_AT = new RegExp(`^${OWN_BODY.source}(?!${AIM.source})`, 'u');
const AUTHOR_BEFORE_TITLE = /^的?《$/u;
const AUTHORS_JOINED = /^[、和及与]$/u;
// A title listed right after another: 》、《, 》和《, 》《.
const LISTED_AFTER = /^》[、,，和及与]?《$/u;
const RESPECTIVELY = /分别/u;

type Located = { entity: DraftEntity; start: number; end: number; sentence: Evidence };

export function findRelations(text: string, entities: DraftEntity[], replyingAgency: string | null, sentences: SentenceIndex): DraftRelation[] {
  // (Lists here are built by push, not by filter, map and flatMap, whose lists are of several element
  // kinds: see appendEach in index.ts. Each kind first met threw this function's optimised code away.)
  const agencyMentions: Located[] = [];
  for (const e of entities) {
    if (e.type !== 'Agency') continue;
    for (const m of e.mentions) agencyMentions.push({ entity: e, start: m.start, end: m.end, sentence: m.sentence });
  }
  /** The bodies written right before a title, joined by 、/和 (市教育局、市发改委《…》), in text order. */
  const authorsBefore = (titleStart: number): Located[] => {
    const chain: Located[] = [];
    let at = titleStart;
    for (let a = agencyMentions.find((x) => x.end < at && AUTHOR_BEFORE_TITLE.test(text.slice(x.end, at))); a; ) {
      chain.unshift(a);
      at = a.start;
      a = agencyMentions.find((x) => x.end === at - 1 && AUTHORS_JOINED.test(text.charAt(at - 1)));
    }
    return chain;
  };
  const out: DraftRelation[] = [];
  const seen = new Set<string>();
  const add = (type: 'ISSUED' | 'MANAGES', agency: string, target: DraftEntity, evidence: Evidence) => {
    const key = `${type}|${agency}|${target.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type, from: { label: 'Agency', key: agency }, to: { label: target.type, key: target.name }, evidence });
  };

  /**
   * The subject an earlier clause of the sentence opens with, nearest first: a body, or 我局 for the
   * replying body, after nothing but conjunctions, adverbs and time words. A clause opening with
   * anything else has a subject of its own, and the search stops there; one opening with a verb has none.
   */
  const earlierSubject = (sentenceStart: number, before: number): { name: string; clauseStart: number } | null => {
    const lead = text.slice(sentenceStart, before);
    const starts = [sentenceStart, ...[...lead.matchAll(CLAUSE_BREAKS)].map((x) => sentenceStart + x.index + 1)].filter((at) => at < before - 1);
    for (let k = starts.length - 1; k >= 0; k--) {
      const at = starts[k]!;
      const clause = text.slice(at, k + 1 < starts.length ? starts[k + 1]! - 1 : before);
      const words = wordsOf(clause, 0, clause.length);
      let offset = 0;
      let i = 0;
      for (; i < words.length && (OPENING_TAGS.test(words[i]!.tag) || !words[i]!.word.trim()); i++) offset += words[i]!.word.length;
      const body = agencyMentions.find((a) => a.start === at + offset);
      if (body) return { name: body.entity.name, clauseStart: at };
      if (replyingAgency && OWN_BODY_AT.test(clause.slice(offset))) return { name: replyingAgency, clauseStart: at };
      if (i < words.length && !/^v/u.test(words[i]!.tag)) return null;
    }
    return null;
  };

  // Subjects: the agencies in the same clause before the verb, after any title that clause names
  // first (根据A部《…》和B厅印发的《…》: B issued the second); with none, 我局/我厅 there is the replying body.
  const verbSubjects = (verbRe: RegExp, m: DraftMention): { names: string[]; clause: Evidence } | null => {
    const lead = text.slice(m.sentence.start, m.start);
    const verb = verbRe.exec(lead);
    if (!verb) return null;
    const verbAt = m.sentence.start + verb.index;
    const clauseStart = Math.max(m.sentence.start, ...[...lead.matchAll(CLAUSE_BREAKS)].map((x) => m.sentence.start + x.index + 1));
    const subjectsFrom = m.sentence.start + Math.max(clauseStart - m.sentence.start, lead.lastIndexOf('》') + 1);
    const names: string[] = [];
    for (const a of agencyMentions) if (a.start >= subjectsFrom && a.end <= verbAt) names.push(a.entity.name);
    const clause: Evidence = { start: clauseStart, end: m.end, text: text.slice(clauseStart, m.end) };
    const before = text.slice(subjectsFrom, verbAt);
    if (replyingAgency && (names.length ? JOINT.test(before) : OWN_BODY.test(before) && !AIM.test(before))) names.push(replyingAgency);
    // A clause with no subject of its own (…,同时出台了《…》) has the one an earlier clause of its sentence opens with.
    if (!names.length && clauseStart > m.sentence.start && carriesSubject(before)) {
      const subject = earlierSubject(m.sentence.start, clauseStart);
      if (subject) return { names: [subject.name], clause: { start: subject.clauseStart, end: m.end, text: text.slice(subject.clauseStart, m.end) } };
    }
    return { names, clause };
  };

  for (const target of entities) {
    if (target.type !== 'Fund' && target.type !== 'Platform') continue;
    for (const m of target.mentions) {
      const found = verbSubjects(MANAGES_BEFORE, m);
      for (const name of found?.names ?? []) add('MANAGES', name, target, found!.clause);
    }
  }

  // Policies in text order, so that a title listed after another (《A》、《B》) has A's issuers.
  const titles: { target: DraftEntity; m: DraftMention }[] = [];
  for (const e of entities) if (e.type === 'Policy') for (const m of e.mentions) titles.push({ target: e, m });
  titles.sort((a, b) => a.m.start - b.m.start);
  // (Only a verb's issuers carry over: in 国务院《A》、《B》 the body names A's issuer alone.)
  // Bodies that issued titles respectively (A、B分别制定的《X》、《Y》) issued one each, in order.
  let previous: { end: number; names: string[]; evidence: Evidence; byVerb: boolean; respective: boolean; index: number } | null = null;
  for (const { target, m } of titles) {
    const byVerb = verbSubjects(ISSUED_BEFORE, m);
    let names = byVerb?.names ?? [];
    let evidence = byVerb?.clause ?? sentences.at(m.start);
    const respective = names.length > 1 && RESPECTIVELY.test(evidence.text);
    // Bodies written right before a title (市教育局、市财政局《…》, 省厅的《…》). (A body opening the title itself,
    // 科技部关于…, is part of its name, as the gold reads it: the body stays co-mentioned, no ISSUED edge.)
    if (!names.length) names = authorsBefore(m.start).map((a) => a.entity.name);
    const chained: boolean = !names.length && previous !== null && previous.byVerb && LISTED_AFTER.test(text.slice(previous.end, m.start));
    if (chained) ({ names, evidence } = previous!);
    const index: number = chained ? previous!.index + 1 : 0;
    const each = (chained ? previous!.respective : respective) && names.length > index ? [names[index]!] : names;
    for (const name of each) add('ISSUED', name, target, evidence);
    previous = { end: m.end, names, evidence, byVerb: (byVerb?.names.length ?? 0) > 0 || chained, respective: chained ? previous!.respective : respective, index };
  }
  return out;
}
