/**
 * Migration of the shipped data to the 0.2.0 model (issue 12): re-runnable, changes only what is
 * still in the 0.1.0 shape (`npx tsx scripts/migrations/0.2.0-sources-and-evidence.ts [DIR]`).
 *
 * 1. Every evidence span gets `type: 'span'` and the `sha256` of its words, loses `prefix` and
 *    `suffix`, and keeps `exact` only when it has at most 80 code points (names and the few
 *    words that state a fact); the words are checked against the source text first.
 * 2. Every free-text citation becomes a `reference` source (one per distinct reference, title
 *    and address as the citation printed them) plus `reference` evidence on the claim whose
 *    `quote` is the value as the project reference gazetteer prints it.
 * 3. The seed source becomes a `full-text` source; its citation becomes a note.
 * Prints what it changed; writes nothing when a check fails.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const DIR = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'data')
const GAZETTEER = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'reference', 'gazetteer.md')
const MAX_EXACT = 80

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any -- a migration reads old JSON of any shape

const read = (name: string): Json => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'))
const release = JSON.parse(readFileSync(join(DIR, 'releases', '0.1.0.json'), 'utf8')) as { date: string }
const RETRIEVED = release.date
const READ_VIA = 'project reference gazetteer (../shared/reference/gazetteer.md)'
const GAZETTEER_ID = 'project-reference-gazetteer'

interface ReferenceDef {
  id: string
  genre: 'encyclopedia' | 'gazetteer' | 'news-article' | 'statement'
  language: string
  title: string
  work: string
  address?: string
  repository?: string
  path?: string
  readVia?: string
  /** The citation as the gazetteer prints it, the evidence of the retrieval note. */
  printed: string
}

const wiki = (id: string, lang: string, title: string, printed: string, address?: string, mirror = false): ReferenceDef => ({
  id, genre: 'encyclopedia', language: lang, title, work: `Wikipedia (${lang})`, printed,
  ...(address ? { address } : {}),
  readVia: mirror && address ? `mirror copy at ${address}, value recorded in the ${READ_VIA}` : READ_VIA,
})

