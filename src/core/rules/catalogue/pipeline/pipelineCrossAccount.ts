/** CX0217: a cross-account pipeline action while the artifacts are encrypted with the AWS managed S3 key. */
import { entryOf, isMap, isSeq, valueOf, type NodePath, type Span, type TemplateNode } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { templateText } from '../support/mentions';
import { allActions, pipelineModel, type PipelineAction } from './pipelineModel';

const PIPELINE = 'AWS::CodePipeline::Pipeline';
const URL = 'https://docs.aws.amazon.com/codepipeline/latest/userguide/pipelines-create-cross-account.html';
const ROLE_ARN = /^arn:(?:aws[\w-]*|\$\{AWS::Partition\}):iam::([^:]+):role\//;

/** The account part of an action RoleArn when it is clearly not the pipeline's own account. */
export function otherAccount(roleArn: TemplateNode | undefined): string | undefined {
  const text = templateText(roleArn);
  const account = text === undefined ? undefined : ROLE_ARN.exec(text)?.[1];
  if (account === undefined || account === '${AWS::AccountId}') return undefined;
  return /^\d{12}$/.test(account) || /^\$\{[A-Za-z0-9]+\}$/.test(account) ? account : undefined;
}

interface Store {
  span: Span;
  path: NodePath;
}

function storesWithoutKey(properties: TemplateNode | undefined, logicalId: string): Store[] {
  const base: NodePath = ['Resources', logicalId, 'Properties'];
  const single = entryOf(properties, 'ArtifactStore');
  if (single && isMap(single.value)) {
    return valueOf(single.value, 'EncryptionKey') === undefined ? [{ span: single.key.span, path: [...base, 'ArtifactStore'] }] : [];
  }
  const list = valueOf(properties, 'ArtifactStores');
  if (!isSeq(list)) return [];
  return list.items.flatMap((item, index) => {
    const store = entryOf(item, 'ArtifactStore');
    return store && isMap(store.value) && valueOf(store.value, 'EncryptionKey') === undefined
      ? [{ span: store.key.span, path: [...base, 'ArtifactStores', index, 'ArtifactStore'] }]
      : [];
  });
}

export const pipelineCrossAccountKey: CatalogueCheck = {
  id: 'CX0217',
  title: 'Cross-account pipeline action with artifacts under the AWS managed S3 key',
  topics: ['T02', 'T32'],
  severity: 'warning',
  url: URL,
  explanation: {
    what:
      'Without an EncryptionKey, CodePipeline encrypts artifacts with the AWS managed key aws/s3 of the pipeline account. No ' +
      'other account can be given access to an AWS managed key, so an action that assumes a role in another account cannot ' +
      'read its input artifacts and fails. Cross-account pipelines use a customer managed KMS key whose key policy lets the ' +
      'other account decrypt, named by key ARN.',
    exam:
      'the cross-account deployment recipe: a customer managed KMS key on the artifact store, a bucket policy and key policy ' +
      'that allow the target account, and a role in the target account that the pipeline action assumes (RoleArn on the action).',
    scenario: 'the pipeline in the tools account deploys to the production account',
    trap: 'an alias such as alias/pipeline-key only resolves in the account that owns the key, so name the key by its ARN.',
  },
  resourceTypes: [PIPELINE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pipeline of context.resources(PIPELINE)) {
      const model = pipelineModel(pipeline);
      const crossAccount = model ? allActions(model).find((action: PipelineAction) => otherAccount(action.roleArn)) : undefined;
      if (!crossAccount) continue;
      const account = otherAccount(crossAccount.roleArn);
      for (const store of storesWithoutKey(pipeline.properties, pipeline.logicalId)) {
        hits.push({
          message:
            `Pipeline '${pipeline.logicalId}' has action '${crossAccount.name ?? '(unnamed)'}' with a role in account ${account}, but this ` +
            'artifact store has no EncryptionKey: the AWS managed aws/s3 key cannot be shared, so the other account cannot read the artifacts',
          span: store.span,
          path: store.path,
        });
      }
    }
    return hits;
  },
};
