/**
 * A CodePipeline pipeline as its template writes it: stages in order, the actions of each with
 * their category, provider, region, role, run order and artifacts. Anything computed (a stage or
 * action under Fn::If, a Stages list from a parameter) makes the stage or pipeline incomplete, so
 * checks that depend on order or on every action stay silent instead of guessing.
 */
import { isMap, isSeq, isString, valueOf, type MapNode, type NodePath, type ScalarNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { intrinsicName, literalNumber, literalString } from '../support/values';

export interface ArtifactName {
  name: string;
  node: ScalarNode & { value: string };
  path: NodePath;
}

export interface PipelineAction {
  node: MapNode;
  path: NodePath;
  name?: string;
  nameNode?: ScalarNode;
  category?: string;
  categoryNode?: TemplateNode;
  owner?: string;
  provider?: string;
  region?: TemplateNode;
  roleArn?: TemplateNode;
  configuration?: MapNode;
  /** RunOrder, 1 when left out; undefined when computed. */
  runOrder: number | undefined;
  /** undefined when the list is computed. */
  inputs: ArtifactName[] | undefined;
  outputs: ArtifactName[] | undefined;
}

export interface PipelineStage {
  index: number;
  node: MapNode;
  path: NodePath;
  name?: string;
  nameNode?: ScalarNode;
  actions: PipelineAction[];
  /** False when some action is not a plain map (Fn::If…) or the Actions list is computed. */
  complete: boolean;
}

export interface PipelineModel {
  resource: ResourceDeclaration;
  stages: PipelineStage[];
  /** False when some stage is not a plain map or the Stages list is computed. */
  complete: boolean;
}

/** The pipeline's stages, or undefined when Stages is not written as a list. */
export function pipelineModel(resource: ResourceDeclaration): PipelineModel | undefined {
  const stages = valueOf(resource.properties, 'Stages');
  if (!isSeq(stages)) return undefined;
  const base: NodePath = ['Resources', resource.logicalId, 'Properties', 'Stages'];
  const model: PipelineModel = { resource, stages: [], complete: true };
  stages.items.forEach((item, index) => {
    if (!isMap(item) || intrinsicName(item) !== undefined) {
      model.complete = false;
      return;
    }
    model.stages.push(stageOf(item, index, [...base, index]));
  });
  if (model.stages.length !== stages.items.length) model.complete = false;
  return model;
}

function stageOf(node: MapNode, index: number, path: NodePath): PipelineStage {
  const nameNode = valueOf(node, 'Name');
  const actions = valueOf(node, 'Actions');
  const stage: PipelineStage = { index, node, path, actions: [], complete: isSeq(actions) };
  if (isString(nameNode)) {
    stage.name = nameNode.value;
    stage.nameNode = nameNode;
  }
  if (!isSeq(actions)) return stage;
  actions.items.forEach((item, actionIndex) => {
    if (isMap(item) && intrinsicName(item) === undefined) stage.actions.push(actionOf(item, [...path, 'Actions', actionIndex]));
    else stage.complete = false;
  });
  return stage;
}

function actionOf(node: MapNode, path: NodePath): PipelineAction {
  const type = valueOf(node, 'ActionTypeId');
  const nameNode = valueOf(node, 'Name');
  const configuration = valueOf(node, 'Configuration');
  const runOrderNode = valueOf(node, 'RunOrder');
  return {
    node,
    path,
    name: isString(nameNode) ? nameNode.value : undefined,
    nameNode: isString(nameNode) ? nameNode : undefined,
    category: literalString(valueOf(type, 'Category')),
    categoryNode: valueOf(type, 'Category'),
    owner: literalString(valueOf(type, 'Owner')),
    provider: literalString(valueOf(type, 'Provider')),
    region: valueOf(node, 'Region'),
    roleArn: valueOf(node, 'RoleArn'),
    configuration: isMap(configuration) ? configuration : undefined,
    runOrder: runOrderNode === undefined ? 1 : literalNumber(runOrderNode),
    inputs: artifactNames(valueOf(node, 'InputArtifacts'), [...path, 'InputArtifacts']),
    outputs: artifactNames(valueOf(node, 'OutputArtifacts'), [...path, 'OutputArtifacts']),
  };
}

function artifactNames(node: TemplateNode | undefined, path: NodePath): ArtifactName[] | undefined {
  if (node === undefined) return [];
  if (!isSeq(node)) return undefined;
  const names: ArtifactName[] = [];
  for (const [index, item] of node.items.entries()) {
    const name = valueOf(item, 'Name');
    if (!isString(name)) return undefined;
    names.push({ name: name.value, node: name, path: [...path, index, 'Name'] });
  }
  return names;
}

/** Every action of the pipeline, stage by stage. */
export function allActions(model: PipelineModel): PipelineAction[] {
  return model.stages.flatMap((stage) => stage.actions);
}

/** A configuration entry of an action (CodePipeline configuration keys are case-sensitive). */
export function configurationValue(action: PipelineAction, key: string): TemplateNode | undefined {
  return valueOf(action.configuration, key);
}

export const CODEPIPELINE_STRUCTURE_URL = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html';
export const CODEPIPELINE_RESOURCE_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codepipeline-pipeline.html';
