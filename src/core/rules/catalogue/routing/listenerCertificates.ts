/** T27: a secure listener (HTTPS on an ALB, TLS on an NLB) takes exactly one default certificate. */
import { entryOf, isScalar, isSeq } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysOneOf, isNoValue } from '../support/values';

const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const CREATE_LISTENER_API = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateListener.html';

/** CX2721: HTTPS or TLS listener without its certificate, or with more than one. */
export const secureListenerCertificate: CatalogueCheck = {
  id: 'CX2721',
  title: 'HTTPS or TLS listener without exactly one certificate',
  topics: ['T27', 'T07'],
  severity: 'error',
  url: CREATE_LISTENER_API,
  rejection: { quote: '[HTTPS and TLS listeners] The default certificate for the listener. You must provide exactly one certificate.', url: CREATE_LISTENER_API },
  explanation: {
    what:
      'A listener that ends TLS needs the certificate it presents to clients: Certificates takes exactly one, the default. ' +
      'Elastic Load Balancing refuses an HTTPS or TLS listener with none or several; more certificates (for more domain names, ' +
      'chosen by SNI) go in AWS::ElasticLoadBalancingV2::ListenerCertificate.',
    exam:
      'encryption in transit at the load balancer: an HTTPS listener with an ACM certificate (free, renewed automatically) and an ' +
      'HTTP listener that only redirects to HTTPS; the SslPolicy chooses the TLS versions.',
    scenario: 'all traffic to the web application must be encrypted in transit with a certificate that renews itself',
    trap: 'an ACM certificate for an ALB must be in the load balancer\'s Region; CloudFront, and what it fronts such as edge-optimized API Gateway domains, needs it in us-east-1.',
  },
  resourceTypes: [LISTENER],
  run(context) {
    const hits: CheckHit[] = [];
    for (const listener of context.resources(LISTENER)) {
      const protocol = entryOf(listener.properties, 'Protocol');
      if (!protocol || !alwaysOneOf(context, protocol.value, ['HTTPS', 'TLS'])) continue;
      const certificates = entryOf(listener.properties, 'Certificates');
      const path = ['Resources', listener.logicalId, 'Properties'];
      if (!certificates || isNoValue(certificates.value) || (isSeq(certificates.value) && certificates.value.items.length === 0)) {
        hits.push({
          message: `Listener '${listener.logicalId}' uses ${isScalar(protocol.value) ? String(protocol.value.value) : 'HTTPS or TLS'} without a certificate: Elastic Load Balancing refuses it; give one ACM certificate in Certificates`,
          span: protocol.key.span,
          path: [...path, 'Protocol'],
        });
      } else if (isSeq(certificates.value) && certificates.value.items.length > 1) {
        hits.push({
          message: `Listener '${listener.logicalId}' lists ${certificates.value.items.length} certificates: Certificates takes exactly one (the default); add the others with AWS::ElasticLoadBalancingV2::ListenerCertificate`,
          span: certificates.key.span,
          path: [...path, 'Certificates'],
        });
      }
    }
    return hits;
  },
};
