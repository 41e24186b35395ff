// One letter in, one record out: structure from the parse stage, entities with every
// mention's span and sentence, and relations with their evidence.
import { contentHash } from '../ingest/hash.js';
import { parseLetter, splitTopics, type ParsedLetter } from '../parse/letter.js';
import { paddedName } from '../parse/lines.js';
import { readingText } from '../parse/readingText.js';
import { isIssuedDocument } from '../parse/opening.js';
import { proposalKeyOf, type Evidence, type IngestInfo, type LetterRecord, type Proposal } from '../schema.js';
import { bodyAnswering, bodyOfDocNumber, bodySpeakingAsSelf, canonicalAgency, cleanAgencyName, findAgencies, governmentOfPlace, isProvinceSession, ownBodyName, pageBodyName, placeOfDocNumber, placedAgencyName, provinceOfCitedNumbers, sectorBody } from './agencies.js';
import { findAmounts } from './amounts.js';
import { placeOfIndexNumber } from './divisionCode.js';
import { placeByForm, type Place } from './gazetteer.js';
import { emptyJurisdiction, inferCounty, inferProvince, jurisdictionOf, withoutPartnerSentences, type Jurisdiction } from './jurisdiction.js';
import { mostNamedByShortForm } from './shortForms.js';
import { collectMentions, type Seed } from './mentions.js';
import { mergeVariants, withDeclaredShortNames } from './merge.js';
import { placedName, proposalScope } from './scope.js';
import { afterLeadingBodies, findListedPlatforms, findNationalOrganizations, findQuotedPlatforms, findSuffixNames, fundInTitle } from './names.js';
import { findOfficials } from './officials.js';
import { findPolicies, isReplyPaper } from './policies.js';
import { findRelations } from './relations.js';
import { verbFollows } from './words.js';
import { listSentences, MAX_SENTENCE, SentenceIndex, type DraftEntity, type DraftMention, type DraftRelation } from './sentences.js';
import { onWrittenText } from './written.js';

/** `ingest` is absent for text handed in directly, which is read as plain text. */
export type LetterDoc = { source: string; text: string; encoding: string; ingest?: IngestInfo };

const PLAIN_TEXT: IngestInfo = { format: 'txt', pages: null, ocr: null };

const COMPLETE_INDEX_RE = /^[0-9A-Za-z]+\/\d{4}-\d+$/;

/** A fund, platform or centre written relative to the letter (市人大专项资金) carries its place; the written form stays an alias. */
function placedSeed(seed: Seed, j: Jurisdiction): Seed {
  // A public service centre named by its shape is a body like those the tables list (双台子区…服务中心 → 盘锦市双台子区…).
  const placed = seed.type === 'Agency' ? (canonicalAgency(seed.name, j) ?? placedAgencyName(seed.name, j)) : placedName(seed.name, j);
  return placed && placed !== seed.name ? { ...seed, name: placed, aliases: [...seed.aliases, seed.name] } : seed;
}

/** The place one source names bare (河东区, which two cities have) and another names whole (临沂市河东区): the whole name. */
const fuller = (place: string | null, more: string | null) => (place && more && more.length > place.length && more.endsWith(place) ? more : (place ?? more));

function fillMissing(j: Jurisdiction, more: Jurisdiction): Jurisdiction {
  return {
    province: j.province ?? more.province,
    city: j.city ?? more.city,
    county: fuller(j.county, more.county),
    town: fuller(j.town, more.town),
    provinceShort: j.provinceShort ?? more.provinceShort,
    year: j.year ?? more.year,
  };
}

/**
 * Does a session name a congress or conference above a county's (省政协, 自治州十五届人大, 博尔塔拉蒙古自治州…,
 * 天津市十六届人大)? A bare 市 does not say: a county-level city's is a 市 too.
 */
function isAboveCountySession(session: string): boolean {
  const placed = jurisdictionOf(session);
  return placed.county === null && placed.town === null && !TOWN_SESSION_RE.test(session) && (placed.city !== null || placed.province !== null || ABOVE_COUNTY_LEVEL_RE.test(session));
}
const ABOVE_COUNTY_LEVEL_RE = /^(?:政协)?(?:省|自治区|自治州|州|盟|地区)/u;
const TOWN_SESSION_RE = /^[^届人政]*[镇乡]|街道/u;

