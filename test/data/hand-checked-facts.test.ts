/**
 * Facts read by hand from the article (data/sources/000_4325f0170ff2d2c8.txt) and written here
 * independently of data/: if a record drifts from what the article says, one of these fails.
 */
import { describe, expect, it } from 'vitest'
import { actors, locations, operations, quotes, redirects, sources } from '../../src/data/index.js'

const op = (id: string) => {
  const found = operations.find((o) => o.id === id)
  if (!found) throw new Error(`no operation ${id}`)
  return found
}
const outcome = (id: string, kind: string) => op(id).outcomes.filter((o) => o.kind === kind)
const roleOf = (id: string, actor: string) => op(id).participants.filter((p) => p.actor === actor).map((p) => [p.role, p.certainty])

describe('the source', () => {
  it('is Al-Araby Al-Jadeed of Friday 2025-10-24, in Arabic', () => {
    expect(sources.filter((s) => s.kind === 'full-text')).toHaveLength(1)
    expect(sources.find((s) => s.kind === 'full-text')).toMatchObject({ publisher: 'al-araby-al-jadeed', published: '2025-10-24', language: 'ar', textDirection: 'rtl' })
    expect(sources.find((s) => s.kind === 'full-text')?.title).toBeUndefined() // the headline was never verified
  })
})

describe('dates', () => {
  it.each([
    ['2025-07-al-bab-airborne-landing', '2025-07', 'relative-to-publication'], // "في يوليو/تموز الماضي"
    ['2025-08-atmeh-airborne-landing', '2025-08', 'relative-to-publication'], // "في أغسطس/آب الماضي"
    ['2025-09-al-jurayjisa-airborne-landing', '2025-09', 'relative-to-publication'], // "في شهر سبتمبر/أيلول الماضي"
    ['2025-10-18-al-dumayr-ground-incursion', '2025-10-18', 'relative-to-publication'], // "السبت الماضي" in a Friday paper
    ['2025-10-18-rif-dimashq-joint-operation', '2025-10-18', 'relative-to-publication'],
    ['2025-10-muadamiyat-al-qalamoun-cell-dismantling', '../2025-10-18', 'inferred'], // only its announcement is dated: on or before that day
  ])('%s is dated %s (%s)', (id, date, basis) => {
    expect(op(id).date).toBe(date)
    expect(op(id).dateBasis).toBe(basis)
  })

  it('keeps the month-only precision of the ISIS warning (April) and the White House conditions (May)', () => {
    expect(quotes.find((q) => q.id === 'isis-warning-to-al-sharaa')?.date).toBe('2025-04')
    expect(quotes.find((q) => q.id === 'white-house-sanctions-conditions')?.date).toBe('2025-05')
  })
})

describe('counts, exactly as stated', () => {
  it('al-Bab: 3 killed (the leader and his two sons), "others" arrested', () => {
    expect(outcome('2025-07-al-bab-airborne-landing', 'killed')).toMatchObject([{ count: { min: 3, max: 3 }, actors: ['dhiya-al-hardani', 'abdullah-al-hardani', 'abd-al-rahman-al-hardani'] }])
    expect(outcome('2025-07-al-bab-airborne-landing', 'detained')).toMatchObject([{ count: { min: 2, max: null } }])
  })

  it('Atmeh: one ISIS leader killed while trying to flee; no other outcome mentioned', () => {
    const o = op('2025-08-atmeh-airborne-landing')
    expect(o.outcomes.map((x) => [x.kind, x.count])).toEqual([['killed', { min: 1, max: 1 }]])
    expect(o.outcomes[0]?.circumstances?.ar).toBe('أثناء محاولته الهرب')
  })

  it('al-Jurayjisa: one killed, lasted half an hour, coordination with Damascus only believed', () => {
    expect(outcome('2025-09-al-jurayjisa-airborne-landing', 'killed')).toMatchObject([{ count: { min: 1, max: 1 }, actors: ['roumieh-former-inmate'] }])
    expect(op('2025-09-al-jurayjisa-airborne-landing').duration?.iso).toBe('PT30M')
    expect(roleOf('2025-09-al-jurayjisa-airborne-landing', 'syrian-government')).toEqual([['coordinated', 'believed']])
  })

  it('Muadamiyat al-Qalamoun: 1 arrested, 2 killed, arms and one suicide belt seized, all per the ministry', () => {
    const id = '2025-10-muadamiyat-al-qalamoun-cell-dismantling'
    expect(outcome(id, 'detained').map((o) => o.count)).toEqual([{ min: 1, max: 1 }])
    expect(outcome(id, 'killed').map((o) => o.count)).toEqual([{ min: 2, max: 2 }])
    expect(outcome(id, 'seized').map((o) => [o.items?.ar, o.count])).toEqual([['أسلحة وذخائر', undefined], ['حزام ناسف معدّ للتفجير', { min: 1, max: 1 }]])
    expect(new Set(op(id).outcomes.map((o) => `${o.assertedBy}/${o.certainty}`))).toEqual(new Set(['interior-ministry/claimed']))
  })

  it('al-Dumayr: one man detained (the publication says), wounded, released, dead of his wounds soon after in Harasta hospital, per local sources', () => {
    const id = '2025-10-18-al-dumayr-ground-incursion'
    expect(op(id).outcomes.map((o) => [o.kind, o.actors, o.count?.min, o.assertedBy])).toEqual([
      ['detained', ['khaled-al-masoud'], 1, 'reporter'],
      ['wounded', ['khaled-al-masoud'], 1, 'local-sources'],
      ['released', ['khaled-al-masoud'], 1, 'local-sources'],
      ['died-of-wounds', ['khaled-al-masoud'], 1, 'local-sources'],
    ])
    expect(outcome(id, 'died-of-wounds')[0]?.location).toBe('harasta-national-hospital')
    expect(outcome(id, 'died-of-wounds')[0]?.circumstances?.ar).toBe('ما لبث أن فارق الحياة') // "soon after"
    expect(op(id).participants.map((p) => [p.actor, p.role])).toEqual([['global-coalition', 'lead'], ['syrian-government', 'partner'], ['al-dumayr-intended-target', 'target']])
    expect(op(id).launchedFrom).toBe('al-tanf-base')
  })

  it('never writes a count of 0 for something not mentioned', () => {
    const zeros = operations.flatMap((o) => o.outcomes.filter((x) => x.count?.min === 0 && x.count.max === 0).map(() => o.id))
    expect(zeros).toEqual([])
  })
})

