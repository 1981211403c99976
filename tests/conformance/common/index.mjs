// ES module face of our test/common (Node's tests import '../common/index.mjs').
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const common = require('./index.js');

export const {
  isWindows, isLinux, isMacOS, isAIX, isFreeBSD, isOpenBSD, isSunOS, isIBMi, isMainThread,
  mustCall, mustCallAtLeast, mustSucceed, mustNotCall, mustNotMutateObjectDeep, expectsError,
  expectWarning, invalidArgTypeHelper, skip, printSkipMessage, platformTimeout, allowGlobals,
  getArrayBufferViews, getBufferSources, getCallSite, canCreateSymLink, hasCrypto, hasIPv6,
  hasIntl, hasOpenSSL3, buildType, PORT, spawnPromisified, skipIfInspectorDisabled,
  skipIfWorker, skipIf32Bits, runWithInvalidFD, escapePOSIXShell, expectRequiredModule,
} = common;

export { createRequire };

export default common;
