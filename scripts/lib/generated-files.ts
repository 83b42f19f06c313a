import { readFileSync } from 'node:fs'
import { dataFileJsonSchema, recordJsonSchema } from '../../src/export/json-schema.js'
import { renderMapSvg } from '../../src/render/render-map-svg.js'
import { renderTimelineSvg } from '../../src/render/render-timeline-svg.js'
import { readDataFolder } from '../../src/cli/data-folder.js'
import { parseDataset } from '../../src/schemas/parse-dataset.js'
import type { Dataset } from '../../src/schemas/dataset.js'
import { COLLECTION_OF, RECORD_KINDS } from '../../src/schemas/record-kinds.js'
import { countryCodesModule } from './country-codes-module.js'
import { datasetGuide } from './dataset-guide.js'
import { generateDataModules } from './generate-data-modules.js'
import { naturalEarthBasemap } from './natural-earth-basemap.js'
import { DATA_DIR } from './paths.js'

/** The canonical dataset, validated with every span checked against its source text. */
export function loadCanonicalDataset(): Dataset {
  const folder = readDataFolder(DATA_DIR)
  if (folder.problems.length > 0) throw new Error(folder.problems.join('\n'))
  return parseDataset(folder.dataset, { sourceTexts: folder.sourceTexts, checkVerbatim: true })
}

/** The release this checkout will publish: `data/release.json`. */
export function loadRelease(): { version: string; date: string } {
  return JSON.parse(readFileSync(`${DATA_DIR}release.json`, 'utf8')) as { version: string; date: string }
}

/**
 * Every file `npm run generate` writes, by path relative to the repository root. Tests compare
 * this map with the committed files, so generated code never drifts from `data/`.
 */
export function generatedFiles(): Map<string, string> {
  const dataset = loadCanonicalDataset()
  const release = loadRelease()
  const files = new Map<string, string>()
  for (const [name, content] of generateDataModules(dataset, release)) files.set(`src/data/generated/${name}`, content)
  files.set('docs/dataset.md', datasetGuide(dataset, release.version))
  files.set('src/schemas/generated/country-codes.ts', countryCodesModule())
  files.set('docs/assets/timeline.svg', renderTimelineSvg(dataset))
  files.set('docs/assets/map.svg', renderMapSvg(dataset, { basemap: naturalEarthBasemap(dataset) }))
  for (const kind of RECORD_KINDS) {
    files.set(`data/schema/${kind}.schema.json`, `${JSON.stringify(recordJsonSchema(kind), null, 2)}\n`)
    files.set(`data/schema/${COLLECTION_OF[kind]}.schema.json`, `${JSON.stringify(dataFileJsonSchema(kind), null, 2)}\n`)
  }
  return files
}
