/**
 * The AWS Certified DevOps Engineer – Professional (DOP-C02) exam as its exam guide describes it:
 * 75 questions, of which 65 are scored and 10 unscored (not identified on the exam), 180 minutes, a
 * scaled score from 100 to 1,000 with 750 to pass (a compensatory model: no per-domain minimum).
 */
export const EXAM_GUIDE_URL = 'https://docs.aws.amazon.com/aws-certification/latest/examguides/devops-engineer-professional-02.html';

export const EXAM = {
  questions: 75,
  scoredQuestions: 65,
  unscoredQuestions: 10,
  minutes: 180,
  minScore: 100,
  maxScore: 1000,
  passingScore: 750,
} as const;

/**
 * An estimate of the scaled score from the share of scored questions answered right: a straight
 * line from 100 (none right) to 1,000 (all right). AWS does not publish its scaling, which equates
 * exam forms of different difficulty, so this is only a guide (here 750 needs about 72% right).
 */
export function estimatedScaledScore(right: number, scored: number): number {
  if (scored <= 0) return EXAM.minScore;
  return Math.round(EXAM.minScore + ((EXAM.maxScore - EXAM.minScore) * right) / scored);
}
