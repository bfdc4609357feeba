/** Excel serial dates (1900 system), as the fake stores them. Independent of the adapter's copy. */
const EPOCH_OFFSET = 25569; // serial of 1970-01-01
const MS_PER_DAY = 86400000;

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET) * MS_PER_DAY));
}

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_OFFSET;
}

/** Whether a number format shows a date or time (letters y m d h s outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  if (format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\]|hh\]|mm\]|ss\])[^\]]*\]/gi, '');
  return /[ymdhs]/i.test(bare.split(';')[0] ?? '');
}
