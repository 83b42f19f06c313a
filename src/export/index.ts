/**
 * Exports of the dataset to the formats other tools read: JSON Schema, CSV, NDJSON, GeoJSON
 * and a Frictionless data package.
 *
 * @module export
 */
export * from './json-schema.js'
export { CSV_TABLES } from './csv-tables.js'
export type { CsvColumn, CsvColumnName, CsvFieldType, CsvFileName, CsvForeignKey, CsvRow, CsvTable, CsvTableName, CsvTableRows, CsvValue, CsvVocabulary } from './csv-tables.js'
export { toTables } from './to-tables.js'
export { toCsvTables } from './to-csv-tables.js'
export type { CsvTextOptions } from './format-csv.js'
export { toNdjson } from './to-ndjson.js'
export { locationsToGeoJson } from './locations-to-geo-json.js'
export { operationsToGeoJson } from './operations-to-geo-json.js'
export type { GeoJsonFeature, GeoJsonFeatureCollection, GeoJsonPoint, LocationFeatureProperties, OperationFeatureProperties } from './geo-json.js'
export { toDataPackage } from './to-data-package.js'
export type { DataPackage, DataPackageOptions, DataResource, TableSchema, TableSchemaField, TableSchemaForeignKey } from './to-data-package.js'
export type { ParquetDataResource } from './parquet-resources.js'
export { exportFiles, type ExportFilesOptions, type ExportFormat } from './export-files.js'
export { renderTimelineSvg } from '../render/render-timeline-svg.js'
export { renderMapSvg, type MapSvgOptions } from '../render/render-map-svg.js'
export type { MapBasemap, MapCountry } from '../render/map-basemap.js'
