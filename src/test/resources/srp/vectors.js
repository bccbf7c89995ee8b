// Vectors for the SRP arithmetic, computed by amazon-cognito-identity-js's own AuthenticationHelper.
const AuthenticationHelper = require('amazon-cognito-identity-js/lib/AuthenticationHelper').default;
const BigInteger = require('amazon-cognito-identity-js/lib/BigInteger').default;
const { Sha256 } = require('@aws-crypto/sha256-js');
const { Buffer } = require('buffer');
const pkg = require('amazon-cognito-identity-js/package.json');

const poolName = 'AbCdEf123';
const username = 'ana';
const password = 'Old-pass-1!';
const smallA = new BigInteger('a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00' .repeat(4), 16);
const salt = new BigInteger('5f3c1e2d4b6a79881726354433221100', 16);
const smallB = new BigInteger('0f1e2d3c4b5a69788796a5b4c3d2e1f0'.repeat(8), 16);
const secretBlock = Buffer.from('secret-block-of-the-test-0123456789', 'utf8').toString('base64');
const timestamp = 'Mon Nov 2 09:05:07 UTC 2026';

const helper = new AuthenticationHelper(poolName);
helper.smallAValue = smallA;
helper.largeAValue = null;
helper.getLargeAValue(() => {});
const N = helper.N, g = helper.g, k = helper.k;
// The server side, for B: v = g^x with x = H(salt | H(poolName username ":" password)); B = k v + g^b.
const x = new BigInteger(helper.hexHash(helper.padHex(salt) + helper.hash(`${poolName}${username}:${password}`)), 16);
let v; g.modPow(x, N, (e, r) => { v = r; });
let gb; g.modPow(smallB, N, (e, r) => { gb = r; });
const B = k.multiply(v).add(gb).mod(N);
helper.getPasswordAuthenticationKey(username, password, B, salt, (err, hkdf) => {
  const message = Buffer.concat([Buffer.from(poolName, 'utf8'), Buffer.from(username, 'utf8'),
    Buffer.from(secretBlock, 'base64'), Buffer.from(timestamp, 'utf8')]);
  const mac = new Sha256(hkdf); mac.update(message);
  const signature = Buffer.from(mac.digestSync()).toString('base64');
  const out = {
    library: `amazon-cognito-identity-js ${pkg.version}`,
    poolName, username, password,
    a: smallA.toString(16), salt: salt.toString(16), b: smallB.toString(16),
    k: k.toString(16), A: helper.largeAValue.toString(16), B: B.toString(16),
    u: helper.UValue.toString(16), hkdf: Buffer.from(hkdf).toString('hex'),
    secretBlock, timestamp, signature,
  };
  console.log(JSON.stringify(out, null, 2));
});
