/**
 * Deterministic synthetic records for the benchmark and the property tests: valid by
 * construction (they pass `parseDataset`, evidence spans included: every span is a real slice
 * of one synthetic source text), with actors, a country > governorate > town > facility
 * hierarchy, operations and quotes in proportion to the number of operations.
 */
import { createHash } from 'node:crypto'

/** A seeded PRNG (mulberry32): same seed, same records, on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const SOURCE_ID = 'synthetic-source'
const PHRASES = [
  'نفذت قوات الأمن عملية ضد خلية',
  'قتل عنصران في الاشتباك',
  'اعتقلت القوات عدداً من المشتبه بهم',
  'قال المتحدث إن التنسيق مستمر',
  'في بلدة صغيرة بريف المحافظة',
  'أكدت مصادر محلية الخبر',
  'المحافظة',
  'الدولة',
]
// One source text for every record: the phrases separated by filler, so offsets are real.
export const SOURCE_TEXT = PHRASES.map((p, i) => `الفقرة ${i + 1}: ${p}. `).join('') + 'نهاية النص.'

const SPANS = PHRASES.map((exact) => {
  const start = SOURCE_TEXT.indexOf(exact)
  // The text is all BMP characters, so code-point and UTF-16 offsets coincide.
  return { type: 'span' as const, source: SOURCE_ID, start, end: start + exact.length, utf16: { start, end: start + exact.length }, sha256: createHash('sha256').update(exact, 'utf8').digest('hex'), exact }
})

const span = (k: number): (typeof SPANS)[number] => SPANS[k % SPANS.length]!
export const REFERENCE_ID = 'synthetic-gazetteer'
const REFERENCE = [{ type: 'reference' as const, source: REFERENCE_ID, quote: 'synthetic value (benchmark data, not real places)' }]

export interface SyntheticOptions {
  /** Number of operations. */
  readonly operations: number
  /** PRNG seed (default 1). */
  readonly seed?: number
  /** First year of the dates (default 2020); dates span `years` years. */
  readonly firstYear?: number
  /** Number of years the dates span (default 10). */
  readonly years?: number
  /** Actors per operation (default 1/50, at least 12). */
  readonly actorRatio?: number
  /** Quotes per operation (default 1/10). */
  readonly quoteRatio?: number
}

export interface SyntheticRecords {
  readonly sources: unknown[]
  readonly actors: unknown[]
  readonly locations: unknown[]
  readonly operations: unknown[]
  readonly quotes: unknown[]
  readonly corrections: unknown[]
  readonly redirects: unknown[]
}

const ROLES = ['lead', 'partner', 'support', 'coordinated', 'target'] as const
const TYPES = ['ground-incursion', 'airborne-landing', 'storming', 'arrest', 'clash', 'cell-dismantling', 'seizure', 'air-strike', 'security-operation'] as const
const CERTAINTIES = ['confirmed', 'reported', 'claimed', 'believed', 'disputed'] as const
const ACTOR_KINDS = ['person', 'organization', 'government-body', 'armed-group', 'collective'] as const
const CHANNELS = ['post-on-x', 'interview-with-publication', 'official-statement', 'statement-to-media', 'unspecified'] as const
const TOPICS = ['security-coordination', 'counter-terrorism', 'sanctions', 'detention-centres', 'territorial-control']
const ARABIC_NAMES = ['عبد الله', 'مُحَمَّد', 'خالد', 'برّاك', 'أحمد', 'إبراهيم', 'آمنة', 'فاطمة', 'يحيى', 'سلمى']

