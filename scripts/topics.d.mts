/** Types of scripts/topics.mjs for the tests that import it. */
export interface ExamTopicsData {
  domains: Record<string, { name: string; weight: number }>;
  topics: Record<string, { title: string; section: string; domains: string[]; text: string }>;
}

export function parseExamTopics(markdown: string): ExamTopicsData;