// Citation text (as printed in 0.1.0) → reference source.
const REFERENCES: Record<string, ReferenceDef> = {
  'GitHub Open-Syria/data-geography, data/governorates.json (P-codes from OCHA/HDX COD-AB)': { id: 'open-syria-governorates', genre: 'gazetteer', language: 'en', title: 'GitHub Open-Syria/data-geography, data/governorates.json (P-codes from OCHA/HDX COD-AB)', work: 'Open-Syria/data-geography', repository: 'Open-Syria/data-geography', path: 'data/governorates.json', readVia: READ_VIA, printed: '`data/governorates.json` (P-codes from OCHA/HDX COD-AB)' },
  'GitHub Open-Syria/data-geography, data/subdistricts.json': { id: 'open-syria-subdistricts', genre: 'gazetteer', language: 'en', title: 'GitHub Open-Syria/data-geography, data/subdistricts.json', work: 'Open-Syria/data-geography', repository: 'Open-Syria/data-geography', path: 'data/subdistricts.json', readVia: READ_VIA, printed: '`data/subdistricts.json`' },
  'GeoNames dump in GitHub sijomon/howlik, database/sql/data/geonames/countries/sy.sql': { id: 'geonames-dump-sy', genre: 'gazetteer', language: 'en', title: 'GeoNames dump in GitHub sijomon/howlik, database/sql/data/geonames/countries/sy.sql', work: 'GeoNames dump', repository: 'sijomon/howlik', path: 'database/sql/data/geonames/countries/sy.sql', readVia: READ_VIA, printed: '`database/sql/data/geonames/countries/sy.sql`' },
  'GitHub SpocWiki/_Standards, Earth/Continent/Asia/Asia~West/Syria.md': { id: 'spocwiki-standards-syria', genre: 'gazetteer', language: 'en', title: 'GitHub SpocWiki/_Standards, Earth/Continent/Asia/Asia~West/Syria.md', work: 'SpocWiki/_Standards', repository: 'SpocWiki/_Standards', path: 'Earth/Continent/Asia/Asia~West/Syria.md', readVia: READ_VIA, printed: '`Earth/Continent/Asia/Asia~West/Syria.md`' },
  'Wikipedia "Al-Bab" (mirror pinocchiopedia.com/wiki/Al_Bab)': wiki('wikipedia-en-al-bab', 'en', 'Wikipedia "Al-Bab"', 'Wikipedia "Al-Bab" (mirror pinocchiopedia.com/wiki/Al_Bab)', 'pinocchiopedia.com/wiki/Al_Bab', true),
  'Wikipedia "Dumayr" (en.m.wikipedia.org/wiki/Dumayr)': wiki('wikipedia-en-dumayr', 'en', 'Wikipedia "Dumayr"', 'Wikipedia "Dumayr" (en.m.wikipedia.org/wiki/Dumayr)', 'en.m.wikipedia.org/wiki/Dumayr'),
  'Wikipedia "Al-Tanf" (mirror wikizero.net/wiki/en/Al_Tanf)': wiki('wikipedia-en-al-tanf-mirror', 'en', 'Wikipedia "Al-Tanf"', 'Wikipedia "Al-Tanf" (mirror wikizero.net/wiki/en/Al_Tanf)', 'wikizero.net/wiki/en/Al_Tanf', true),
  'Wikipedia "Al-Tanf"': wiki('wikipedia-en-al-tanf', 'en', 'Wikipedia "Al-Tanf"', 'Current Wikipedia says'),
  'Wikipedia "Atme" (mirror wiki.riteme.site/wiki/Atmeh)': wiki('wikipedia-en-atme', 'en', 'Wikipedia "Atme"', 'Wikipedia "Atme" (mirror wiki.riteme.site/wiki/Atmeh)', 'wiki.riteme.site/wiki/Atmeh', true),
  'Scots Wikipedia "Damascus"': { ...wiki('wikipedia-sco-damascus', 'sco', 'Scots Wikipedia "Damascus"', 'Scots Wikipedia prints'), work: 'Wikipedia (sco)' },
  'Wikipedia "Harasta al-Basal"': wiki('wikipedia-en-harasta-al-basal', 'en', 'Wikipedia "Harasta al-Basal"', 'Wikipedia "Harasta al-Basal"'),
  'Arabic Wikipedia "معضمية القلمون"': wiki('wikipedia-ar-muadamiyat-al-qalamoun', 'ar', 'Arabic Wikipedia "معضمية القلمون"', 'Arabic Wikipedia "معضمية القلمون"'),
  'Arabic Wikipedia': wiki('wikipedia-ar-al-dumayr', 'ar', 'Arabic Wikipedia', '(Arabic Wikipedia)'),
  'Wikipedia "Roumieh" (mirror wikimili.com/en/Roumieh)': wiki('wikipedia-en-roumieh', 'en', 'Wikipedia "Roumieh"', 'Wikipedia "Roumieh" (mirror wikimili.com/en/Roumieh)', 'wikimili.com/en/Roumieh', true),
  'Wikipedia "Roumieh Prison"': wiki('wikipedia-en-roumieh-prison', 'en', 'Wikipedia "Roumieh Prison"', 'Wikipedia "Roumieh Prison"'),
  'Wikipedia "Syrian Desert"': wiki('wikipedia-en-syrian-desert', 'en', 'Wikipedia "Syrian Desert"', 'Wikipedia "Syrian Desert"'),
  'Wikipedia "The New Arab"': wiki('wikipedia-en-the-new-arab', 'en', 'Wikipedia "The New Arab"', 'Wikipedia "The New Arab"'),
  'Wikipedia "Syrian Democratic Forces"': wiki('wikipedia-en-syrian-democratic-forces', 'en', 'Wikipedia "Syrian Democratic Forces"', 'Wikipedia "Syrian Democratic Forces"'),
  'Wikipedia text on Ahmed al-Sharaa (copy at api.geni.com/people/Ahmed-al-Sharaa/6000000214967770827)': wiki('wikipedia-en-ahmed-al-sharaa-copy', 'en', 'Wikipedia text on Ahmed al-Sharaa', 'Wikipedia text (copy at api.geni.com/people/Ahmed-al-Sharaa/6000000214967770827)', 'api.geni.com/people/Ahmed-al-Sharaa/6000000214967770827', true),
  // News and organisation pages: no stored copy could be found and fingerprinted, so they stay
  // references, their address as printed and no date invented.
  'jpost.com/breaking-news/article-855217': { id: 'jpost-article-855217', genre: 'news-article', language: 'en', title: 'jpost.com/breaking-news/article-855217', work: 'jpost.com', address: 'jpost.com/breaking-news/article-855217', readVia: READ_VIA, printed: 'jpost.com/breaking-news/article-855217' },
  'AP report (copy at crbcnews.com/articles/6932b3d5e195639a8a1e8182)': { id: 'ap-report-crbcnews-copy', genre: 'news-article', language: 'en', title: 'AP report', work: 'AP', address: 'crbcnews.com/articles/6932b3d5e195639a8a1e8182', readVia: `copy at crbcnews.com/articles/6932b3d5e195639a8a1e8182, value recorded in the ${READ_VIA}`, printed: 'AP report (copy at crbcnews.com/articles/6932b3d5e195639a8a1e8182)' },
  'theglobalcoalition.org/en/mission/': { id: 'theglobalcoalition-mission', genre: 'statement', language: 'en', title: 'theglobalcoalition.org/en/mission/', work: 'theglobalcoalition.org', address: 'theglobalcoalition.org/en/mission/', readVia: READ_VIA, printed: 'theglobalcoalition.org/en/mission/' },
  'jusoor.co/Page/Message/en': { id: 'jusoor-message-page', genre: 'statement', language: 'en', title: 'jusoor.co/Page/Message/en', work: 'jusoor.co', address: 'jusoor.co/Page/Message/en', readVia: READ_VIA, printed: 'jusoor.co/Page/Message/en' },
  'syria.news/a354bff8-12122212.html': { id: 'syria-news-a354bff8-12122212', genre: 'news-article', language: 'ar', title: 'syria.news/a354bff8-12122212.html', work: 'syria.news', address: 'syria.news/a354bff8-12122212.html', readVia: READ_VIA, printed: 'syria.news/a354bff8-12122212.html' },
  'fedaa.alwehda.gov.sy/?p=40202': { id: 'fedaa-alwehda-40202', genre: 'news-article', language: 'ar', title: 'fedaa.alwehda.gov.sy/?p=40202', work: 'fedaa.alwehda.gov.sy', address: 'fedaa.alwehda.gov.sy/?p=40202', readVia: READ_VIA, printed: 'fedaa.alwehda.gov.sy/?p=40202' },
}
// The same file, cited once without the P-code remark.
REFERENCES['GitHub Open-Syria/data-geography, data/governorates.json'] = REFERENCES['GitHub Open-Syria/data-geography, data/governorates.json (P-codes from OCHA/HDX COD-AB)']!
const GAZETTEER_DEF: ReferenceDef = { id: GAZETTEER_ID, genre: 'gazetteer', language: 'en', title: 'Project reference gazetteer', work: 'syria-counter-isis project reference', printed: 'Reference facts for places and organisations (with citations)' }
// The project gazetteer's own sections are cited by name: one source, the section as locator.
const GAZETTEER_SECTIONS: Record<string, string> = {
  'Project reference gazetteer, "Organisations and people"': 'section "Organisations and people"',
  'Project reference gazetteer, "Towns, sites and regions"': 'section "Towns, sites and regions"',
  'Project reference gazetteer, "The article itself": Al-Araby Al-Jadeed, 2025-10-24, URL as stored with the seed': 'section "The article itself"',
}

