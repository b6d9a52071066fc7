/** What a parent template needs to know of a nested stack's own template. */
export interface ChildTemplate {
  /** Its output names; undefined when a transform or a loop may add some (every name is then accepted). */
  readonly outputs: readonly string[] | undefined;
  /** The Description of each output that has a literal one. */
  readonly outputDescriptions: Readonly<Record<string, string>>;
  /** Its parameters; undefined when a transform may add some. */
  readonly parameters: readonly ChildParameter[] | undefined;
  /** No file is at the location the parent names (the host looked). */
  readonly missing?: true;
}

export interface ChildParameter {
  readonly name: string;
  /** A parameter with a Default may be left out by the parent; one without must be passed. */
  readonly hasDefault: boolean;
  /** Its AllowedValues, when every one is written as a literal. */
  readonly allowedValues?: readonly string[];
  /** A list type (`CommaDelimitedList`, `List<…>`): each item of a value is checked against AllowedValues. */
  readonly list?: boolean;
}

/**
 * The child templates the host could read, by the location written in the parent (TemplateURL of a
 * stack, Location of a SAM application). A location missing here is not checked.
 */
export type ChildTemplates = ReadonlyMap<string, ChildTemplate>;