function letterJurisdiction(p: ParsedLetter, session: string | null, body: string, page: string): Jurisdiction {
  let j = emptyJurisdiction();
  // (A body signing as its place, 碧鸡街道, places the letter as its government's name does.)
  // (And the body greeted above the opening: 农工党安康市委员会 proposes in its own city.)
  for (const source of [p.agency && governmentOfPlace(p.agency.name), p.header.hostAgency, p.header.publisher, session, p.addressee]) {
    if (source) j = fillMissing(j, jurisdictionOf(source));
  }
  const date = p.signedDate ?? p.writtenDate ?? p.publishedDate;
  const placedBy = (text: string) => {
    const own = withoutPartnerSentences(text);
    return inferCounty(inferProvince(j, own), own, mostNamedByShortForm);
  };
  let placed = placedBy(body);
  // A letter that names no place of its own (我市, 区政府) is placed by its page (欢迎访问广德市政府网站, 主办单位:双台子区人民政府).
  // The page's votes include the body's: a stray province the body alone suggests does not stand.
  if (!placed.city && !placed.county) placed = placedBy(page);
  // Nor the page's words: the division or credit code its index number opens with (330702000000/…: 金华市婺城区),
  // where it agrees with what is known (a stray code of another province or city does not stand).
  const coded = placed.county ? null : placeOfIndexNumber(p.header.indexNumber ?? null, page, !placed.province && !placed.city);
  // (jurisdictionOf reads the places that open a body's name: the code's place is read as its government's.)
  const byCode = coded ? jurisdictionOf(`${coded}人民政府`) : null;
  if (byCode && (placed.province ?? byCode.province) === byCode.province && (placed.city ?? byCode.city) === byCode.city) placed = fillMissing(placed, byCode);
  // Nor its page: its document number's province (渝卫函…, answering 市六届人大: 重庆市).
  const numbered = !placed.city && p.docNumber ? placeOfDocNumber(p.docNumber, session) : null;
  if (numbered && (placed.province ?? numbered.name) === numbered.name) placed = inProvince(placed, numbered);
  // Nor its own words: the province whose documents it cites (黔府发〔2015〕35号 in a letter answering 省人大).
  const cited = placed.province ? null : provinceOfCitedNumbers(body, session);
  if (cited) placed = inProvince(placed, cited);
  // An undated letter is of its document number's year (汨农业函〔2017〕2号).
  const numberYear = p.docNumber ? DOC_NUMBER_YEAR.exec(p.docNumber)?.[1] : undefined;
  const year = date ? Number(date.slice(0, 4)) : numberYear ? Number(numberYear) : null;
  return { ...placed, year };
}
/** `j` in `province` (a municipality is its own city too). */
const inProvince = (j: Jurisdiction, province: Place): Jurisdiction => ({
  ...j,
  province: province.name,
  provinceShort: province.provinceShort,
  city: province.municipality ? province.name : null,
});
const DOC_NUMBER_YEAR = /[〔\[［﹝【(（]((?:19|20)\d{2})[〕\]］﹞】)）]/u;

export function extractLetter(doc: LetterDoc): LetterRecord {
  const reading = readingText(doc.text);
  return reading ? onWrittenText(readLetter({ ...doc, text: reading.text }), doc.text, reading) : readLetter(doc);
}