const pad = (n: number, width = 7): string => String(n).padStart(width, '0')
const two = (n: number): string => String(n).padStart(2, '0')
const DAYS_IN_MONTH = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** A random EDTF date: mostly days, some months, years, intervals, qualifiers and open ends. */
export function randomEdtf(rand: () => number, firstYear: number, years: number): string {
  const y = firstYear + Math.floor(rand() * years)
  const m = 1 + Math.floor(rand() * 12)
  const d = 1 + Math.floor(rand() * DAYS_IN_MONTH(y, m))
  const r = rand()
  const q = rand()
  const qualifier = q < 0.05 ? '?' : q < 0.08 ? '~' : q < 0.09 ? '%' : ''
  if (r < 0.7) return `${y}-${two(m)}-${two(d)}${qualifier}`
  if (r < 0.88) return `${y}-${two(m)}${qualifier}`
  if (r < 0.91) return `${y}${qualifier}`
  if (r < 0.96) {
    // A short interval of days, possibly crossing a month or year end.
    const start = Date.UTC(y, m - 1, d)
    const end = new Date(start + Math.floor(rand() * 20) * 86_400_000)
    return `${y}-${two(m)}-${two(d)}/${end.getUTCFullYear()}-${two(end.getUTCMonth() + 1)}-${two(end.getUTCDate())}`
  }
  if (r < 0.99) {
    const m2 = Math.min(12, m + 1 + Math.floor(rand() * 3))
    return `${y}-${two(m)}/${y + (rand() < 0.2 ? 1 : 0)}-${two(m2)}`
  }
  return rand() < 0.5 ? `${y}-${two(m)}/..` : `../${y}-${two(m)}-${two(d)}`
}

/**
 * Generates a valid dataset of `operations` operations and proportional other records, with
 * every default field written out (so it is also a valid `Dataset` without parsing).
 */
