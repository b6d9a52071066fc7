import { KnowledgeBase } from '../knowledgeBase';
import type { Note } from '../note';
import autoScaling from './autoscaling.json';
import cloudFormation from './cloudformation.json';
import codeDeploy from './codedeploy.json';
import codePipeline from './codepipeline.json';
import containers from './containers.json';
import dataStores from './datastores.json';
import elasticBeanstalk from './elasticbeanstalk.json';
import governance from './governance.json';
import monitoring from './monitoring.json';
import rds from './rds.json';
import routing from './routing.json';
import secrets from './secrets.json';
import serverless from './serverless.json';

/** Every note file; note.schema.json (checked in a test) guarantees the shape the cast claims. */
export const NOTE_FILES: Readonly<Record<string, readonly Note[]>> = {
  autoscaling: autoScaling as Note[],
  cloudformation: cloudFormation as Note[],
  codedeploy: codeDeploy as Note[],
  codepipeline: codePipeline as Note[],
  containers: containers as Note[],
  datastores: dataStores as Note[],
  elasticbeanstalk: elasticBeanstalk as Note[],
  governance: governance as Note[],
  monitoring: monitoring as Note[],
  rds: rds as Note[],
  routing: routing as Note[],
  secrets: secrets as Note[],
  serverless: serverless as Note[],
};

export const ALL_NOTES: readonly Note[] = Object.values(NOTE_FILES).flat();

export const KNOWLEDGE = new KnowledgeBase(ALL_NOTES);
