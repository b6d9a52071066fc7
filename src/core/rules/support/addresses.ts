/** IP address formats, as Route 53 and EC2 read them. */

export function isIpv4Address(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

/** Eight groups of 1–4 hex digits, `::` once for a run of zero groups, an IPv4 tail allowed. */
export function isIpv6Address(value: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(value) || value.split('::').length > 2) return false;
  let groups = value.split(':');
  const last = groups[groups.length - 1];
  let count = 0;
  if (last.includes('.')) {
    if (!isIpv4Address(last)) return false;
    groups = groups.slice(0, -1);
    count += 2;
  }
  const compressed = value.includes('::');
  const filled = groups.filter((group) => group !== '');
  if (!filled.every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return false;
  count += filled.length;
  if (!compressed && groups.some((group) => group === '')) return false;
  return compressed ? count < 8 : count === 8;
}
