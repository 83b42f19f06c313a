/**
 * Rebuilds dataset records from the CSV tables read back, as a user joining the long tables
 * would. What CSV cannot carry, and so what this cannot restore: the difference between an
 * absent optional string and an empty one (both are an empty cell; the schemas forbid empty
 * strings everywhere), and key order (irrelevant to JSON
 * equality). Everything else comes back.
 */
import type { Dataset } from '../../src/schemas/dataset.js'
import type { RecordKind } from '../../src/schemas/record-kinds.js'
import type { Cell, ReadRow, ReadTables } from './read-csv-tables.js'

type Json = unknown
type Obj = Record<string, Json>

function str(cell: Cell | undefined): string {
  if (typeof cell !== 'string') throw new Error(`expected a string, found ${JSON.stringify(cell)}`)
  return cell
}

function num(cell: Cell | undefined): number {
  if (typeof cell !== 'number') throw new Error(`expected a number, found ${JSON.stringify(cell)}`)
  return cell
}

/** `{ key: value }` when the cell is not empty, `{}` otherwise: optional fields stay absent. */
function opt(key: string, cell: Cell | undefined): Obj {
  return cell === null || cell === undefined ? {} : { [key]: cell }
}

function text(en: Cell | undefined, ar: Cell | undefined): Obj | undefined {
  if (en === null || en === undefined) return undefined
  return { en: str(en), ...opt('ar', ar) }
}

function optText(key: string, en: Cell | undefined, ar: Cell | undefined): Obj {
  const value = text(en, ar)
  return value === undefined ? {} : { [key]: value }
}

function byIndex(rows: readonly ReadRow[]): ReadRow[] {
  return [...rows].sort((a, b) => num(a.list_index) - num(b.list_index))
}

function group(rows: readonly ReadRow[], key: string): Map<string, ReadRow[]> {
  const out = new Map<string, ReadRow[]>()
  for (const row of rows) {
    const id = str(row[key])
    out.set(id, [...(out.get(id) ?? []), row])
  }
  for (const [id, list] of out) out.set(id, byIndex(list))
  return out
}