export function syntheticRecords(options: SyntheticOptions): SyntheticRecords {
  const rand = mulberry32(options.seed ?? 1)
  const n = options.operations
  const firstYear = options.firstYear ?? 2020
  const years = options.years ?? 10
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
  const int = (max: number): number => Math.floor(rand() * max)

  const actorCount = Math.max(12, Math.round(n * (options.actorRatio ?? 1 / 50)))
  const governorateCount = Math.max(3, Math.round(Math.sqrt(n) / 10))
  const townCount = Math.max(8, Math.round(n / 100))
  const facilityCount = Math.max(2, Math.round(n / 1000))
  const quoteCount = Math.round(n * (options.quoteRatio ?? 1 / 10))

  const claim = { assertedBy: 'reporter', certainty: 'reported', evidence: REFERENCE }
  const sources = [
    {
      id: SOURCE_ID,
      kind: 'full-text',
      genre: 'report',
      publisher: 'actor-0000000',
      published: `${firstYear + years}-01-01`,
      language: 'ar',
      textDirection: 'rtl',
      normalization: 'NFC',
      sha256: createHash('sha256').update(SOURCE_TEXT, 'utf8').digest('hex'),
      length: [...SOURCE_TEXT].length,
      utf16Length: SOURCE_TEXT.length,
      evidence: [span(0)],
      notes: [],
    },
    { id: REFERENCE_ID, kind: 'reference', genre: 'gazetteer', language: 'en', title: 'Synthetic gazetteer', work: 'Synthetic gazetteer (benchmark data, not real places)', notes: [] },
  ]
  const actorIds: string[] = []
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const id = `actor-${pad(i)}`
    actorIds.push(id)
    const ar = `${pick(ARABIC_NAMES)} ${i}`
    return {
      id,
      kind: i === 0 ? 'media' : pick(ACTOR_KINDS),
      name: { en: `Actor ${i} al-Name`, ar },
      aliases: i % 7 === 0 ? [{ text: `Alias ${i}`, lang: 'en', evidence: [] }] : [],
      identified: true,
      affiliations: [],
      kinship: [],
      identifiers: [],
      notes: [],
      evidence: [span(i)],
    }
  })
  const locations: Record<string, unknown>[] = []
  const place = (id: string, kind: string, parent: string | undefined, coordinates: boolean): string => {
    locations.push({
      id,
      kind,
      name: { en: `Place ${id}`, ar: `مكان ${locations.length}` },
      aliases: [],
      countryCodes: ['SY'],
      ...(parent ? { parent: { location: parent, ...claim } } : {}),
      relatedPlaces: [],
      ...(coordinates ? { coordinates: { lat: 32 + rand() * 5, lon: 36 + rand() * 5, precision: kind === 'governorate' ? 'area-centroid' : 'point', evidence: REFERENCE } } : {}),
      alternativeCoordinates: [],
      identifiers: [],
      notes: [],
      evidence: [span(kind === 'country' ? 7 : kind === 'governorate' ? 6 : 4)],
    })
    return id
  }
  const country = place('place-country', 'country', undefined, false)
  const governorates = Array.from({ length: governorateCount }, (_, i) => place(`place-gov-${pad(i)}`, 'governorate', country, rand() < 0.9))
  const towns = Array.from({ length: townCount }, (_, i) => place(`place-town-${pad(i)}`, pick(['city', 'town', 'village'] as const), pick(governorates), rand() < 0.7))
  const facilities = Array.from({ length: facilityCount }, (_, i) => place(`place-facility-${pad(i)}`, 'facility', pick(towns), rand() < 0.3))
  const where = [...towns, ...towns, ...towns, ...facilities, ...governorates]

  const operationIds = Array.from({ length: n }, (_, i) => `op-${pad(i)}`)
  const operations = operationIds.map((id, i) => {
    const participants = Array.from({ length: 1 + int(3) }, () => ({ actor: pick(actorIds), role: pick(ROLES), ...claim, evidence: [span(0)] }))
    const outcomes = Array.from({ length: int(3) }, () => {
      const kind = pick(['killed', 'detained', 'died-of-wounds', 'wounded'] as const)
      const min = int(4)
      return {
        kind,
        actors: rand() < 0.3 ? [pick(actorIds)].slice(0, Math.max(min, 1)) : [],
        count: { min: Math.max(min, 1), max: rand() < 0.2 ? null : Math.max(min, 1) + int(2) },
        ...claim,
        evidence: [span(kind === 'detained' ? 2 : 1)],
      }
    })
    return {
      id,
      title: { en: `Synthetic operation ${i}`, ar: `عملية ${i}` },
      date: randomEdtf(rand, firstYear, years),
      dateBasis: 'explicit',
      location: pick(where),
      types: [...new Set([pick(TYPES), ...(rand() < 0.3 ? [pick(TYPES)] : [])])],
      participants,
      outcomes,
      relations: i > 0 && rand() < 0.05 ? [{ operation: operationIds[int(i)]!, kind: 'possibly-same-as', ...claim }] : [],
      notes: [],
      assertedBy: 'reporter',
      certainty: pick(CERTAINTIES),
      evidence: [span(0)],
    }
  })
  const quotes = Array.from({ length: quoteCount }, (_, i) => {
    const dated = rand() < 0.8
    return {
      id: `quote-${pad(i)}`,
      speaker: pick(actorIds),
      text: { ar: `قال المتحدث ${i}`, en: `The spokesman said ${i}` },
      translation: { from: 'ar', to: 'en', by: 'dataset-editors' },
      mode: rand() < 0.5 ? 'direct' : 'indirect',
      channel: pick(CHANNELS),
      ...(dated ? { date: randomEdtf(rand, firstYear, years), dateBasis: 'inferred' } : {}),
      about: {
        operations: rand() < 0.5 ? [pick(operationIds)] : [],
        actors: rand() < 0.5 ? [pick(actorIds), pick(actorIds)].filter((a, k, all) => all.indexOf(a) === k) : [],
        locations: rand() < 0.3 ? [pick(where)] : [],
        topics: rand() < 0.5 ? [pick(TOPICS)] : [],
      },
      notes: [],
      assertedBy: 'reporter',
      certainty: 'reported',
      evidence: [span(3)],
    }
  })
  // A few retired actor ids, one of them chained, to exercise redirects.
  const redirects = Array.from({ length: Math.max(2, Math.round(actorCount / 100)) }, (_, i) => ({
    id: `retired-actor-${pad(i)}`,
    to: i === 0 ? 'retired-actor-0000001' : pick(actorIds),
    date: `${firstYear + years}-01-01`,
    reason: 'Merged duplicate (synthetic).',
  }))
  return { sources, actors, locations, operations, quotes, corrections: [], redirects }
}
