import { isScalar, valueOf } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysTrue, propertyHit, push, stringValues } from './common';

/** CX2016: automatic rotation asked for a key type KMS cannot rotate. */
export const kmsKeyRotationUnsupported: CatalogueCheck = {
  id: 'CX2016',
  title: 'EnableKeyRotation on an asymmetric, HMAC or imported KMS key',
  topics: ['T20'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html',
  rejection: {
    quote:
      'AWS KMS supports automatic rotation only for symmetric encryption KMS keys (KeySpec = SYMMETRIC_DEFAULT). For asymmetric ' +
      'KMS keys, HMAC KMS keys, and KMS keys with Origin EXTERNAL, omit the EnableKeyRotation property or set it to false.',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html',
  },
  explanation: {
    what:
      'KMS rotates key material automatically only for symmetric encryption keys it generated itself; asking for rotation ' +
      'of an asymmetric, HMAC or imported key fails.',
    exam:
      'automatic rotation (yearly by default, RotationPeriodInDays 90–2560) keeps the key id and decrypts old data with old ' +
      'material; asymmetric and HMAC keys are rotated by hand (a new key, the alias moved to it); a symmetric key with imported ' +
      'material cannot rotate automatically but can rotate on demand once you import new material (multi-Region keys: the primary first, then its replicas; same key id).',
    scenario: 'rotate the encryption key every year without re-encrypting existing data',
    trap: 'rotating by hand means pointing the alias at a new key; applications must use the alias, not the key id.',
  },
  resourceTypes: ['AWS::KMS::Key'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const key of context.resources('AWS::KMS::Key')) {
      const rotation = valueOf(key.properties, 'EnableKeyRotation');
      if (!alwaysTrue(context, rotation)) continue;
      const spec = stringValues(context, valueOf(key.properties, 'KeySpec'));
      const origin = stringValues(context, valueOf(key.properties, 'Origin'));
      const asymmetric = spec !== undefined && spec.every((value) => value !== 'SYMMETRIC_DEFAULT');
      const imported = origin !== undefined && origin.every((value) => value === 'EXTERNAL');
      if (!asymmetric && !imported) continue;
      const kind = imported ? 'imported key material (Origin EXTERNAL)' : `KeySpec ${spec!.join('/')}`;
      const fix = isScalar(rotation) ? [{ title: 'Turn off EnableKeyRotation', edits: [replaceScalar(context.template, rotation, false)], preferred: true }] : undefined;
      push(
        hits,
        propertyHit(
          key,
          ['EnableKeyRotation'],
          `'${key.logicalId}' asks for automatic rotation of a key with ${kind}: KMS rotates only symmetric encryption keys ` +
            'with key material it generated',
          fix,
        ),
      );
    }
    return hits;
  },
};
