'use strict';
// crypto.constants: OpenSSL's numbers from the linked library's headers (pkeyConstants in
// pkey.c), in node's order, plus node's default TLS cipher lists.

const numbers = binding.pkeyConstants();

// Node's own default, shown as-is by crypto.constants (tls uses it as the cipher list).
const defaultCipherList = [
  'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA256', 'DHE-RSA-AES256-SHA256', 'HIGH', '!aNULL', '!eNULL', '!EXPORT',
  '!DES', '!RC4', '!MD5', '!PSK', '!SRP', '!CAMELLIA',
].join(':');

const constants = Object.create(null);
for (const [name, value] of Object.entries(numbers)) {
  if (name === 'TLS1_VERSION') constants.defaultCoreCipherList = defaultCipherList;
  constants[name] = value;
}
constants.defaultCipherList = defaultCipherList;

module.exports = constants;
