/**
 * How many exam-practice checks each topic needs (`npm run topics` fails below it), and the topics
 * that have fewer because a template has little to show for them, with the reason.
 */
export const MIN_CHECKS_PER_TOPIC = 4;

export const FEWER_CHECKS_BECAUSE: Readonly<Record<string, string>> = {};
