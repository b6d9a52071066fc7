// Bench-only entry, bundled by scripts/bench/ruleTimes.mjs: the core's parser and rules, with the
// schema read from dist/schema, so each rule can be timed on its own.
export { analyze, parseTemplate, formatOf, setSchemaSource } from '../../src/core';
export { ALL_RULES } from '../../src/core/rules';
export { nodeSchemaSource } from '../../src/server/schemaSource';
