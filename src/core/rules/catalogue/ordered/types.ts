/** A lower and an upper bound a service takes only in that order (a minimum not above its maximum). */
export interface OrderedPair {
  /** The catalogue id (CX + main topic + sequence). */
  id: string;
  topics: readonly string[];
  /** The resource type and the objects of its Properties that hold both numbers ('*' steps into every item of a list). */
  type: string;
  at: readonly string[];
  lower: string;
  upper: string;
  /** Whether the two may be equal. */
  equalAllowed: boolean;
  /** The AWS sentence that says the request is refused otherwise, and its page. */
  quote: string;
  url: string;
  /** What the pair sets, and the exam angle, in our own words. */
  what: string;
  exam: string;
}
