// Days and weeks of reading, in the reader's time zone, by day number (days
// since 1970-01-01): the dashboard turns 10,000 reading times into days without
// a Date object each.
const DAY_MS = 86_400_000;
const dayNames = new Map<number, string>();
/** "YYYY-MM-DD" of a day number (days since 1970-01-01), made once per day. */
export function dayName(n: number): string {
  let name = dayNames.get(n);
  if (name === undefined) {
    name = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayNames.set(n, name);
  }
  return name;
}

/** The reader's local day number of an ISO time (NaN when it is not a time). */
export function dayNumber(iso: string, tzOffsetMinutes: number): number {
  // Saved times are "YYYY-MM-DDTHH:MM:SS.sssZ" (toISOString; imports are normalised so): the UTC day from a
  // cache of dates, moved by a day when the time of day plus the offset crosses midnight. Anything else: Date.parse.
  if (iso.length === 24 && iso.charCodeAt(10) === 84 /* T */ && iso.charCodeAt(23) === 90 /* Z */) {
    const date = iso.slice(0, 10);
    let utcDay = utcDays.get(date);
    if (utcDay === undefined) {
      utcDay = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
      utcDays.set(date, utcDay);
    }
    const minutes = (iso.charCodeAt(11) - 48) * 600 + (iso.charCodeAt(12) - 48) * 60 + (iso.charCodeAt(14) - 48) * 10 + (iso.charCodeAt(15) - 48);
    const local = minutes - tzOffsetMinutes;
    return utcDay + Math.floor(local / 1440);
  }
  return Math.floor((Date.parse(iso) - tzOffsetMinutes * 60_000) / DAY_MS);
}
const utcDays = new Map<string, number>();

/** The reader's local day of an ISO time. */
export function dayOf(iso: string, tzOffsetMinutes = 0): string {
  const n = dayNumber(iso, tzOffsetMinutes);
  return Number.isNaN(n) ? '0000-00-00' : dayName(n);
}

/** The Monday of the week a day number is in (1970-01-01 was a Thursday). */
export function mondayOf(n: number): number {
  return n - ((n + 3) % 7);
}

/** The Monday of the week a day is in (ISO weeks). */
export function weekOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return day;
  return dayName(mondayOf(Math.floor(t / DAY_MS)));
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