function readLetter(doc: LetterDoc): LetterRecord {
  const { text } = doc;
  const p = parseLetter(text);
  const { bodyStart, bodyEnd } = p;
  const body = text.slice(bodyStart, bodyEnd);

  const session = p.proposal.session;
  const j = letterJurisdiction(p, session, body, text);

  const agencyHits = findAgencies(text, j, bodyStart, bodyEnd);
  // A letter answering a congress or conference above a county's is that level's body's: the county its
  // text names most is where the work is (精河县 in a letter of 自治州水利局), not the unsigned body's place.
  // (A province's congress or conference: the province's body, not the city the text names most.)
  const province = j.province ? placeByForm.get(j.province) : undefined;
  const own = session !== null && isAboveCountySession(session) ? { ...j, city: province && isProvinceSession(session, province) ? null : j.city, county: null, town: null } : j;
  // The bodies the opening says it studied the proposal with (经我局研究,并综合A、B意见) are never the unsigned body itself.
  const consulted = new Set((p.opening?.coHandlers ?? []).flatMap((c) => agencyHits.filter((h) => h.start === c.start).map((h) => h.name)));
  const ownHits = agencyHits.filter((h) => !consulted.has(h.name));
  // An unsigned letter is known by its document number (甘交办案… and 我厅, 云民政法… and 省民政厅), even where its
  // opening lists it first among the bodies that studied the proposal (穗人社函: 组织市人力资源和社会保障局、…等单位).
  const numbered = !p.agency && p.docNumber ? bodyOfDocNumber(p.docNumber, body, j, session, new Set(agencyHits.map((h) => h.name))) : null;
  const replyingAgency = p.agency
    ? p.agency.start === null
      ? pageBodyName(p.agency.name, j, p.docNumber, session)
      : ownBodyName(p.agency.name, j)
    : (numbered ??
      bodySpeakingAsSelf(text, ownHits, own, bodyStart, bodyEnd) ??
      bodyAnswering(text, p.opening?.start ?? bodyStart, p.opening?.end ?? bodyStart, ownHits, own) ??
      // (Or named only above the letter, by the page's banner: 辽宁省商务厅 over a letter saying 我厅.)
      bodySpeakingAsSelf(text, findAgencies(text, j, 0, bodyStart), own, bodyStart, bodyEnd) ??
      // (Or by the site it is on, whose breadcrumb opens with the body: 当前位置: 某区民政局>….)
      (p.siteBody && canonicalAgency(p.siteBody, j)));
  // A proposal's identity across letters: who raised it, written out in full (identity, issue 9).
  const scope = proposalScope(session, j, replyingAgency);
  const proposal: Proposal = { ...p.proposal, scope };
  const otherProposals: Proposal[] = [];
  appendEach(otherProposals, p.otherProposals, (o): Proposal => ({ ...o, scope }));

  // The proposal's own title (and any others answered) is not a policy the government points to:
  // in the opening, the first 《…》 and any that ends in 建议/提案/议案.
  const opening = p.opening ? { start: p.opening.start, end: p.opening.end } : null;
  const inOpening = (h: { start: number }) => opening !== null && h.start >= opening.start && h.start < opening.end;
  const isProposalRef = (h: { start: number; name: string }, i: number, all: { start: number; name: string }[]) =>
    inOpening(h) &&
    !isIssuedDocument(h.name) &&
    (!all.slice(0, i).some((o) => inOpening(o) && !isIssuedDocument(o.name)) || /(?:建议|提案|议案)$/.test(h.name));
  const bracketed = findPolicies(text, bodyStart, bodyEnd, []);
  // The proposal quoted in the letter's title (…16号议案《…》) is not one either.
  const inTitle = (h: { start: number; name: string }) => p.title !== null && h.start >= p.title.line.start && h.start < p.title.line.end && h.name === p.title.proposalTitle;
  const policyHits = bracketed.filter((h, i, all) => !isProposalRef(h, i, all) && !isReplyPaper(h.name) && !inTitle(h));
  // Names inside a policy's or the proposal's title are part of that title.
  // (Pushed, not mapped: see rangeHolding.)
  const policyRanges: [number, number][] = [];
  for (const h of bracketed) policyRanges.push([h.start - 1, h.end + 1]);

  // concat, not spread, to join lists here: spreading arrays whose element kinds differ from
  // letter to letter (empty or not) made V8 throw away and recompile this whole function (a
  // few hundred milliseconds each time) about ten times per run; with concat it settles sooner.
  const suffixNamed = afterLeadingBodies(text, findSuffixNames(text, bodyStart, bodyEnd, policyRanges), agencyHits, policyRanges);
  // (The proposal's own title in quotes, ending like a platform (…与天网联网), is the proposal.)
  const namedHits = findQuotedPlatforms(text, bodyStart, bodyEnd, policyRanges)
    .concat(suffixNamed)
    .filter((h) => h.name !== p.proposal.title);
  const listedHits = findListedPlatforms(text, bodyStart, bodyEnd, [namedHits, agencyHits, bracketed]);
  const nameHits = namedHits.concat(listedHits, findNationalOrganizations(text, bodyStart, bodyEnd, [namedHits, listedHits, agencyHits, bracketed]));

  // A header's list of handling bodies (会办单位) may name the replying body too: it is no co-handler of its own reply.
  const coHandlers = p.coHandlers.flatMap((c) => {
    // Read in the text, a body takes its list's place (自治区发改委、财政厅、卫健委): the body finder's name for the span,
    // or for its start where a verb follows the body (会同县交通运输局|抓紧办理).
    const found = c.start >= 0 ? agencyHits.find((h) => h.start === c.start && (h.end === c.end || (h.end < c.end && verbFollows(text, h.end, c.end)))) : undefined;
    const canonical = found?.name ?? sectorBody(c.name, j) ?? canonicalAgency(c.name, j);
    if (canonical === null || canonical === replyingAgency) return [];
    return [found ? { ...c, name: found.text, end: found.end, canonical } : { ...c, canonical }];
  });

  // The fund a policy governs is named in its title (《…专项资金管理办法》).
  const titledFunds = policyHits.flatMap((h): Seed[] => {
    const fund = fundInTitle(text.slice(h.start, h.end));
    const start = h.start + (fund?.offset ?? 0);
    return fund ? [placedSeed({ type: 'Fund', name: fund.name, start, end: start + fund.name.length, aliases: [] }, j)] : [];
  });
  // Lists joined by appending, not map and concat: V8 inlines those here with a check of each list's
  // element kind, which for a mapped list is one of four (holey or not as the code that mapped it was
  // optimised or not; of small integers when empty). A kind not seen for a while threw this whole
  // function's optimised code away, about once every 1,500 letters, and it ran unoptimised for long
  // stretches. (A list built by push from [] is of one kind once the code building it is optimised.)
  const seeds: Seed[] = [];
  appendEach(seeds, policyHits, (h): Seed => ({ type: 'Policy', name: h.name, start: h.start, end: h.end, aliases: h.aliases, docNumber: h.docNumber }));
  appendEach(seeds, titledFunds, (s) => s);
  appendEach(seeds, agencyHits, (h): Seed => ({ type: 'Agency', name: h.name, start: h.start, end: h.end, aliases: [h.text] }));
  appendEach(seeds, nameHits, (h): Seed => placedSeed({ type: h.type, name: h.name, start: h.start, end: h.end, aliases: h.aliases }, j));
  appendEach(seeds, coHandlers, (c): Seed => ({ type: 'Agency', name: c.canonical, start: c.start, end: c.end, aliases: [cleanAgencyName(c.name)!] }));
  // Structure read outside the body (a header's 签发人 or 发文机关 line) stands without a span.
  const inBody = (start: number | null) => (start !== null && start >= bodyStart && start < bodyEnd ? start : -1);
  if (replyingAgency && p.agency) {
    const at = inBody(p.agency.start);
    seeds.push({ type: 'Agency', name: replyingAgency, start: at, end: at < 0 ? -1 : at + p.agency.name.length, aliases: [cleanAgencyName(p.agency.name)!] });
  }
  // (A replying body found otherwise, by its document number, its own words or its page, is an entity of its letter too.)
  else if (replyingAgency) seeds.push({ type: 'Agency', name: replyingAgency, start: -1, end: -1, aliases: [] });
  // The bodies a header names as overseeing the handling (督办单位).
  for (const written of p.supervisors) {
    const name = canonicalAgency(written, j);
    if (name) seeds.push({ type: 'Agency', name, start: -1, end: -1, aliases: [written] });
  }
  // The page's publisher (发文机关, 发布机构) when it is a body: the government office that posts a bureau's letter.
  const publisher = p.header.publisher ? bodyNamed(p.header.publisher, j) : null;
  if (publisher) seeds.push({ type: 'Agency', name: publisher, start: -1, end: -1, aliases: [p.header.publisher!] });
  type Named = { name: string | null; start: number | null };
  const people: Named[] = [];
  appendEach(people, p.proposerPersons, (s): Named => ({ name: s.name, start: s.start }));
  people.push({ name: p.signer?.name ?? null, start: p.signer?.start ?? null });
  appendEach(people, p.closingPersons, (c): Named => ({ name: c.name, start: c.start }));
  people.push({ name: p.contact?.name ?? null, start: p.contact?.nameStart ?? null });
  appendEach(people, p.contact?.others ?? [], (o): Named => o);
  for (const person of people) {
    if (!person.name) continue;
    const start = inBody(person.start);
    seeds.push({ type: 'Person', name: person.name, start, end: start < 0 ? -1 : writtenEnd(text, start, person.name), aliases: [] });
  }
  // Officials the body names with their post (由副县长罗志刚领办).
  appendEach(seeds, findOfficials(text, bodyStart, bodyEnd), (o): Seed => ({ type: 'Person', name: o.name, start: o.start, end: o.end, aliases: [] }));

  // The body starts and ends on line boundaries, so one index of the whole text gives the body's
  // sentences and the structure's (a title above the body) alike.
  const sentences = new SentenceIndex(text);
  const entities: DraftEntity[] = collectMentions(text, bodyStart, bodyEnd, mergeVariants(withDeclaredShortNames(seeds, text), j), sentences);
  const fundsBySentence = fundMentionsBySentence(entities);
  const fundAmounts = (entity: DraftEntity): DraftEntity => {
    if (entity.type !== 'Fund') return entity;
    const mentions: DraftMention[] = [];
    appendEach(mentions, entity.mentions, (m): DraftMention => {
      const window = amountWindow(text, m, fundsBySentence.get(m.sentence.start)!);
      return { ...m, amounts: findAmounts(text.slice(window.start, window.end), goalLead(text, window.start)) };
    });
    return { ...entity, mentions };
  };
  // (Appended, not mapped, as the seeds are: the relation finder and listSentences walk these lists.)
  const withAmounts: DraftEntity[] = [];
  appendEach(withAmounts, entities, fundAmounts);

  const id =
    p.header.indexNumber && COMPLETE_INDEX_RE.test(p.header.indexNumber)
      ? p.header.indexNumber
      : `sha256:${contentHash(body)}`;
  // The replying and co-handling bodies as their entities are named once variants merged (罗村镇人民政府 into
  // 淄博市淄川区罗村镇人民政府): a relation points at a node the letter has.
  const replying = replyingAgency && agencyEntityName(entities, replyingAgency);
  const handlers = coHandlers.map((c) => ({ ...c, canonical: agencyEntityName(entities, c.canonical) }));
  const structural = structuralRelations(p, id, proposal, replying, handlers, sentences);

  return {
    source: doc.source,
    id,
    text,
    encoding: doc.encoding,
    ingest: doc.ingest ?? PLAIN_TEXT,
    letter: {
      indexNumber: p.header.indexNumber ?? null,
      docNumber: p.docNumber,
      title: p.title?.title ?? null,
      genre: p.header.genre ?? null,
      topics: splitTopics(p.header.topics),
      publisher: p.header.publisher ?? null,
      writtenDate: p.writtenDate,
      publishedDate: p.publishedDate,
      signedDate: p.signedDate,
      resultClass: p.resultClass,
    },
    proposal,
    otherProposals,
    proposer: p.proposer,
    replyingAgency: replying,
    coHandlers: [...new Set(handlers.map((c) => c.canonical))],
    signer: p.signer ? { name: p.signer.name, title: p.signer.title } : null,
    contact: p.contact ? { name: p.contact.name, phone: p.contact.phone } : null,
    ...listSentences(withAmounts, [...structural, ...findRelations(text, withAmounts, replying, sentences)]),
  };
}