interface Usage {
  /** The value as the gazetteer prints it. */
  quote: string
  locator?: string
  /** When the claim combines sources, it becomes the editors' inference with this reasoning. */
  editors?: string
}

// Claim (record id, path) and citation → the value as printed. Coordinates and identifiers are
// quoted mechanically from their own fields below.
const USAGES: Record<string, Usage> = {
  'ahmed-al-sharaa affiliations.0 | Wikipedia text on Ahmed al-Sharaa (copy at api.geni.com/people/Ahmed-al-Sharaa/6000000214967770827)': { quote: 'President of Syria since 29 January 2025', editors: 'The article names him Syrian president; the start date is read in the Wikipedia text cited, which the article does not give.' },
  'al-araby-al-jadeed aliases.0 | Wikipedia "The New Arab"': { quote: 'The New Arab' },
  'al-araby-al-jadeed notes.0 | Wikipedia "The New Arab"': { quote: 'London-based; launched March 2014; homepage alaraby.co.uk' },
  'al-sharq-news notes.1 | Project reference gazetteer, "Organisations and people"': { quote: 'nothing verified; not the Qatari daily al-Sharq' },
  'general-security affiliations.0 | AP report (copy at crbcnews.com/articles/6932b3d5e195639a8a1e8182)': { quote: 'a unit under the Interior Ministry', locator: 'as the project reference gazetteer records the AP report' },
  'global-coalition aliases.2 | theglobalcoalition.org/en/mission/': { quote: 'Global Coalition to Defeat ISIS/Daesh', locator: 'as the project reference gazetteer records it; the article says only "the international coalition", and that it is this coalition is the editors\' identification' },
  // After the errata split the coalition senses, the political coalition holds these two.
  'global-coalition-alliance aliases.0 | theglobalcoalition.org/en/mission/': { quote: 'Global Coalition to Defeat ISIS/Daesh', locator: 'as the project reference gazetteer records it; the article says only "the international coalition", and that it is this coalition is the editors\' identification' },
  'global-coalition-alliance notes.1 | theglobalcoalition.org/en/mission/': { quote: 'formed September 2014', locator: 'as the project reference gazetteer records it' },
  'al-dumayr parent | GitHub Open-Syria/data-geography, data/subdistricts.json': { quote: 'SY030203', locator: 'al-Dumayr subdistrict (Douma district)' },
  'global-coalition notes.1 | theglobalcoalition.org/en/mission/': { quote: 'formed September 2014', locator: 'as the project reference gazetteer records it' },
  'isis aliases.5 | Project reference gazetteer, "Organisations and people"': { quote: 'تنظيم الدولة', locator: 'section "Organisations and people", Arabic name printed beside داعش' },
  'jusoor-center aliases.0 | jusoor.co/Page/Message/en': { quote: 'Jusoor for Studies Center' },
  'sdf notes.3 | Wikipedia "Syrian Democratic Forces"': { quote: 'active from 10 October 2015' },
  'tom-barrack aliases.0 | jpost.com/breaking-news/article-855217': { quote: 'توم باراك' },
  'tom-barrack affiliations.0 | jpost.com/breaking-news/article-855217': { quote: 'US Special Envoy for Syria from 23 May 2025', editors: 'The article names him US envoy to Syria; the start date is read in the jpost.com page cited, which the article does not give.' },
  'tom-barrack affiliations.1 | jpost.com/breaking-news/article-855217': { quote: 'US Ambassador to Türkiye' },
  'al-dumayr aliases.0 | Wikipedia "Dumayr" (en.m.wikipedia.org/wiki/Dumayr)': { quote: 'Dumeir', locator: 'page title' },
  'al-dumayr aliases.2 | GitHub Open-Syria/data-geography, data/subdistricts.json': { quote: 'Dhameer', locator: 'name of al-Dumayr subdistrict' },
  'al-dumayr parent | Wikipedia "Dumayr" (en.m.wikipedia.org/wiki/Dumayr)': { quote: 'Rif Dimashq > Duma District', locator: 'hierarchy', editors: 'English Wikipedia places the town in Rif Dimashq; Arabic Wikipedia makes it the seat of al-Dumayr subdistrict: two references read together.' },
  'al-dumayr parent | Arabic Wikipedia': { quote: 'also the seat of al-Dumayr subdistrict', locator: 'as the project reference gazetteer records it' },
  'al-jurayjisa notes.1 | fedaa.alwehda.gov.sy/?p=40202': { quote: 'جرجيسة', locator: 'spelling of a southern-Hama village' },
  'al-tanf-base parent | Wikipedia "Al-Tanf" (mirror wikizero.net/wiki/en/Al_Tanf)': { quote: 'disputed: one copy Rif Dimashq > Douma; others Homs governorate', locator: 'hierarchy, as the project reference gazetteer records it' },
  'al-tanf-base notes.0 | Wikipedia "Al-Tanf" (mirror wikizero.net/wiki/en/Al_Tanf)': { quote: 'disputed: one copy Rif Dimashq > Douma; others Homs governorate', locator: 'hierarchy, as the project reference gazetteer records it' },
  'al-tanf-base notes.1 | Wikipedia "Al-Tanf" (mirror wikizero.net/wiki/en/Al_Tanf)': { quote: 'established 3 March 2016' },
  'al-tanf-base notes.2 | Wikipedia "Al-Tanf"': { quote: 'the last US personnel left on 11 February 2026' },
  'aleppo-governorate parent | GitHub Open-Syria/data-geography, data/governorates.json (P-codes from OCHA/HDX COD-AB)': { quote: 'SY02', locator: 'governorates table, P-code of Aleppo (SY = Syria)' },
  'hama-governorate parent | GitHub Open-Syria/data-geography, data/governorates.json (P-codes from OCHA/HDX COD-AB)': { quote: 'SY05', locator: 'governorates table, P-code of Hama (SY = Syria)' },
  'idlib-governorate parent | GitHub Open-Syria/data-geography, data/governorates.json (P-codes from OCHA/HDX COD-AB)': { quote: 'SY07', locator: 'governorates table, P-code of Idlib (SY = Syria)' },
  'rif-dimashq parent | GitHub Open-Syria/data-geography, data/governorates.json (P-codes from OCHA/HDX COD-AB)': { quote: 'SY03', locator: 'governorates table, P-code of Rif Dimashq (SY = Syria)' },
  'atmeh aliases.0 | Wikipedia "Atme" (mirror wiki.riteme.site/wiki/Atmeh)': { quote: 'Atme', locator: 'page title' },
  'atmeh aliases.1 | Wikipedia "Atme" (mirror wiki.riteme.site/wiki/Atmeh)': { quote: 'اطمه' },
  'damascus parent | GeoNames dump in GitHub sijomon/howlik, database/sql/data/geonames/countries/sy.sql': { quote: 'Damascus governorate', locator: 'hierarchy', editors: 'Damascus city forms the Damascus governorate, which the article does not mention; the editors place the city directly under Syria.' },
  'harasta-national-hospital notes.0 | syria.news/a354bff8-12122212.html': { quote: 'in Rif Dimashq (Harasta)', locator: 'as the project reference gazetteer records it' },
  'muadamiyat-al-qalamoun parent | Arabic Wikipedia "معضمية القلمون"': { quote: 'Rif Dimashq > al-Qutayfah district > Markaz al-Qutayfah subdistrict', locator: 'hierarchy' },
  'muadamiyat-al-qalamoun notes.1 | Project reference gazetteer, "Towns, sites and regions"': { quote: 'not Muadamiyat al-Sham (a different town near Darayya)' },
  'roumieh parent | Wikipedia "Roumieh" (mirror wikimili.com/en/Roumieh)': { quote: 'Mount Lebanon governorate > Matn district', locator: 'hierarchy', editors: "The article's words and the Wikipedia page cited are read together for this parent." },
  'roumieh notes.0 | Wikipedia "Roumieh" (mirror wikimili.com/en/Roumieh)': { quote: 'Mount Lebanon governorate > Matn district', locator: 'hierarchy' },
  'roumieh-prison parent | Wikipedia "Roumieh Prison"': { quote: 'in Roumieh, Matn district', locator: 'hierarchy', editors: "The article's words and the Wikipedia page cited are read together for this parent." },
  'syrian-badia aliases.1 | Wikipedia "Syrian Desert"': { quote: 'بادية الشام' },
  'syrian-badia notes.0 | Wikipedia "Syrian Desert"': { quote: 'region across Syria, Iraq, Jordan, Saudi Arabia' },
}

