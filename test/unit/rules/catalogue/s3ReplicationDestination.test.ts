/** CX2331: a replication destination of this template without versioning. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { s3ReplicationDestinationVersioning } from '../../../../src/core/rules/catalogue/data/s3ReplicationDestinationVersioning';
import { paths, resources } from './checkObjects';

const template = (replicaProperties: string, destination = '!GetAtt Replica.Arn') =>
  resources(
    `  Replica:\n    Type: AWS::S3::Bucket\n${replicaProperties}  Source:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: {Status: Enabled}\n      ReplicationConfiguration:\n        Role: arn:aws:iam::123456789012:role/r\n        Rules:\n          - Status: Enabled\n            Destination:\n              Bucket: ${destination}\n`,
  );

describe('CX2331 replication destination without versioning', () => {
  it('reports a destination bucket of this template without versioning, or with it suspended', () => {
    assert.deepEqual(paths(s3ReplicationDestinationVersioning, template('')), ['Resources/Source/Properties/ReplicationConfiguration/Rules/0/Destination/Bucket']);
    assert.equal(paths(s3ReplicationDestinationVersioning, template('    Properties:\n      VersioningConfiguration: {Status: Suspended}\n')).length, 1);
  });

  it('accepts a versioned destination, a computed status, and destinations outside the template', () => {
    assert.deepEqual(paths(s3ReplicationDestinationVersioning, template('    Properties:\n      VersioningConfiguration: {Status: Enabled}\n')), []);
    assert.deepEqual(paths(s3ReplicationDestinationVersioning, template('    Properties:\n      VersioningConfiguration: {Status: !Ref Versioning}\n')), []);
    assert.deepEqual(paths(s3ReplicationDestinationVersioning, template('', 'arn:aws:s3:::dr-bucket')), []);
  });
});
