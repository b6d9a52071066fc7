/** The YAML text of a realistic synthetic template with about `resources` resources (see synthetic.mjs). */
export function syntheticTemplate(resources: number): string;
/** A template of `length` resources where each depends on the one before. */
export function dependsOnChain(length: number): string;
