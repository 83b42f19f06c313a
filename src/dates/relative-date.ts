import { lightFormat } from 'date-fns/lightFormat'
import { parseISO } from 'date-fns/parseISO'
import { subDays } from 'date-fns/subDays'

// Weekday names as Arabic news prints them; index = JavaScript's getDay() (0 = Sunday).
const WEEKDAYS: readonly (readonly string[])[] = [
  ['الأحد'],
  ['الاثنين', 'الإثنين'],
  ['الثلاثاء'],
  ['الأربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
]

// Month names, both the Egyptian/Gulf (يوليو) and the Levantine/Iraqi (تموز) series that the
// press often prints together as "يوليو/تموز"; index 0 = January.
const MONTHS: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'نيسان'],
  ['مايو', 'أيار'],
  ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'],
  ['أغسطس', 'آب'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
]

function indexOfName(table: readonly (readonly string[])[], name: string): number {
  return table.findIndex((names) => names.includes(name))
}

function lastWeekday(published: Date, weekday: number): string {
  // "السبت الماضي" in a Friday paper is the day before yesterday: the latest such weekday
  // strictly before publication, never the publication day itself.
  const back = ((published.getDay() - weekday + 7) % 7) || 7
  return lightFormat(subDays(published, back), 'yyyy-MM-dd')
}

function lastMonth(published: Date, month: number): string {
  // "يوليو الماضي" is the latest July strictly before the publication month.
  const year = month < published.getMonth() ? published.getFullYear() : published.getFullYear() - 1
  return `${year}-${String(month + 1).padStart(2, '0')}`
}

/**
 * Resolves an Arabic relative date expression against a publication date, the way a reader of
 * that day would: `السبت الماضي` ("last Saturday"), `يوليو/تموز الماضي` ("last July"),
 * `أمس` ("yesterday"), `اليوم` ("today"). The result is an EDTF date at the precision the
 * expression gives (a day for weekdays, a month for month names).
 *
 * @param expression - the words as printed, e.g. `السبت الماضي` or `في شهر سبتمبر/أيلول الماضي`
 * @param published - the publication date, `YYYY-MM-DD`
 * @returns the EDTF date, or `undefined` when the expression is not one this function knows
 *
 * @example
 * ```ts
 * import { resolveRelativeDate } from 'syria-counter-isis'
 * resolveRelativeDate('السبت الماضي', '2025-10-24')        //=> '2025-10-18'
 * resolveRelativeDate('يوليو/تموز الماضي', '2025-10-24')   //=> '2025-07'
 * ```
 */
export function resolveRelativeDate(expression: string, published: string): string | undefined {
  const day = parseISO(published)
  const words = expression.trim().replace(/\s+/g, ' ').replace(/^في /, '')
  if (words === 'أمس' || words === 'الأمس') return lightFormat(subDays(day, 1), 'yyyy-MM-dd')
  if (words === 'اليوم') return lightFormat(day, 'yyyy-MM-dd')
  const past = /^(?:(?:يوم|شهر) )?(.+) الماضي$/.exec(words)
  if (!past?.[1]) return undefined
  const name = past[1]
  const weekday = indexOfName(WEEKDAYS, name)
  if (weekday !== -1) return lastWeekday(day, weekday)
  const months = name.split('/').map((part) => indexOfName(MONTHS, part.trim()))
  const month = months[0]
  if (month === undefined || month === -1 || months.some((m) => m !== month)) return undefined
  return lastMonth(day, month)
}
