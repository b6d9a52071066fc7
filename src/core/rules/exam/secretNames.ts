/** Names that say "this holds a secret value", and literal values that are not secrets. */

const SECRET_WORD = /(password|passwd|passphrase|secret|token|api_?key|access_?key|private_?key|credential)/i;

/** Endings that name something about a secret rather than the secret itself (an ARN, a name, a length…). */
const NOT_THE_VALUE = /(arn|name|id|ids|length|path|prefix|param|parameter|type|policy|rotation|enabled|version|kms|kmskey|keyid|ttl|expiry|expiration|duration|header|url|uri|location|bucket|key_?name|json_?key|mode|role|count|field|attribute|store|source|description|stack|hint|endpoint|host|port|region|account|issuer|audience|scope|format|file|days|hours|minutes|seconds|interval|period|schedule|window|timeout|lifetime|validity|units|revocation|size|limit|age|tag|tag_?value|tag_?key|frequency|ssm)s?$/i;

/** A name, ARN or ID of a secret inside a longer name (`SecretNameForAurora`, `db_password_arn_v2`): not the value. */
const NAMES_A_SECRET = /(Secret|Password|Token|Key)(Name|Arn|ARN|Id|ID)(?![a-z])|(secret|password|token|key)_(name|arn|id)(?![a-z])/;

/** Settings of a password or key policy (`RequireSymbols`, `MinimumPasswordLength`, `MaxAgeAccessKeyRotated`), not a secret. */
const PASSWORD_POLICY = /require|reuse|prevention|minimum|maximum|^max(?=[A-Z_]|$)|^min(?=[A-Z_]|$)|rotated|symbols|numbers|characters|uppercase|lowercase|complexity|expire|policy/i;

/** Token counts of language models (`MaxTokens`, `chunk_token_limit`) and name tokens (`BucketNameToken`, a random suffix), not credentials. */
const TOKEN_COUNT = /(max|min|num|number_?of|count)_?tokens?|tokens?_?(count|limit|max|min|size)|(name|suffix|prefix|unique|random)_?token/i;

/** Switches about a secret (`GenerateSecret`, `EnableTokenRevocation`, `DisableSecretRotation`), not the secret. */
const SWITCH = /generate|enable|disable|revoke/i;

/** Verbs that open the name of a switch (`CreateSecret`, `UseExistingPassword`, `rotate_token`), not of a secret. */
const SWITCH_VERBS = new Set(['create', 'use', 'enable', 'disable', 'rotate', 'generate', 'manage', 'should', 'include', 'skip', 'allow', 'has', 'is']);

export function isSecretName(name: string): boolean {
  return (
    SECRET_WORD.test(name) &&
    !NOT_THE_VALUE.test(name) &&
    !NAMES_A_SECRET.test(name) &&
    !TOKEN_COUNT.test(name) &&
    !PASSWORD_POLICY.test(name) &&
    !SWITCH.test(name) &&
    !SWITCH_VERBS.has(firstWord(name))
  );
}

/** The first word of a camelCase, snake_case or UPPER_CASE name, past a one-letter prefix (`pCreateSecret`), lower-cased. */
function firstWord(name: string): string {
  const word = name.replace(/^[a-z](?=[A-Z])/, '').match(/^([A-Z]?[a-z]+|[A-Z]+)(?=[A-Z_-]|$)/);
  return word ? word[1].toLowerCase() : '';
}

/** Property names whose literal string value is a password or secret. */
export function isSecretProperty(name: string): boolean {
  return endsWithPassword(name) || name === 'SecretString' || name === 'AuthToken';
}

/**
 * `/password$/i` without a regular expression or a new string: it runs on every property key, and V8 scans a `$`
 * pattern from the start. `| 0x20` lower-cases a letter, and only P or p becomes p (so for each letter here).
 */
function endsWithPassword(name: string): boolean {
  const offset = name.length - PASSWORD.length;
  if (offset < 0) return false;
  for (let index = 0; index < PASSWORD.length; index++) if ((name.charCodeAt(offset + index) | 0x20) !== PASSWORD.charCodeAt(index)) return false;
  return true;
}

const PASSWORD = 'password';

/** The value is, or embeds, a dynamic reference that CloudFormation resolves at deploy time. */
export function isDynamicReference(value: string): boolean {
  return value.includes('{{resolve:');
}
