/** One `${…}` in an Fn::Sub string. */
export interface SubVariable {
  /** What stands between the braces, e.g. `MyBucket.Arn`. */
  expression: string;
  /** Offset of the expression in the string value (just after `${`). */
  start: number;
}

/** The variables an Fn::Sub string substitutes; `${!Literal}` is written out as `${Literal}` and skipped. */
export function subVariables(text: string): SubVariable[] {
  const variables: SubVariable[] = [];
  const pattern = /\$\{([^}]*)\}/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // CloudFormation ignores spaces around the name: `${ Name }` is `${Name}`
    const expression = match[1].trim();
    if (expression.startsWith('!') || expression === '') continue;
    const leading = match[1].length - match[1].trimStart().length;
    variables.push({ expression, start: match.index + 2 + leading });
  }
  return variables;
}
