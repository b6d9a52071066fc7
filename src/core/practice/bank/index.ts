/** The question bank: exam-style questions as data, one file per exam domain, checked by question.schema.json in a test. */
import type { Question } from '../types';
import sdlcAutomation from './d1-sdlc-automation.json';
import configurationIac from './d2-configuration-iac.json';
import resilientCloud from './d3-resilient-cloud.json';
import monitoringLogging from './d4-monitoring-logging.json';
import incidentResponse from './d5-incident-response.json';
import securityCompliance from './d6-security-compliance.json';

/** Every bank file by name; the schema test guarantees the shape the cast claims. */
export const BANK_FILES: Readonly<Record<string, readonly Question[]>> = {
  'd1-sdlc-automation': sdlcAutomation as Question[],
  'd2-configuration-iac': configurationIac as Question[],
  'd3-resilient-cloud': resilientCloud as Question[],
  'd4-monitoring-logging': monitoringLogging as Question[],
  'd5-incident-response': incidentResponse as Question[],
  'd6-security-compliance': securityCompliance as Question[],
};

export const QUESTION_BANK: readonly Question[] = Object.values(BANK_FILES).flat();
