/**
 * syria-counter-isis: a typed, validated, citable dataset of counter-ISIS cooperation between
 * Damascus and the US-led coalition in Syria (from July 2025). This entry point re-exports everything:
 * the schemas, the data, the query helpers, date and evidence utilities. Import a subpath
 * (`/data`, `/schemas`, `/query`, `/export`) to load less.
 *
 * @module syria-counter-isis
 */
export * from './schemas/index.js'
export * from './data/index.js'
export * from './dates/index.js'
export * from './evidence/index.js'
export * from './query/index.js'
export * from './export/index.js'