/** The name of the Agency entity that `name` was merged into (its name or one of its aliases), else `name`. */
function agencyEntityName(entities: DraftEntity[], name: string): string {
  for (const e of entities) if (e.type === 'Agency' && (e.name === name || e.aliases.includes(name))) return e.name;
  return name;
}

/** Appends `make(item)` for each of `items` to `out`, in order (see readLetter: a loop, not map and concat). */
function appendEach<T, U>(out: U[], items: readonly T[], make: (item: T) => U): void {
  for (let i = 0; i < items.length; i++) out.push(make(items[i]!));
}

/** The body a whole string names (a header field's value), or null when it names none or more. */
function bodyNamed(value: string, j: Jurisdiction): string | null {
  const hits = findAgencies(value, j);
  return hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === value.length ? canonicalAgency(value, j) : null;
}

/** Where a name written from `start` ends, padding spaces included ("王 颖" for 王颖). */
function writtenEnd(text: string, start: number, name: string): number {
  if (text.startsWith(name, start)) return start + name.length;
  const padded = paddedName(name, 'uy');
  padded.lastIndex = start;
  return padded.test(text) ? padded.lastIndex : start + name.length;
}

type Located = { start: number; end: number; sentence: Evidence };

/** Fund mentions grouped by the start of their sentence, so each mention looks only at its neighbours. */
function fundMentionsBySentence(entities: DraftEntity[]): Map<number, Located[]> {
  const bySentence = new Map<number, Located[]>();
  for (const e of entities) {
    if (e.type !== 'Fund') continue;
    for (const m of e.mentions) {
      const list = bySentence.get(m.sentence.start);
      if (list) list.push(m);
      else bySentence.set(m.sentence.start, [m]);
    }
  }
  return bySentence;
}

