'use strict';
// Names and addresses node's network tests use. Only the "invalid" ones are reachable
// without a network (the .invalid TLD never resolves, RFC 6761); tests needing the
// others belong to test/internet and do not run here.
const addresses = {
  INET_HOST: 'nodejs.org',
  INET4_HOST: 'nodejs.org',
  INET6_HOST: 'nodejs.org',
  INET4_IP: '8.8.8.8',
  INET6_IP: '2001:4860:4860::8888',
  INVALID_HOST: 'something.invalid',
  MX_HOST: 'nodejs.org',
  SRV_HOST: '_caldav._tcp.google.com',
  PTR_HOST: '8.8.8.8.in-addr.arpa',
  NAPTR_HOST: 'sip2sip.info',
  SOA_HOST: 'nodejs.org',
  CAA_HOST: 'google.com',
  CNAME_HOST: 'blog.nodejs.org',
  NS_HOST: 'nodejs.org',
  TXT_HOST: 'nodejs.org',
  DNS4_SERVER: '8.8.8.8',
  DNS6_SERVER: '2001:4860:4860::8888',
};

module.exports = { addresses };