const problems: string[] = []
const gazetteer = existsSync(GAZETTEER) ? readFileSync(GAZETTEER, 'utf8') : undefined
function checkPrinted(quote: string, where: string): void {
  if (gazetteer !== undefined && !gazetteer.includes(quote)) problems.push(`${where}: ${JSON.stringify(quote)} is not printed in the reference gazetteer`)
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')
const counts = { spans: 0, exactKept: 0, exactDropped: 0, referenceEvidence: 0, editors: 0, sourcesAdded: 0 }
const usedSources = new Set<string>()

const files = ['sources', 'actors', 'locations', 'operations', 'quotes', 'corrections'] as const
const data = Object.fromEntries(files.map((f) => [f, read(f)])) as Record<(typeof files)[number], { records: Json[] }>
const textOf = new Map<string, string[]>()
for (const s of data.sources.records) if (typeof s.file === 'string') textOf.set(s.id, [...readFileSync(join(DIR, s.file), 'utf8')])

function migrateSpan(e: Json, where: string): Json {
  if (e.type !== undefined && e.type !== 'span') return e
  const chars = textOf.get(e.source)
  const { prefix: _p, suffix: _s, type: _t, sha256: _h, exact, ...rest } = e
  let words: string | undefined = exact
  if (chars) {
    words = chars.slice(e.start, e.end).join('')
    if (exact !== undefined && words !== exact) problems.push(`${where}: the text at ${e.start}-${e.end} is not the span's exact`)
  }
  if (words === undefined) {
    problems.push(`${where}: no text and no exact to hash`)
    return e
  }
  if (e.type === undefined) counts.spans++
  const keep = exact !== undefined && [...exact].length <= MAX_EXACT
  if (e.type === undefined) keep ? counts.exactKept++ : counts.exactDropped++
  return { type: 'span', source: rest.source, start: rest.start, end: rest.end, utf16: rest.utf16, sha256: sha256(words), ...(keep ? { exact } : {}) }
}

function referenceEvidence(citation: { text: string; note?: string }, usage: Usage | undefined, fallbackQuote: string | undefined, where: string): Json | undefined {
  const section = GAZETTEER_SECTIONS[citation.text]
  const def = section ? GAZETTEER_DEF : REFERENCES[citation.text]
  if (!def) {
    problems.push(`${where}: no reference source for the citation ${JSON.stringify(citation.text)}`)
    return undefined
  }
  const quote = usage?.quote ?? fallbackQuote
  if (quote === undefined) {
    problems.push(`${where}: no printed value known for the citation ${JSON.stringify(citation.text)}`)
    return undefined
  }
  checkPrinted(quote, where)
  usedSources.add(def.id)
  counts.referenceEvidence++
  const locator = usage?.locator ?? section ?? (citation.note ? citation.note.replace(/\.$/, '') : undefined)
  return { type: 'reference', source: def.id, ...(locator ? { locator } : {}), quote }
}

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v)

