'use strict';
// tls.createSecureContext(): validates node's options and loads them into a native
// SecureContext (context.c). A context without `ca` trusts the system store and
// NODE_EXTRA_CA_CERTS, as node trusts its bundled roots and that file.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_INVALID_PROTOCOL_VERSION, ERR_TLS_PROTOCOL_VERSION_CONFLICT },
} = require('internal/errors');

const PROTOCOLS = { __proto__: null, 'TLSv1': 0x0301, 'TLSv1.1': 0x0302, 'TLSv1.2': 0x0303, 'TLSv1.3': 0x0304 };

const DEFAULT_CIPHERS =
  'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
  'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

const defaults = {
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
};

function isBytes(v) {
  return typeof v === 'string' || Buffer.isBuffer(v) || ArrayBuffer.isView(v);
}

// key/cert/ca accept one value or an array of them; key entries may be {pem, passphrase}.
function validateKeyOrCert(name, value) {
  if (!isBytes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function toVersion(v, which) {
  const n = PROTOCOLS[v];
  if (n === undefined) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
  return n;
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  this.context = new binding.SecureContext();
  if (secureProtocol !== undefined && secureProtocol !== null &&
      (minVersion !== undefined || maxVersion !== undefined)) {
    throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion || maxVersion, secureProtocol);
  }
  const min = toVersion(minVersion === undefined ? defaults.DEFAULT_MIN_VERSION : minVersion, 'minimum');
  const max = toVersion(maxVersion === undefined ? defaults.DEFAULT_MAX_VERSION : maxVersion, 'maximum');
  if (typeof secureProtocol === 'string') {
    const m = /^TLSv1(?:_(\d))?_method$/.exec(secureProtocol.replace(/_(?:client|server)_method$/, '_method'));
    if (m) {
      const v = 0x0301 + (m[1] ? Number(m[1]) : 0);
      this.context.setMinProto(v);
      this.context.setMaxProto(v);
    } else {
      this.context.setMinProto(min);
      this.context.setMaxProto(max);
    }
  } else {
    this.context.setMinProto(min);
    this.context.setMaxProto(max);
  }
  if (secureOptions) this.context.setOptions(secureOptions);
}

function eachValue(value, fn) {
  if (Array.isArray(value)) for (const v of value) fn(v);
  else if (value !== undefined && value !== null && value !== false) fn(value);
}

function createSecureContext(options) {
  if (!options) options = {};
  const { ca, cert, key, passphrase, ciphers, ecdhCurve, secureProtocol, secureOptions, minVersion, maxVersion } = options;
  if (passphrase !== undefined && passphrase !== null && typeof passphrase !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.passphrase', 'string', passphrase);
  }
  if (ciphers !== undefined && ciphers !== null && typeof ciphers !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.ciphers', 'string', ciphers);
  }
  if (ecdhCurve !== undefined && ecdhCurve !== null && typeof ecdhCurve !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.ecdhCurve', 'string', ecdhCurve);
  }
  const ctx = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const native = ctx.context;

  if (ca) {
    eachValue(ca, (v) => {
      validateKeyOrCert('options.ca', v);
      native.addCACert(v);
    });
  } else {
    native.addRootCerts();
  }
  if (cert) {
    eachValue(cert, (v) => {
      validateKeyOrCert('options.cert', v);
      native.setCert(v);
    });
  }
  if (key) {
    // Objects {pem, passphrase} are accepted only inside an array, as in node.
    const keys = Array.isArray(key) ? key : [key];
    for (const v of keys) {
      let pem = v;
      let pass = passphrase;
      if (Array.isArray(key) && v !== null && typeof v === 'object' && !isBytes(v)) {
        pem = v.pem;
        if (v.passphrase !== undefined) pass = v.passphrase;
      }
      validateKeyOrCert('options.key', pem);
    }
    for (const v of keys) {
      let pem = v;
      let pass = passphrase;
      if (v !== null && typeof v === 'object' && !isBytes(v)) {
        pem = v.pem;
        if (v.passphrase !== undefined) pass = v.passphrase;
      }
      native.setKey(pem, pass === undefined || pass === null ? undefined : String(pass));
    }
  }
  if (options.pfx) {
    eachValue(options.pfx, (v) => {
      let buf = v;
      let pass = passphrase;
      if (v !== null && typeof v === 'object' && !isBytes(v)) {
        buf = v.buf;
        if (v.passphrase !== undefined) pass = v.passphrase;
      }
      validateKeyOrCert('options.pfx', buf);
      native.loadPKCS12(typeof buf === 'string' ? Buffer.from(buf) : buf,
        pass === undefined || pass === null ? undefined : String(pass));
    });
  }
  const list = (ciphers || defaults.DEFAULT_CIPHERS).split(':');
  const suites = list.filter((c) => c.startsWith('TLS_')).join(':');
  const rest = list.filter((c) => !c.startsWith('TLS_')).join(':');
  native.setCiphers(rest, suites || 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256');

  if (ecdhCurve !== undefined && ecdhCurve !== null) {
    if (ecdhCurve !== 'auto') native.setGroups(ecdhCurve);
  } else if (defaults.DEFAULT_ECDH_CURVE !== 'auto') {
    native.setGroups(defaults.DEFAULT_ECDH_CURVE);
  }
  return ctx;
}

let roots;
function rootCertificates() {
  if (!roots) roots = Object.freeze(binding.rootCertificates());
  return roots;
}

function cipherNames() {
  return [...new Set(binding.cipherNames())].sort();
}

module.exports = { SecureContext, createSecureContext, defaults, rootCertificates, cipherNames, PROTOCOLS };
