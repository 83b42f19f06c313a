import { MIN_DAY } from '../../src/dates/day-bounds.js'
import { edtfToInterval } from '../../src/dates/calendar-interval.js'
import { formatCount } from '../../src/export/format-count.js'
import { corroborate } from '../../src/query/corroboration.js'
import type { Dataset } from '../../src/schemas/dataset.js'
import { datasetCoverage } from '../../src/schemas/dataset-coverage.js'
import { operationCategory } from '../../src/schemas/operation-category.js'
import { CORROBORATION_GRADES, OPERATION_CATEGORIES } from '../../src/schemas/vocabulary-values.js'
import type { Operation, Outcome } from '../../src/schemas/operation.js'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function countText(outcome: { readonly count?: Outcome['count'] }): string {
  return outcome.count ? formatCount(outcome.count.min, outcome.count.max) : ''
}

const per = (claim: { readonly assertedBy: string }): string => (claim.assertedBy === 'reporter' ? '' : ` (per ${claim.assertedBy})`)

function outcomeText(op: Operation): string {
  const outcomes = op.outcomes.map((o) => `${o.items ? `${o.kind} ${o.items.en}${o.count ? ` (${countText(o)})` : ''}` : `${o.kind} ${countText(o)}`}${per(o)}`)
  // Figures are numbers about the record, never outcomes: shown apart, with their measure.
  const figures = op.figures.map((f) => `${f.measure}${f.label ? ` (${f.label.en})` : ''}: ${countText(f)}${per(f)}`)
  const text = [...outcomes, ...(figures.length > 0 ? [`figures: ${figures.join(', ')}`] : [])]
  return text.length === 0 ? 'none stated' : text.join('; ')
}

/**
 * The "What is in the dataset" guide, generated from the data so it never goes stale: counts
 * per kind, and a table of the operations with date, place, who and outcome.
 */
