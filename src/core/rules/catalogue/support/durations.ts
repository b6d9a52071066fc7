/**
 * ISO 8601 durations as CloudFormation resource attributes take them (PauseTime, Timeout):
 * `PT#H#M#S`. A value that is not an ISO 8601 duration at all is reported; unusual but valid
 * forms (days, fractions of seconds) are read, never guessed.
 */
const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** Seconds in an ISO 8601 duration, or undefined when the text is not one. */
export function durationSeconds(text: string): number | undefined {
  const match = ISO_DURATION.exec(text.trim());
  if (!match || !/\d/.test(text) || /T$/i.test(text.trim())) return undefined;
  const [, days, hours, minutes, seconds] = match;
  return Number(days ?? 0) * 86400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

/** A short human form of a number of seconds: 90 → "1 min 30 s", 7200 → "2 h". */
export function describeSeconds(total: number): string {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = [hours ? `${hours} h` : '', minutes ? `${minutes} min` : '', seconds ? `${seconds} s` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 s';
}
