export * from './source-text.js'
export * from './verify-evidence.js'
export * from './find-span.js'
export * from './find-span-error.js'
