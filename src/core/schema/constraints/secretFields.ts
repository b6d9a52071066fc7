/**
 * What a `{{resolve:secretsmanager:…:SecretString:key}}` reference gives when the secret is declared in
 * the template and the key's value is written there: a key of its SecretStringTemplate (`{"username":
 * "webadmin"}`) other than the generated one, or of a literal SecretString. A generated password, or a
 * secret from outside the template, stays unknown.
 */
import { isMap, isString, valueOf, type MapNode, type TemplateNode } from '../../model';
import { resourceDeclarations, type ResourceDeclaration } from '../../sections';

const SECRET = 'AWS::SecretsManager::Secret';
/**
 * `{{resolve:secretsmanager:secret-id:SecretString:json-key[:version-stage[:version-id]]}}`, the whole text; SecretString,
 * the default, may be left out (`${Secret}::password`).
 */
const SECRET_REFERENCE = /^\{\{resolve:secretsmanager:(.+?):(?:SecretString)?:([^:}]+)(?::[^}]*)?\}\}$/;

/** Which secret and key a reference reads: a template secret's logical id (written `${Secret}` in an Fn::Sub), or a secret name. */
export interface SecretReference {
  logicalId?: string;
  name?: string;
  key: string;
}

/** The reference a whole text is (`subbed`: the text of an Fn::Sub, where `${Secret}` names a resource of the template). */
export function secretReference(text: string, subbed: boolean): SecretReference | undefined {
  const match = SECRET_REFERENCE.exec(text.trim());
  if (!match) return undefined;
  const [, id, key] = match;
  const logicalId = subbed ? /^\$\{([A-Za-z0-9]+)\}$/.exec(id)?.[1] : undefined;
  if (logicalId !== undefined) return { logicalId, key };
  return id.includes('${') || id.startsWith('arn:') ? undefined : { name: id, key };
}

/** The template secret a reference reads: by logical id, or by the literal Name it is given. */
export function referencedSecret(root: TemplateNode | undefined, reference: SecretReference): ResourceDeclaration | undefined {
  return resourceDeclarations(root).find((resource) => {
    if (resource.type !== SECRET) return false;
    if (reference.logicalId !== undefined) return resource.logicalId === reference.logicalId;
    const name = valueOf(resource.properties, 'Name');
    return isString(name) && name.value === reference.name;
  });
}

/** The key's value as the template writes it, or undefined (generated, absent, computed). */
export function writtenSecretField(secret: ResourceDeclaration, key: string): string | undefined {
  const generate = valueOf(secret.properties, 'GenerateSecretString');
  if (isMap(generate)) {
    const generatedKey = valueOf(generate, 'GenerateStringKey');
    if (!isString(generatedKey) || generatedKey.value === key) return undefined;
    return fieldOf(valueOf(generate, 'SecretStringTemplate'), key);
  }
  return fieldOf(valueOf(secret.properties, 'SecretString'), key);
}

/** The GenerateSecretString of the secret when `key` is the generated one. */
export function generatedSecretField(secret: ResourceDeclaration, key: string): MapNode | undefined {
  const generate = valueOf(secret.properties, 'GenerateSecretString');
  const generatedKey = valueOf(generate, 'GenerateStringKey');
  return isMap(generate) && isString(generatedKey) && generatedKey.value === key ? generate : undefined;
}

function fieldOf(json: TemplateNode | undefined, key: string): string | undefined {
  if (!isString(json)) return undefined;
  try {
    const parsed: unknown = JSON.parse(json.value);
    const value = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  } catch {
    return undefined;
  }
}
