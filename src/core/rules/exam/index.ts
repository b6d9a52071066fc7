/** The exam-practice rules (ids CX…): warnings and notes that teach what the DevOps Professional exam asks. */
import type { Rule } from '../rule';
import { asgHealthCheckTypeRule } from './asgHealthCheckType';
import { asgUpdatePolicyRule } from './asgUpdatePolicy';
import { asgWaitWithoutCreationPolicyRule } from './asgWaitWithoutCreationPolicy';
import { asgWaitWithoutSignalRule } from './asgWaitWithoutSignal';
import { beanstalkDeploymentPolicyRule } from './beanstalkDeploymentPolicy';
import { codeDeployAlarmRollbackRule } from './codeDeployAlarmRollback';
import { codeDeployBlueGreenEc2Rule } from './codeDeployBlueGreenEc2';
import { codeDeployRollbackRule } from './codeDeployRollback';
import { creationPolicyWithoutSignalRule } from './creationPolicyWithoutSignal';
import { ecsCircuitBreakerRule } from './ecsCircuitBreaker';
import { hardCodedSecretRule } from './hardCodedSecret';
import { iamAdministratorAccessRule } from './iamAdministratorAccess';
import { iamWildcardPolicyRule } from './iamWildcardPolicy';
import { parameterNoEchoRule } from './parameterNoEcho';
import { rdsMultiAzRule } from './rdsMultiAz';
import { rdsUpdateReplacePolicyRule } from './rdsUpdateReplacePolicy';
import { route53FailoverHealthRule } from './route53FailoverHealth';
import { route53FailoverPairRule } from './route53FailoverPair';
import { route53SetIdentifierRule } from './route53SetIdentifier';
import { samAutoPublishAliasRule } from './samAutoPublishAlias';
import { samDeploymentAlarmsRule } from './samDeploymentAlarms';
import { ssmSecureStringRule } from './ssmSecureString';

export const EXAM_RULES: readonly Rule[] = [
  asgUpdatePolicyRule,
  asgWaitWithoutSignalRule,
  creationPolicyWithoutSignalRule,
  asgWaitWithoutCreationPolicyRule,
  asgHealthCheckTypeRule,
  codeDeployRollbackRule,
  codeDeployAlarmRollbackRule,
  codeDeployBlueGreenEc2Rule,
  route53FailoverHealthRule,
  route53FailoverPairRule,
  route53SetIdentifierRule,
  rdsUpdateReplacePolicyRule,
  rdsMultiAzRule,
  ssmSecureStringRule,
  parameterNoEchoRule,
  hardCodedSecretRule,
  iamAdministratorAccessRule,
  iamWildcardPolicyRule,
  ecsCircuitBreakerRule,
  samDeploymentAlarmsRule,
  samAutoPublishAliasRule,
  beanstalkDeploymentPolicyRule,
];