function walk(value: Json, path: (string | number)[], recordId: string, file: string): Json {
  if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i], recordId, file))
  if (!isObject(value)) return value
  const where = `${file} "${recordId}" ${path.join('.') || '(record)'}`
  const out: Record<string, Json> = {}
  for (const [key, child] of Object.entries(value)) {
    if (key === 'evidence' && Array.isArray(child)) out[key] = child.map((e, i) => (isObject(e) ? migrateSpan(e, `${where}.evidence.${i}`) : e))
    else if (key === 'citations' || key === 'citation') continue
    else out[key] = walk(child, [...path, key], recordId, file)
  }
  const citations: { text: string; note?: string }[] = Array.isArray(value.citations) ? value.citations : isObject(value.citation) ? [value.citation as { text: string; note?: string }] : []
  if (citations.length === 0) return out
  const pathKey = path.join('.')
  // Coordinates and identifiers are quoted from their own fields, as printed.
  const fallback = typeof value.lat === 'number' ? `${value.lat}, ${value.lon}` : typeof value.scheme === 'string' ? String(value.value) : undefined
  let editors: string | undefined
  const added: Json[] = []
  for (const citation of citations) {
    const usage = USAGES[`${recordId} ${pathKey} | ${citation.text}`]
    if (usage?.editors) editors = usage.editors
    const e = referenceEvidence(citation, usage, fallback, where)
    if (e) added.push(e)
  }
  out.evidence = [...(Array.isArray(out.evidence) ? out.evidence : []), ...added]
  // A claim resting on more than one publication is the editors' reading of them together.
  if (editors !== undefined && 'assertedBy' in out) {
    out.assertedBy = 'editors'
    out.reasoning = editors
    counts.editors++
  } else if ('assertedBy' in out && out.evidence.some((e: Json) => e.type === 'span') && added.length > 0) {
    problems.push(`${where}: mixes article spans and references without an editors' reasoning`)
  }
  return out
}