/** The text before `at` back to the last full stop or line end, at most a sentence's length: where "到2024年底" announces goals. */
function goalLead(text: string, at: number): string {
  const floor = Math.max(0, at - MAX_SENTENCE);
  for (let i = at - 1; i >= floor; i--) {
    const ch = text.charAt(i);
    if (ch === '。' || ch === '\n') return text.slice(i + 1, at);
  }
  return text.slice(floor, at);
}

/** A fund mention's own stretch of its sentence: up to the next fund mention (in `sameSentence`) or the clause end. */
function amountWindow(text: string, m: Located, sameSentence: Located[]): { start: number; end: number } {
  const others = sameSentence.filter((o) => o.start !== m.start);
  const before = Math.max(m.sentence.start, ...others.filter((o) => o.end <= m.start).map((o) => o.end));
  const after = Math.min(m.sentence.end, ...others.filter((o) => o.start >= m.end).map((o) => o.start));
  // Figures before the name belong to it only within its own clause (总规模50亿元的…基金).
  return { start: clauseStartAfter(text, before, m.start), end: after };
}

/** Just after the last comma in text[floor, at], or `floor`: a bounded lastIndexOf, as ',' is rare in Chinese text. */
function clauseStartAfter(text: string, floor: number, at: number): number {
  for (let i = Math.min(at, text.length - 1); i >= floor; i--) {
    const ch = text.charAt(i);
    if (ch === '，' || ch === ',') return i + 1;
  }
  return floor;
}