/** Rebuilds every record of every kind from the tables. */
export function rebuildDataset(t: ReadTables): Dataset {
  const annotationKey = (row: ReadRow) => `${str(row.record_kind)}\u0000${str(row.record_id)}\u0000${row.owner_path ?? ''}`
  const evidenceBy = new Map<string, ReadRow[]>()
  for (const row of t.evidence) evidenceBy.set(annotationKey(row), [...(evidenceBy.get(annotationKey(row)) ?? []), row])

  const evidence = (kind: RecordKind, id: string, owner = ''): Obj[] =>
    byIndex(evidenceBy.get(`${kind}\u0000${id}\u0000${owner}`) ?? []).map((e): Obj => {
      if (e.type === 'span') {
        return { type: 'span', source: str(e.source), start: num(e.codepoint_start), end: num(e.codepoint_end), utf16: { start: num(e.utf16_start), end: num(e.utf16_end) }, sha256: str(e.sha256), ...opt('exact', e.exact) }
      }
      if (e.type === 'fingerprint') return { type: 'fingerprint', source: str(e.source), normalization: 'NFC', sha256: str(e.sha256), length: num(e.length), ...opt('quote', e.quote) }
      return { type: 'reference', source: str(e.source), ...opt('locator', e.locator), quote: str(e.quote) }
    })
  const claim = (kind: RecordKind, id: string, owner: string, row: ReadRow, prefix = ''): Obj => ({
    assertedBy: str(row[`${prefix}asserted_by`]),
    certainty: str(row[`${prefix}certainty`]),
    evidence: evidence(kind, id, owner),
    ...opt('reasoning', row[`${prefix}reasoning`]),
  })
  const notesBy = new Map<string, ReadRow[]>()
  for (const row of t.notes) notesBy.set(`${str(row.record_kind)}\u0000${str(row.record_id)}`, [...(notesBy.get(`${str(row.record_kind)}\u0000${str(row.record_id)}`) ?? []), row])
  const notes = (kind: RecordKind, id: string): Obj[] =>
    byIndex(notesBy.get(`${kind}\u0000${id}`) ?? []).map((n) => ({ text: text(n.text_en, n.text_ar), ...claim(kind, id, str(n.path), n) }))
  const aliases = (kind: RecordKind, id: string, rows: readonly ReadRow[] | undefined): Obj[] =>
    (rows ?? []).map((a) => ({ text: str(a.text), lang: str(a.lang), evidence: evidence(kind, id, str(a.path)) }))
  const identifiers = (kind: RecordKind, id: string, rows: readonly ReadRow[] | undefined): Obj[] =>
    (rows ?? []).map((x) => ({ scheme: str(x.scheme), value: str(x.value), evidence: evidence(kind, id, str(x.path)) }))

  const sources = t.sources.map((s) => {
    const id = str(s.id)
    const base = { id, kind: str(s.kind), genre: str(s.genre), language: str(s.language), notes: notes('source', id) }
    if (s.kind === 'reference') {
      return { ...base, title: str(s.title_en), work: str(s.work), ...opt('address', s.address), ...opt('repository', s.repository), ...opt('path', s.repository_path), ...opt('retrieved', s.retrieved), ...opt('readVia', s.read_via) }
    }
    const common = { ...base, publisher: str(s.publisher_id), ...optText('title', s.title_en, s.title_ar), ...opt('published', s.published), textDirection: str(s.text_direction), ...opt('url', s.url) }
    if (s.kind === 'report') return { ...common, ...(s.carries === null ? {} : { carries: str(s.carries).split(';') }), publishedBasis: str(s.published_basis) }
    return {
      ...common,
      normalization: str(s.normalization),
      sha256: str(s.sha256),
      length: num(s.length),
      utf16Length: num(s.utf16_length),
      ...opt('file', s.file),
      evidence: evidence('source', id),
    }
  })

  const actorAliases = group(t.actor_aliases, 'actor_id')
  const affiliations = group(t.actor_affiliations, 'actor_id')
  const kinship = group(t.actor_kinship, 'actor_id')
  const actorIds = group(t.actor_identifiers, 'actor_id')
  const actors = t.actors.map((a) => {
    const id = str(a.id)
    return {
      id,
      kind: str(a.kind),
      name: text(a.name_en, a.name_ar),
      aliases: aliases('actor', id, actorAliases.get(id)),
      ...optText('description', a.description_en, a.description_ar),
      identified: a.identified,
      affiliations: (affiliations.get(id) ?? []).map((f) => ({
        actor: str(f.affiliated_with_id),
        role: text(f.role_en, f.role_ar),
        ...opt('start', f.start_edtf),
        ...opt('end', f.end_edtf),
        ...claim('actor', id, str(f.path), f),
      })),
      kinship: (kinship.get(id) ?? []).map((k) => ({ actor: str(k.relative_id), relation: str(k.relation), ...claim('actor', id, str(k.path), k) })),
      identifiers: identifiers('actor', id, actorIds.get(id)),
      notes: notes('actor', id),
      evidence: evidence('actor', id),
    }
  })

  const locationAliases = group(t.location_aliases, 'location_id')
  const locationIds = group(t.location_identifiers, 'location_id')
  const related = group(t.location_related_places, 'location_id')
  const alternatives = group(t.location_alternative_coordinates, 'location_id')
  const locations = t.locations.map((l) => {
    const id = str(l.id)
    return {
      id,
      kind: str(l.kind),
      name: text(l.name_en, l.name_ar),
      aliases: aliases('location', id, locationAliases.get(id)),
      ...optText('description', l.description_en, l.description_ar),
      countryCodes: str(l.country_codes).split(';'),
      ...(l.parent_id === null ? {} : { parent: { location: str(l.parent_id), ...claim('location', id, 'parent', l, 'parent_') } }),
      relatedPlaces: (related.get(id) ?? []).map((p) => ({ location: str(p.related_location_id), relation: str(p.relation), ...claim('location', id, str(p.path), p) })),
      ...(l.lat === null
        ? {}
        : { coordinates: { lat: num(l.lat), lon: num(l.lon), precision: str(l.coordinate_precision), evidence: evidence('location', id, 'coordinates') } }),
      alternativeCoordinates: (alternatives.get(id) ?? []).map((c) => ({
        lat: num(c.lat),
        lon: num(c.lon),
        precision: str(c.coordinate_precision),
        evidence: evidence('location', id, str(c.path)),
      })),
      identifiers: identifiers('location', id, locationIds.get(id)),
      notes: notes('location', id),
      evidence: evidence('location', id),
    }
  })

  const types = group(t.operation_types, 'operation_id')
  const participants = group(t.operation_participants, 'operation_id')
  const outcomes = group(t.operation_outcomes, 'operation_id')
  const outcomeActors = new Map<string, ReadRow[]>()
  for (const row of t.operation_outcome_actors) {
    const key = `${str(row.operation_id)}\u0000${num(row.outcome_index)}`
    outcomeActors.set(key, byIndex([...(outcomeActors.get(key) ?? []), row]))
  }
  const relations = group(t.operation_relations, 'operation_id')
  const figures = group(t.figures, 'record_id')
  const operations = t.operations.map((o) => {
    const id = str(o.id)
    return {
      id,
      title: text(o.title_en, o.title_ar),
      date: str(o.date),
      dateBasis: str(o.date_basis),
      ...opt('dateExpression', o.date_expression),
      ...opt('dateNote', o.date_note),
      location: str(o.location_id),
      ...opt('launchedFrom', o.launched_from_id),
      ...opt('destination', o.destination_id),
      types: (types.get(id) ?? []).map((x) => str(x.type)),
      participants: (participants.get(id) ?? []).map((p) => ({ actor: str(p.actor_id), role: str(p.role), ...claim('operation', id, str(p.path), p) })),
      outcomes: (outcomes.get(id) ?? []).map((x) => ({
        kind: str(x.kind),
        actors: (outcomeActors.get(`${id}\u0000${num(x.list_index)}`) ?? []).map((a) => str(a.actor_id)),
        ...(x.count_min === null ? {} : { count: { min: num(x.count_min), max: x.count_max === null ? null : num(x.count_max) } }),
        ...optText('items', x.items_en, x.items_ar),
        ...opt('location', x.location_id),
        ...opt('date', x.date),
        ...opt('countNote', x.count_note),
        ...optText('circumstances', x.circumstances_en, x.circumstances_ar),
        ...claim('operation', id, str(x.path), x),
      })),
      figures: (figures.get(id) ?? []).map((f) => ({
        measure: str(f.measure),
        count: { min: num(f.count_min), max: f.count_max === null ? null : num(f.count_max) },
        ...optText('label', f.label_en, f.label_ar),
        ...opt('countNote', f.count_note),
        ...opt('date', f.date),
        ...claim('operation', id, str(f.path), f),
      })),
      ...(o.duration === null ? {} : { duration: { iso: str(o.duration), ...claim('operation', id, 'duration', o, 'duration_') } }),
      // The readings table is the exports' next step (issue 12 §6); until then readings stay empty.
      readings: [],
      relations: (relations.get(id) ?? []).map((r) => ({ ...opt('operation', r.related_operation_id), ...opt('quote', r.related_quote_id), kind: str(r.kind), ...opt('note', r.note), ...claim('operation', id, str(r.path), r) })),
      notes: notes('operation', id),
      assertedBy: str(o.asserted_by),
      certainty: str(o.certainty),
      evidence: evidence('operation', id),
    }
  })

  const about = new Map<string, ReadRow[]>()
  for (const row of t.quote_about) about.set(str(row.quote_id), [...(about.get(str(row.quote_id)) ?? []), row])
  const aboutList = (id: string, list: string, column: string) =>
    byIndex((about.get(id) ?? []).filter((r) => r.about === list)).map((r) => str(r[column]))
  const quotes = t.quotes.map((q) => {
    const id = str(q.id)
    return {
      id,
      speaker: str(q.speaker_id),
      language: str(q.language),
      text: { ...opt('ar', q.text_ar), en: str(q.text_en) },
      ...(q.translation_by === null ? {} : { translation: { from: str(q.translation_from), to: str(q.translation_to), by: str(q.translation_by), ...opt('note', q.translation_note) } }),
      ...optText('gist', q.gist_en, undefined),
      mode: str(q.mode),
      channel: str(q.channel),
      ...opt('medium', q.medium_id),
      ...opt('date', q.date),
      ...opt('dateBasis', q.date_basis),
      ...opt('dateExpression', q.date_expression),
      ...opt('dateNote', q.date_note),
      about: {
        operations: aboutList(id, 'operations', 'operation_id'),
        actors: aboutList(id, 'actors', 'actor_id'),
        locations: aboutList(id, 'locations', 'location_id'),
        topics: aboutList(id, 'topics', 'topic'),
      },
      notes: notes('quote', id),
      assertedBy: str(q.asserted_by),
      certainty: str(q.certainty),
      evidence: evidence('quote', id),
    }
  })

  const corrections = t.corrections.map((c) => {
    const id = str(c.id)
    return {
      id,
      date: str(c.date),
      version: str(c.version),
      affects: str(c.affects).split(';'),
      change: str(c.change),
      reason: str(c.reason),
      evidence: evidence('correction', id),
    }
  })
  const redirects = t.redirects.map((r) => ({ id: str(r.id), to: str(r.to_id), date: str(r.date), reason: str(r.reason) }))

  return { sources, actors, locations, operations, quotes, corrections, redirects } as unknown as Dataset
}
