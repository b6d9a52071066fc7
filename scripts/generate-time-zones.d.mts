export const TZDATA: string;
export const OUT: string;
export function namesIn(text: string): { version: string; names: string[] };
