/**
 * T22: a KMS key ARN written with another Region and the key ID of a key this stack creates. Only a
 * multi-Region key has related keys in other Regions, with the same key ID; a single-Region key's ID
 * exists only in the stack's Region, so the ARN names no key.
 */
import { isMap, isSeq, isString, valueOf, type NodePath, type TemplateNode } from '../../../model';
import { resourceDeclarations, type ResourceDeclaration } from '../../../sections';
import { arnFields } from '../support/arns';
import { otherRegion } from './sameRegionArns';
import type { CheckContext } from '../support/context';
import { intrinsicName, literalBoolean } from '../support/values';
import type { CatalogueCheck, CheckHit } from '../types';

const KEY = 'AWS::KMS::Key';
const PAGE = 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html';

/** The key an ARN written with Fn::Sub names by `key/${Key}` in a Region other than the stack's, with that Region in words. */
function keyInOtherRegion(context: CheckContext, node: TemplateNode, text: string): { key: ResourceDeclaration; region: string } | undefined {
  const fields = arnFields(text);
  const keyId = /^key\/\$\{([A-Za-z0-9]+)\}$/.exec(fields[5] ?? '')?.[1];
  const key = keyId === undefined || fields.length !== 6 ? undefined : context.resource(keyId);
  const region = key?.type === KEY ? otherRegion(context, node) : undefined;
  if (!key || !region) return undefined;
  return { key, region: region.kind === 'named' ? region.region : `the Region parameter '${region.name}' gives` };
}

interface SubText {
  text: string;
  node: TemplateNode;
  path: NodePath;
}

/** Every one-argument Fn::Sub in the value (with variables, a name could stand for something else than the key), with its path. */
function subTexts(node: TemplateNode | undefined, path: NodePath, out: SubText[]): void {
  if (isSeq(node)) node.items.forEach((item, index) => subTexts(item, [...path, index], out));
  if (!isMap(node)) return;
  if (intrinsicName(node) === 'Fn::Sub') {
    const argument = valueOf(node, 'Fn::Sub');
    if (isString(argument)) out.push({ text: argument.value, node, path });
    return;
  }
  for (const entry of node.entries) subTexts(entry.value, [...path, entry.key.value], out);
}

/** CX2227: an ARN in another Region with the key ID of a single-Region key of this stack. */
export const singleRegionKeyArns: CatalogueCheck = {
  id: 'CX2227',
  title: 'Key ARN in another Region with the key ID of a single-Region key of this stack',
  topics: ['T22', 'T21', 'T24'],
  severity: 'warning',
  url: PAGE,
  explanation: {
    what:
      'A multi-Region key and its replica keys share a key ID (mrk-…): the ARN of the key in another Region is the primary ARN with that ' +
      "Region. A key created without MultiRegion true is a single-Region key: its ID exists only in the stack's Region, and cannot be " +
      'replicated later, so an ARN with another Region and that ID names no key, and whatever uses it there fails to encrypt or decrypt.',
    exam:
      'for data encrypted in several Regions (replicated secrets, global tables, S3 replication), create the key with MultiRegion true and an ' +
      'AWS::KMS::ReplicaKey in each other Region.',
    scenario: 'the secret replicated to the DR Region must be encrypted with the same customer managed key material in both Regions',
    trap: 'MultiRegion cannot be changed once the key exists: turning a single-Region key into a multi-Region one means a new key.',
  },
  resourceTypes: [KEY],
  readsEveryResource: true,
  needsText: ['AWS::KMS::Key'],
  run(context) {
    const hits: CheckHit[] = [];
    // Every resource is read for ARNs, but only a key of this stack can be named by its ID.
    if (context.resources(KEY).length === 0) return hits;
    for (const resource of resourceDeclarations(context.template.root)) {
      const texts: SubText[] = [];
      subTexts(resource.properties, ['Resources', resource.logicalId, 'Properties'], texts);
      for (const { text, node, path } of texts) {
        const named = keyInOtherRegion(context, node, text);
        const multiRegion = named && valueOf(named.key.properties, 'MultiRegion');
        // A MultiRegion written with a function (Fn::If on a condition) is the author's choice.
        if (!named || (multiRegion !== undefined && literalBoolean(multiRegion) !== false)) continue;
        hits.push({
          message:
            `'${resource.logicalId}' names key '${named.key.logicalId}' by its key ID in ${named.region}, but '${named.key.logicalId}' is a ` +
            'single-Region key (MultiRegion is not true): no key has its ID in another Region; create it with MultiRegion true and a replica key there',
          span: node.span,
          path,
        });
      }
    }
    return hits;
  },
};