describe('places', () => {
  it.each([
    ['al-bab', 'aleppo-governorate'],
    ['atmeh', 'idlib-governorate'],
    ['al-jurayjisa', 'hama-governorate'],
    ['al-dumayr', 'rif-dimashq'],
    ['muadamiyat-al-qalamoun', 'rif-dimashq'],
    ['harasta-national-hospital', 'harasta'],
    ['roumieh-prison', 'roumieh'],
  ])('%s is in %s', (place, parent) => {
    expect(locations.find((l) => l.id === place)?.parent?.location).toBe(parent)
  })

  it('has no coordinates for al-Jurayjisa or the Harasta hospital, which no reference locates', () => {
    expect(locations.find((l) => l.id === 'al-jurayjisa')?.coordinates).toBeUndefined()
    expect(locations.find((l) => l.id === 'harasta-national-hospital')?.coordinates).toBeUndefined()
  })

  it('uses the gazetteer points for Atmeh and al-Tanf', () => {
    expect(locations.find((l) => l.id === 'atmeh')?.coordinates).toMatchObject({ lat: 36.31111, lon: 36.68639, precision: 'point' })
    expect(locations.find((l) => l.id === 'al-tanf-base')?.coordinates).toMatchObject({ lat: 33.50583, lon: 38.61778 })
  })
})

describe('attribution and contradictions', () => {
  it('keeps both versions of who Khaled al-Masoud was', () => {
    const masoud = actors.find((a) => a.id === 'khaled-al-masoud')
    expect(masoud?.affiliations.map((a) => [a.actor, a.assertedBy, a.certainty])).toEqual([
      ['isis', 'editors', 'believed'], // believed by someone unnamed (the coalition, implied), refuted
      ['syrian-intelligence', 'local-sources', 'reported'], // unnamed local sources affirm it
    ])
    expect(masoud?.affiliations[0]?.reasoning).toMatch(/coalition/)
  })

  it('puts the security source\'s account of the al-Bab raid on al-Bab, and redirects the merged east-of-Aleppo id', () => {
    expect(op('2025-07-al-bab-airborne-landing').participants.map((p) => [p.actor, p.role, p.assertedBy])).toEqual([
      ['interior-ministry', 'lead', 'security-source'],
      ['turkey', 'support', 'security-source'],
      ['global-coalition', 'support', 'security-source'],
      ['isis', 'target', 'security-source'],
    ])
    expect(operations.some((o) => o.id === '2025-07-east-aleppo-interior-ministry-operation')).toBe(false)
    expect(redirects.find((r) => r.id === '2025-07-east-aleppo-interior-ministry-operation')?.to).toBe('2025-07-al-bab-airborne-landing')
  })

  it('leaves the possibly-same operations unresolved', () => {
    expect(op('2025-07-al-bab-airborne-landing').relations).toEqual([])
    // The article never links these: the editors do, and say why.
    expect(op('2025-10-18-rif-dimashq-joint-operation').relations.map((r) => [r.kind, r.assertedBy, typeof r.reasoning])).toEqual([
      ['possibly-same-as', 'editors', 'string'],
      ['possibly-same-as', 'editors', 'string'],
    ])
    // The incursion coincided with the ministry's announcement, not with its operation.
    expect(op('2025-10-18-al-dumayr-ground-incursion').relations.map((r) => [r.kind, r.operation, r.quote])).toEqual([['simultaneous-with', undefined, 'interior-ministry-cell-dismantled-announcement']])
  })

  it('quotes Tom Barrack verbatim, from his X account', () => {
    expect(quotes.find((q) => q.speaker === 'tom-barrack')).toMatchObject({ text: { ar: 'سورية عادت إلى صفّنا' }, mode: 'direct', channel: 'post-on-x' })
  })

  it('has at least five operations between July and October 2025', () => {
    expect(operations.filter((o) => o.date >= '2025-07' && o.date < '2025-11').length).toBeGreaterThanOrEqual(5)
  })
})