function retrievalNote(def: ReferenceDef): Json {
  return {
    text: { en: def.id === GAZETTEER_ID
      ? `retrieved is the 0.1.0 release date (${RETRIEVED}): the day the project recorded its values from this gazetteer.`
      : `retrieved is the 0.1.0 release date (${RETRIEVED}): the day the project recorded the value from its reference gazetteer, not a day the page itself was read.` },
    assertedBy: 'editors',
    certainty: 'reported',
    reasoning: 'The 0.1.0 citations carried no retrieval date; the release date in data/releases/0.1.0.json is the day the values were recorded.',
    evidence: [{ type: 'reference', source: GAZETTEER_ID, quote: def.printed }],
  }
}

function referenceSource(def: ReferenceDef): Json {
  checkPrinted(def.printed, `source "${def.id}"`)
  return {
    id: def.id, kind: 'reference', genre: def.genre, language: def.language, title: def.title, work: def.work,
    ...(def.address ? { address: def.address } : {}),
    ...(def.repository ? { repository: def.repository, path: def.path } : {}),
    retrieved: RETRIEVED,
    ...(def.readVia ? { readVia: def.readVia } : {}),
    notes: [retrievalNote(def)],
  }
}

// The seed source: news-article → full-text; its citation becomes a note on the source.
const SEED_URL = gazetteer?.match(/`(https:\/\/www\.alaraby\.co\.uk\/[^`]+)`/)?.[1]
data.sources.records = data.sources.records.map((s: Json) => {
  if (s.kind !== 'news-article' && s.kind !== 'statement' && s.kind !== 'report') return walk(s, [], s.id, 'sources')
  if (s.kind === 'report' && s.url && !s.file) return walk(s, [], s.id, 'sources') // already a 0.2.0 report
  const { citations, kind, ...rest } = s
  const migrated = walk(rest, [], s.id, 'sources')
  const notes = [...(migrated.notes ?? [])]
  for (const c of citations ?? []) {
    const section = GAZETTEER_SECTIONS[c.text]
    if (!section || SEED_URL === undefined) {
      problems.push(`sources "${s.id}": citation ${JSON.stringify(c.text)} has no migration`)
      continue
    }
    usedSources.add(GAZETTEER_ID)
    notes.push({
      text: { en: `The address is the URL as stored with the seed. ${c.note ?? ''}`.trim() },
      assertedBy: 'reporter', certainty: 'reported',
      evidence: [{ type: 'reference', source: GAZETTEER_ID, locator: section, quote: SEED_URL }],
    })
    counts.referenceEvidence++
  }
  const { id, publisher, title, published, language, textDirection, normalization, sha256: hash, length, utf16Length, file, url, evidence } = migrated
  return { id, kind: 'full-text', genre: kind, publisher, ...(title ? { title } : {}), published, language, textDirection, normalization, sha256: hash, length, utf16Length, file, url, evidence, notes }
})

for (const file of files) {
  if (file === 'sources') continue
  data[file].records = data[file].records.map((r: Json) => walk(r, [], r.id, file))
}

const have = new Set(data.sources.records.map((s: Json) => s.id))
const defs = [GAZETTEER_DEF, ...new Set(Object.values(REFERENCES))]
if (usedSources.size > 0) usedSources.add(GAZETTEER_ID) // every retrieval note cites it
for (const def of defs) {
  if (!usedSources.has(def.id) || have.has(def.id)) continue
  data.sources.records.push(referenceSource(def))
  have.add(def.id)
  counts.sourcesAdded++
}
data.sources.records.sort((a: Json, b: Json) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

if (problems.length > 0) {
  console.error(`Nothing written: ${problems.length} problem(s)\n${problems.join('\n')}`)
  process.exit(1)
}
for (const file of files) writeFileSync(join(DIR, `${file}.json`), `${JSON.stringify(data[file], null, 2)}\n`)
console.log(JSON.stringify(counts))
