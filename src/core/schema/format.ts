/**
 * The on-disk shape of the generated schema index (scripts/generate-schema.mjs writes it to
 * dist/schema/). Keys are short because the index holds ~45,000 properties; only schema.ts reads these.
 *
 * index.json:   RawIndex
 * <chunk>.json: RawChunk, one per service (`aws-ec2`, `aws-sam`, …)
 */

export interface RawIndex {
  /** Which spec package version and generator format produced the index. */
  stamp: string;
  /** Resource type name → chunk name. */
  types: Record<string, string>;
}

export interface RawChunk {
  resources: Record<string, RawResource>;
  /** Keyed `<resource type>.<nested type name>`, e.g. `AWS::EC2::Instance.Ebs`. */
  propertyTypes: Record<string, RawObject>;
}

export interface RawObject {
  /** Documentation: the first paragraph of the spec's Markdown. */
  d?: string;
  p: Record<string, RawProperty>;
}

export interface RawResource extends RawObject {
  a: Record<string, RawAttribute>;
  /** The transform the type needs, e.g. `AWS::Serverless-2016-10-31` for SAM. */
  transform?: string;
}

export interface RawProperty {
  /** Compact type, see types.ts: `string`, `list<Tag>`, `map<string>`, `LaunchTemplateSpecification`, `string|Foo`. */
  t: string;
  d?: string;
  /** 1 when required. */
  r?: 1;
  /** Whether changing it replaces the resource; absent means no. */
  x?: 'yes' | 'maybe';
  /** The only values the spec allows. */
  e?: (string | number)[];
  /** 1 when deprecated. */
  dep?: 1;
  /** What the service uses when the property is absent, as the spec words it. */
  def?: string;
}

export interface RawAttribute {
  t: string;
  d?: string;
}