export function datasetGuide(dataset: Dataset, version: string): string {
  const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name.en ?? id
  const place = (id: string) => {
    const location = dataset.locations.find((l) => l.id === id)
    return location ? `${location.name.en} (${location.name.ar ?? ''})` : id
  }
  const byKind = (records: readonly { kind: string }[]) => {
    const counts = new Map<string, number>()
    for (const r of records) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1)
    return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ')
  }
  // Every span, with its words shipped or not.
  const spans = JSON.stringify(dataset).split('"type":"span"').length - 1
  // In timeline order: by first known day (an open start sorts by its known end), then id.
  const firstDay = (date: string): string => {
    const { start, end } = edtfToInterval(date)
    return start === MIN_DAY ? end : start
  }
  const ops = [...dataset.operations].sort((a, b) => (firstDay(a.date) < firstDay(b.date) ? -1 : firstDay(a.date) > firstDay(b.date) ? 1 : a.id < b.id ? -1 : 1))
  const gradeOf = new Map(dataset.operations.map((op) => [op.id, corroborate(op, dataset).grade]))
  const categoryCounts = OPERATION_CATEGORIES.map((c) => `${c} ${dataset.operations.filter((op) => operationCategory(op) === c).length}`).join(', ')
  const gradeCounts = OPERATION_CATEGORIES.map((c) => {
    const grades = dataset.operations.filter((op) => operationCategory(op) === c).map((op) => gradeOf.get(op.id))
    return `${c === 'operation' ? 'operations' : 'developments'}: ${CORROBORATION_GRADES.map((g) => `${g} ${grades.filter((x) => x === g).length}`).join(', ')}`
  }).join('; ')
  const covered = datasetCoverage(dataset)
  const rows = ops.map((op) => {
    const who = op.participants.map((p) => `${name(p.actor)} (${p.role}${p.certainty === 'reported' ? '' : `, ${p.certainty}`})`).join('; ') || 'not stated'
    return `| ${op.date} | ${cell(place(op.location))} | ${cell(op.title.en)} | ${operationCategory(op)} | ${cell(who)} | ${cell(outcomeText(op))} | ${gradeOf.get(op.id)} | \`${op.id}\` |`
  })
  const sourceRows = dataset.sources
    .filter((s) => s.kind !== 'reference')
    .map((s) => {
      const carries = s.kind === 'report' && s.carries ? ` (carries ${s.carries.map(name).join(', ')})` : ''
      const publisher = s.kind === 'full-text' ? 'Al-Araby Al-Jadeed' : name(s.publisher)
      return `| ${s.published ?? 'not stated'} | ${cell(publisher + carries)} | ${s.kind} | ${s.url ? `<${s.url}>` : ''} | \`${s.id}\` |`
    })
    .sort()
  const title = (id: string) => dataset.operations.find((o) => o.id === id)?.title.en ?? id
  // A relation names another operation or a quote (the announcement an operation coincided with).
  const target = (r: { operation?: string | undefined; quote?: string | undefined }) =>
    r.operation !== undefined ? `${title(r.operation)} (\`${r.operation}\`)` : `the quote \`${r.quote ?? ''}\``
  const by = (r: { assertedBy: string }) => (r.assertedBy === 'editors' ? ' (editors\' inference)' : '')
  const links = dataset.operations.flatMap((op) =>
    op.relations.map((r) => `- \`${r.kind}\`: ${title(op.id)} (\`${op.id}\`) and ${target(r)}${by(r)}.${r.note ? ` ${r.note}` : ''}`),
  )
  // The same named person in several outcomes of one operation (wounded, then dead of the wounds).
  const repeated = dataset.operations.flatMap((op) => {
    const kindsOf = new Map<string, string[]>()
    const isPerson = (id: string) => dataset.actors.find((x) => x.id === id)?.kind === 'person'
    for (const o of op.outcomes) for (const a of o.actors.filter(isPerson)) kindsOf.set(a, [...(kindsOf.get(a) ?? []), o.kind])
    return [...kindsOf].filter(([, kinds]) => kinds.length > 1).map(([actor, kinds]) => `- ${name(actor)} appears in ${kinds.join(', ')} of \`${op.id}\`: one person, not ${kinds.length}.`)
  })
  const article = dataset.sources.find((s) => s.kind === 'full-text')
  const quotes = [...dataset.quotes].map((q) => `| ${q.date ?? 'undated'} | ${cell(name(q.speaker))} | ${q.mode} | ${q.translation === undefined ? 'as printed' : `translated from ${q.translation.from} by ${q.translation.by}`} | ${cell(q.text.en.length > 90 ? `${q.text.en.slice(0, 87)}...` : q.text.en)} | \`${q.id}\` |`)
  return `---
title: What is in the dataset
---

# What is in the dataset

<!-- Generated by \`npm run generate\` from data/: do not edit by hand. -->

Version ${version}. It covers events from ${covered?.start ?? ''} to ${covered?.end ?? ''} (\`DATASET_COVERAGE\`). One full text: Al-Araby Al-Jadeed, ${article?.published ?? ''} (Arabic, ${article?.length ?? 0} code points); ${dataset.sources.filter((s) => s.kind === 'report').length} reports (${dataset.sources.filter((s) => s.kind === 'report' && s.published === undefined).length} of them with no date in the stored copy) and ${dataset.sources.filter((s) => s.kind === 'reference').length} references, cited by fingerprints and values as printed.

| kind | records | by kind |
|---|---|---|
| sources | ${dataset.sources.length} | ${byKind(dataset.sources)} |
| actors | ${dataset.actors.length} | ${byKind(dataset.actors)} |
| locations | ${dataset.locations.length} | ${byKind(dataset.locations)} |
| operations | ${dataset.operations.length} | ${categoryCounts} |
| quotes | ${dataset.quotes.length} | direct ${dataset.quotes.filter((q) => q.mode === 'direct').length}, indirect ${dataset.quotes.filter((q) => q.mode === 'indirect').length} |
| corrections | ${dataset.corrections.length} | |
| redirects | ${dataset.redirects.length} | |

Evidence spans: ${spans}. Unnamed people and groups (\`identified: false\`): ${dataset.actors.filter((a) => !a.identified).length}. Places with cited coordinates: ${dataset.locations.filter((l) => l.coordinates).length} of ${dataset.locations.length}.

By corroboration grade (derived by \`corroborate\`, see [Sources, readings and grades](data-model.md#sources-readings-and-grades)): ${gradeCounts}.

## Operations and developments

Ordered by date. A development (category \`development\`) is a step that is not an operation: joining an alliance, a handover, a detainee transfer, a meeting, a statement, a tally. Roles, outcomes and figures are as the source attributes them; "per X" names who asserts one when it is not the publication itself. \`?\` marks an uncertain date.

| date | place | record | category | who (role) | outcome | grade | id |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

## Before you count

Records are what the source reports, not deduplicated events. Some may describe the same event,
and one person may appear in several outcomes; sum with care.

${links.join('\n')}
${repeated.join('\n')}
- Fatality totals (\`fatalities_min\` in the CSV, \`minKilled\` in the query helpers) add \`killed\` and \`died-of-wounds\`; an operation with neither has no fatality figure at all, which is not zero.

## Quotes

| date | speaker | mode | English | text (English) | id |
|---|---|---|---|---|---|
${quotes.join('\n')}

## Sources

The article and every report the records cite, with the date each stored copy shows ("not stated" when it shows none: no date is guessed) and its address. Reference sources (encyclopaedias, gazetteers) are in \`data/sources.json\` and the \`sources\` table.

| published | publisher | kind | address | id |
|---|---|---|---|---|
${sourceRows.join('\n')}
`
}
