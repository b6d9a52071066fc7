/** T18: what a Lambda function needs for its kind of deployment package (.zip archive or container image). */
import { entryOf, type MapEntry } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { isNoValue, literalString } from '../support/values';

const FUNCTION = 'AWS::Lambda::Function';
const SAM_FUNCTION = 'AWS::Serverless::Function';
const FUNCTION_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html';

function given(entry: MapEntry | undefined): entry is MapEntry {
  return entry !== undefined && !isNoValue(entry.value);
}

/** 'Zip' (the default) or 'Image'; undefined when computed. */
function packageTypeOf(func: ResourceDeclaration): string | undefined {
  const entry = entryOf(func.properties, 'PackageType');
  return entry ? literalString(entry.value) : 'Zip';
}

/** CX1816: a Runtime with a .zip archive, none with a container image. */
export const lambdaPackageSettings: CatalogueCheck = {
  id: 'CX1816',
  title: 'Lambda function packaged as a .zip archive without a Runtime, or a container image with one',
  topics: ['T18', 'T19'],
  severity: 'error',
  url: FUNCTION_PAGE,
  rejection: {
    quote:
      "Runtime is required if the deployment package is a .zip file archive. Specifying a runtime results in an error if you're deploying a function using a container image.",
    url: FUNCTION_PAGE,
  },
  explanation: {
    what:
      'A function packaged as a .zip archive (the default PackageType, with inline ZipFile or S3 code) runs on the Lambda runtime ' +
      'it names, so Lambda refuses it without a Runtime. A container image brings its own runtime and entry point: a Runtime ' +
      'there is refused too.',
    exam:
      'package small functions as .zip with a managed runtime (patched by AWS, deprecated on a schedule); choose a container ' +
      'image (up to 10 GB, from ECR) for large dependencies or a custom runtime, and ship it through the same CI/CD pipeline.',
    trap: 'Lambda cannot convert a function between .zip and image: changing PackageType makes CloudFormation replace the function (a new ARN; versions and aliases are created again), and the update fails when FunctionName is set.',
  },
  resourceTypes: [FUNCTION, SAM_FUNCTION],
  run(context) {
    const hits: CheckHit[] = [];
    // SAM passes PackageType and Runtime through: an image function with a Runtime of its own fails alike
    // (a Runtime in Globals is left to SAM, and a .zip function's Runtime may come from there).
    for (const func of context.resources(SAM_FUNCTION)) {
      const runtime = entryOf(func.properties, 'Runtime');
      if (!func.properties || packageTypeOf(func) !== 'Image' || !given(runtime)) continue;
      hits.push({
        message: `Function '${func.logicalId}' is a container image but sets Runtime: Lambda refuses it; the image brings its own runtime`,
        span: runtime.key.span,
        path: ['Resources', func.logicalId, 'Properties', 'Runtime'],
      });
    }
    for (const func of context.resources(FUNCTION)) {
      if (!func.properties) continue;
      const kind = packageTypeOf(func);
      const runtime = entryOf(func.properties, 'Runtime');
      const path = ['Resources', func.logicalId, 'Properties'];
      if (kind === 'Image' && given(runtime)) {
        hits.push({
          message: `Function '${func.logicalId}' is a container image but sets Runtime: Lambda refuses it; the image brings its own runtime`,
          span: runtime.key.span,
          path: [...path, 'Runtime'],
        });
      }
      if (kind !== 'Zip' || given(runtime)) continue;
      const code = entryOf(func.properties, 'Code');
      hits.push({
        message: `Function '${func.logicalId}' is packaged as a .zip archive but has no Runtime: Lambda refuses it; name the runtime its code is written for`,
        span: code ? code.key.span : func.key.span,
        path: code ? [...path, 'Code'] : path,
      });
    }
    return hits;
  },
};