function structuralRelations(
  p: ParsedLetter,
  id: string,
  proposal: Proposal,
  replyingAgency: string | null,
  coHandlers: { canonical: string; start: number; end: number }[],
  sentences: SentenceIndex,
): DraftRelation[] {
  const out: DraftRelation[] = [];
  const letter = { label: 'Letter' as const, key: id };
  const proposalKey = proposalKeyOf(proposal);
  const opening = p.opening ? sentences.at(p.opening.end - 1) : null;
  const titleEvidence = p.title ? sentences.line(p.title.line.start, p.title.line.end) : opening;
  if (proposalKey && titleEvidence) out.push({ type: 'REPLIES_TO', from: letter, to: { label: 'Proposal', key: proposalKey }, evidence: titleEvidence });
  const proposer = p.proposerPersons[0];
  if (proposalKey && proposer) {
    const at = p.salutation ?? proposer;
    out.push({ type: 'PROPOSED', from: { label: 'Person', key: proposer.name }, to: { label: 'Proposal', key: proposalKey }, evidence: sentences.line(at.start, at.end) });
  }
  if (replyingAgency && (titleEvidence || p.agency?.start != null)) {
    const ev = p.agency?.start != null && p.agency.start >= 0 ? sentences.at(p.agency.start) : titleEvidence!;
    out.push({ type: 'ISSUED_BY', from: letter, to: { label: 'Agency', key: replyingAgency }, evidence: ev });
  }
  for (const c of coHandlers) {
    const ev = c.start >= 0 ? sentences.at(c.start) : (opening ?? titleEvidence);
    if (ev) out.push({ type: 'CO_HANDLED', from: { label: 'Agency', key: c.canonical }, to: letter, evidence: ev });
  }
  if (p.signer?.name && p.signer.start !== null) {
    out.push({ type: 'SIGNED', from: { label: 'Person', key: p.signer.name }, to: letter, evidence: sentences.at(p.signer.start) });
  }
  return out;
}
