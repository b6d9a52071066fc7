/**
 * Who a resource policy lets in, as far as the template writes it: the service principals of its
 * Allow statements. A computed document or principal makes the answer unknown (undefined).
 */
import { isMap, isSeq, valueOf, type MapNode, type TemplateNode } from '../../../model';
import { literalString } from './values';

/** The Allow statements of a policy document, or undefined when the document is computed. */
export function allowStatements(document: TemplateNode | undefined): MapNode[] | undefined {
  const statement = valueOf(document, 'Statement');
  const items = isMap(statement) ? [statement] : isSeq(statement) ? statement.items : undefined;
  if (!items || !items.every(isMap)) return undefined;
  return (items as MapNode[]).filter((item) => literalString(valueOf(item, 'Effect')) === 'Allow');
}

/** Service principals a statement names; ['*'] for a wildcard principal; undefined when computed. */
export function servicePrincipals(statement: MapNode): string[] | undefined {
  const principal = valueOf(statement, 'Principal');
  if (literalString(principal) === '*') return ['*'];
  if (!isMap(principal)) return undefined;
  if (literalString(valueOf(principal, 'AWS')) === '*') return ['*'];
  const service = valueOf(principal, 'Service');
  if (service === undefined) return [];
  const names = isSeq(service) ? service.items.map(literalString) : [literalString(service)];
  return names.every((name) => name !== undefined) ? (names as string[]) : undefined;
}

/**
 * Whether some Allow statement of these documents admits the service principal: 'yes', 'no', or
 * 'unknown' when a document or principal is computed.
 */
export function admitsService(documents: readonly (TemplateNode | undefined)[], service: string): 'yes' | 'no' | 'unknown' {
  let unknown = false;
  for (const document of documents) {
    const statements = allowStatements(document);
    if (!statements) {
      unknown = true;
      continue;
    }
    for (const statement of statements) {
      const services = servicePrincipals(statement);
      if (services === undefined) unknown = true;
      else if (services.includes('*') || services.includes(service)) return 'yes';
    }
  }
  return unknown ? 'unknown' : 'no';
}
