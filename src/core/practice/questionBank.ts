/**
 * The one place the practice pool takes bank questions from. Until the full bank (practice/bank/,
 * which exports `QUESTION_BANK`) is merged this serves the sample questions; then the line below
 * becomes `export { QUESTION_BANK } from './bank';` and sampleBank.ts can go.
 */
export { SAMPLE_QUESTIONS as QUESTION_BANK } from './sampleBank';
