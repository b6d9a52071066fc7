/** The one place the practice pool takes bank questions from: the bank of practice/bank/. */
export { QUESTION_BANK } from './bank';
