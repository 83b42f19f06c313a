export * from './edtf.js'
export * from './calendar-interval.js'
export * from './precision-codes.js'
export * from './relative-date.js'
