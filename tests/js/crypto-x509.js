// differential: X509Certificate: PEM and DER parsing, subject/issuer/SAN/infoAccess/validity/fingerprints/serial/keyUsage/ca, publicKey, checkHost/checkEmail/checkIP/checkIssued/checkPrivateKey/verify, toString/toJSON/raw, bad input
'use strict';
const { X509Certificate, createPrivateKey, createPublicKey, generateKeyPairSync, createHash } = require('crypto');

// A P-256 root and an RSA leaf it signed (made with the openssl CLI for this test).
const caPem = `-----BEGIN CERTIFICATE-----
MIIBuTCCAV+gAwIBAgICEjQwCgYIKoZIzj0EAwIwOjELMAkGA1UEBhMCTkwxFjAU
BgNVBAoMDU5vZHVzIFRlc3QgQ0ExEzARBgNVBAMMCk5vZHVzIFJvb3QwIBcNMjYx
MTIyMjIzNjM2WhgPMjEyNjEwMjkyMjM2MzZaMDoxCzAJBgNVBAYTAk5MMRYwFAYD
VQQKDA1Ob2R1cyBUZXN0IENBMRMwEQYDVQQDDApOb2R1cyBSb290MFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAErIGJJSAecrzPlt+9SRzNYU6wo5xsizZFxIJToxql
Z5PGQK3yZaF+bHmsCOYt5MPGfW0pCr9Ub9FFJv6U20Zi5aNTMFEwHQYDVR0OBBYE
FMqLd7gm2c//nY4fmRnAZrUDbipHMB8GA1UdIwQYMBaAFMqLd7gm2c//nY4fmRnA
ZrUDbipHMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAPrRvofK
bbYojLH5W6GsILdaKzmHjXdBhB3Bgpm7iPM4AiBnttt+giZ6x9M6PXFNGjZsuZCf
ifZWm/n/qQa/fSc5cQ==
-----END CERTIFICATE-----
`;
const leafPem = `-----BEGIN CERTIFICATE-----
MIIDnzCCA0WgAwIBAgIIAMD/7hI0VngwCgYIKoZIzj0EAwIwOjELMAkGA1UEBhMC
TkwxFjAUBgNVBAoMDU5vZHVzIFRlc3QgQ0ExEzARBgNVBAMMCk5vZHVzIFJvb3Qw
IBcNMjYxMTIyMjIzNjM3WhgPMjEyNjEwMjkyMjM2MzdaMIGDMQswCQYDVQQGEwJO
TDEWMBQGA1UECAwNTm9vcmQtSG9sbGFuZDESMBAGA1UEBwwJQW1zdGVyZGFtMRQw
EgYDVQQKDAtOb2R1cywgSW5jLjEUMBIGA1UEAwwLZXhhbXBsZS5jb20xHDAaBgkq
hkiG9w0BCQEWDWFAZXhhbXBsZS5jb20wggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAw
ggEKAoIBAQCT49kDHM/IKtM2xEVGGDpDOk4wCplQ2TYFc0t5JRlj+26rYxM9xBeK
9nAwEC+p0dx6PkCZdMCkyzpybZurNXQYzTCmoxPGEQi8b4IPLv/x/VjWxLk7mbpf
Fo9cIDsB0OMce7ydjIPIvvEUJ7cWsinC4z+Z0Ew4EDiHCWdavgkZp7cRPs+wpeph
oWbR5n/k8vH+W9g9oSAL6JqL1rnbFsST93k3/ef8XdRX8mbaQCvDfiRrPtuuHF60
tXDchCQbuTRQ2Fj/3mXHpL4YajdRWOnzy2iUT1cFNfnL6Hxvgc0IOyEI0kAej2lG
xEpIuk8CxH4qnKGlZ75jd1ECt9fS8inHAgMBAAGjggEcMIIBGDBMBgNVHREERTBD
ggtleGFtcGxlLmNvbYINKi5leGFtcGxlLm9yZ4cEfwAAAYcQAAAAAAAAAAAAAAAA
AAAAAYENYUBleGFtcGxlLmNvbTAdBgNVHSUEFjAUBggrBgEFBQcDAQYIKwYBBQUH
AwIwXgYIKwYBBQUHAQEEUjBQMCQGCCsGAQUFBzABhhhodHRwOi8vb2NzcC5leGFt
cGxlLmNvbS8wKAYIKwYBBQUHMAKGHGh0dHA6Ly9jYS5leGFtcGxlLmNvbS9jYS5j
cnQwCQYDVR0TBAIwADAdBgNVHQ4EFgQU/9CfkgXeW45h3kHT597u3hu66kMwHwYD
VR0jBBgwFoAUyot3uCbZz/+djh+ZGcBmtQNuKkcwCgYIKoZIzj0EAwIDSAAwRQIh
APfbkNs/lunt/kg8QKiv+IC9G6TMdaodaPPd3sjhV0AHAiAJfS7ohutC4YD6wJ3z
GlMmbOPyVyr2vOiocmhrAf2qpw==
-----END CERTIFICATE-----
`;
const leafKeyPem = `-----BEGIN PRIVATE KEY-----
MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCT49kDHM/IKtM2
xEVGGDpDOk4wCplQ2TYFc0t5JRlj+26rYxM9xBeK9nAwEC+p0dx6PkCZdMCkyzpy
bZurNXQYzTCmoxPGEQi8b4IPLv/x/VjWxLk7mbpfFo9cIDsB0OMce7ydjIPIvvEU
J7cWsinC4z+Z0Ew4EDiHCWdavgkZp7cRPs+wpephoWbR5n/k8vH+W9g9oSAL6JqL
1rnbFsST93k3/ef8XdRX8mbaQCvDfiRrPtuuHF60tXDchCQbuTRQ2Fj/3mXHpL4Y
ajdRWOnzy2iUT1cFNfnL6Hxvgc0IOyEI0kAej2lGxEpIuk8CxH4qnKGlZ75jd1EC
t9fS8inHAgMBAAECggEANfbMNzCKOTY3QCK6TGuGxwU9hpY3f6Li7XY2sgvxieQz
a+KJIN6u4IwwP7mISuVDGHAizlwl93wY5axNQ1oL9QjamdOj4YBRucDOqo+x4TFa
+3NpS/A6a3wl763rGiyI0tnr52lgpR3Xhk0/p853IqAdkxjI1yREHDI4Popdc7iL
MAukyXkeQjS33HdAeSMlQNB2Vr6H1t4lbkDv8l0r57LTim2Qy9LldlkU5EeeNXZ7
DpdxT+hQSNux+MMlzerdjT+pRgy2DQmv+Jq4HtudMDwK09HMQZf01OTUaDqKy7l5
4LZuFPq5Oj6G4z8Aa7CE5apKBfFyWOKhA7zNx2ap0QKBgQDHPTFifibEjwPLBJls
jTUxjpCb/iwP9Ef1aRicwpF0e9QRxieWDwGfw5qVCwGvbpq+Co4fBuNue4N/Fzmh
OeOrnRxa585qmQ62qU4N19yn3pFXZHKf04sZY1rrEcdTKJ4RdHLI/aZ4PRjwS/d2
vWRU9t2z5uSI4eN4VUdX505RFQKBgQC+BbGGk97f/YhIkYMltVmc2oarArUohxEm
1WJZGB+XQIKEA3/U66EW09xgmZtADPxmuu2rxIPvjBLZH2/SqoDc6BchKrB4SJoh
BBLiOfbv7yWGBenGYVhsA6aq+42cbSyDMRzUKVu3+DkH98YUz6ysl/mYdyiTv+nE
GTg3xDKuawKBgCiK8zmvogPtdkAht3a3ZVOoRxT3K9AzTVFLCY8cqKyjZgwX3oZS
l2oDS7l4e+dPAn4Zd8IojK82wxNhjoCYXxPU7Kgy83YNn0jcOt3mRyiByeGWtxx+
15da+G1NONpbMY8ruw/bTby58hEz5C9tarU/Zu3s1iRkkv0xnUrt7qnhAoGAMD3F
ygK0bG0zMikvAF2/+GBKHBQ95aIUqqU1qKTFMGMCP32b8HQ5m1AB/MxCa8pgMbx3
JkpnrGMFTfX7L6J1wJ9zb8okrwTPjF46ZRCOLm+qORI7PU/tYM60e2gNlY7p5AyN
4xb04Am2gN1YfmQS1GZoyVpHBOuN72jvqsi2jS0CgYAHi817NLHmmL9d3ygIeqsK
g93t6cYYHjcRz4ognWwhjL4XM1ibFMoHa8wtpNBthEJSRSQqKpS9PAEtFShItFUq
5HsZNlUydGhyy3/GO3rFGIAQJpwsl6+BTy5T4QAS320wAfsr4qeRtB1qvJgKSVn6
PEsn7v3HQ56k+smKf8oMgA==
-----END PRIVATE KEY-----
`;
const caKeyPem = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgRtNkmdciK/B1EFmd
JwdA9jAcj5qT79TaVI3KtqXlytKhRANCAASsgYklIB5yvM+W371JHM1hTrCjnGyL
NkXEglOjGqVnk8ZArfJloX5seawI5i3kw8Z9bSkKv1Rv0UUm/pTbRmLl
-----END PRIVATE KEY-----
`;

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

const ca = new X509Certificate(caPem);
const leaf = new X509Certificate(Buffer.from(leafPem));
for (const x of [ca, leaf]) {
  for (const k of ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo',
    'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber', 'ca', 'issuerCertificate']) {
    console.log(k, JSON.stringify(x[k]));
  }
  const pk = x.publicKey;
  console.log(pk.type, pk.asymmetricKeyType, pk.equals(createPublicKey(x.toString())));
  console.log(x.raw.length, Buffer.isBuffer(x.raw), x.toString() === x.toJSON(), x.toString() === (x === ca ? caPem : leafPem));
  console.log(JSON.stringify({ x }) === JSON.stringify({ x: x.toString() }));
  console.log(createHash('sha256').update(x.raw).digest('hex'));
}
// DER, as a Buffer, a Uint8Array and a DataView (an ArrayBuffer is refused).
const der = leaf.raw;
for (const input of [der, new Uint8Array(der), new DataView(der.buffer, der.byteOffset, der.length)]) {
  const d = new X509Certificate(input);
  console.log('der', d.subject === leaf.subject, d.fingerprint256 === leaf.fingerprint256, d.toString() === leafPem);
}

// Host, e-mail and IP matching.
for (const host of ['example.com', 'EXAMPLE.COM', 'www.example.com', 'a.example.org', 'a.b.example.org', 'example.org', 'other.net']) {
  console.log('host', host, leaf.checkHost(host), leaf.checkHost(host, { wildcards: false }),
    leaf.checkHost(host, { subject: 'always' }), leaf.checkHost(host, { subject: 'never' }),
    leaf.checkHost(host, { multiLabelWildcards: true }));
}
console.log('ca host', ca.checkHost('Nodus Root'), ca.checkHost('nodus root', { subject: 'never' }));
for (const e of ['a@example.com', 'A@EXAMPLE.COM', 'b@example.com']) {
  console.log('email', e, leaf.checkEmail(e), leaf.checkEmail(e, { subject: 'never' }));
}
for (const ip of ['127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '127.0.0.2', '::2']) console.log('ip', ip, leaf.checkIP(ip));

// Chain and keys.
const leafKey = createPrivateKey(leafKeyPem);
const caKey = createPrivateKey(caKeyPem);
console.log('issued', leaf.checkIssued(ca), ca.checkIssued(leaf), ca.checkIssued(ca));
console.log('verify', leaf.verify(ca.publicKey), leaf.verify(leaf.publicKey), ca.verify(ca.publicKey),
  leaf.verify(createPublicKey(caKeyPem)));
console.log('private', leaf.checkPrivateKey(leafKey), leaf.checkPrivateKey(caKey), ca.checkPrivateKey(caKey));
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
console.log('other', ca.verify(other.publicKey), ca.checkPrivateKey(other.privateKey));

// Bad input.
t('garbage', () => new X509Certificate('garbage'));
t('garbage buf', () => new X509Certificate(Buffer.from('garbage')));
t('truncated der', () => new X509Certificate(der.subarray(0, 100)));
t('truncated pem', () => new X509Certificate(leafPem.slice(0, 200)));
t('arraybuffer', () => new X509Certificate(new ArrayBuffer(8)));
t('number', () => new X509Certificate(1));
t('none', () => new X509Certificate());
t('host type', () => leaf.checkHost(1));
t('host subject', () => leaf.checkHost('a', { subject: 'x' }));
t('host subject type', () => leaf.checkHost('a', { subject: 1 }));
t('host subject null', () => leaf.checkHost('a', { subject: null }));
t('host options null', () => leaf.checkHost('a', null));
t('host wildcards', () => leaf.checkHost('a', { wildcards: 1 }));
t('host options', () => leaf.checkHost('a', 1));
t('host nul', () => leaf.checkHost('example\x00.com'));
t('email nul', () => leaf.checkEmail('a\x00@example.com'));
t('ip bracket', () => leaf.checkIP('[::]'));
t('ip bad', () => leaf.checkIP('x'));
t('ip type', () => leaf.checkIP(1));
t('email type', () => leaf.checkEmail(1));
t('issued type', () => leaf.checkIssued(1));
t('issued string', () => leaf.checkIssued('ca'));
t('verify type', () => leaf.verify(1));
t('verify private', () => leaf.verify(leafKey));
t('private public', () => leaf.checkPrivateKey(leaf.publicKey));
t('private type', () => leaf.checkPrivateKey(1));
console.log(typeof X509Certificate, leaf instanceof X509Certificate, Object.keys(leaf));
console.log(ca);
console.log([leaf]);
console.log(require('util').inspect({ a: { b: ca } }, { depth: 1 }), require('util').inspect(ca, { depth: -1 }));
