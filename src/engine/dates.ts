/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings by pure integer maths, so no
 * time zone or daylight-saving change can move a day. ISO dates compare correctly
 * as strings, so comparisons use `<` directly.
 */
import type { IsoDate } from './types';

/**
 * A real Gregorian calendar day as `YYYY-MM-DD`, in one regular expression so joi can
 * check millions of dates cheaply: months of 31, 30 and 28 days, plus 29 February in
 * years divisible by 4, except centuries not divisible by 400.
 */
export const ISO_DATE_PATTERN = new RegExp(
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
    '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$',
);

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

interface Civil {
  year: number;
  month: number;
  day: number;
}

function parse(date: IsoDate): Civil {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function format({ year, month, day }: Civil): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A real calendar day written as `YYYY-MM-DD` (rejects 2015-02-30 and 2015-13-40). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value);
}

// Days since 1970-01-01 and back: H. Hinnant's days_from_civil / civil_from_days.
function toDayNumber({ year, month, day }: Civil): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(fromDayNumber(toDayNumber(parse(date)) + days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(parse(to)) - toDayNumber(parse(from));
}

/**
 * The same calendar day `months` later (or earlier, when negative); a day that the
 * target month lacks becomes its last day (29 February 2016 minus 12 months is 28 February 2015).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Today's date in UTC, for the default `asAt`. */
export function todayUtc(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** "10 June 2015", for messages. */
export function longDate(date: IsoDate): string {
  const { year, month, day } = parse(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "1 December 2026 15:50 UTC": a moment as people read it, in the register's one time zone. */
export function longDateTime(moment: Date): string {
  const iso = moment.toISOString();
  return `${longDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;
}

/** Active on `day`: begun by then and not ended before it (the spec's test for interests and memberships). */
export function isActiveOn(period: { from?: IsoDate | null; to?: IsoDate | null }, day: IsoDate): boolean {
  return period.from != null && period.from <= day && (period.to == null || period.to >= day);
}
