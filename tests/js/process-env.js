// differential: process.env is a live string map: coercion, delete, in, keys, defineProperty rules
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const env = process.env;
env.NODUS_T_NUM = 42;
show('number becomes string', () => [env.NODUS_T_NUM, typeof env.NODUS_T_NUM]);
env.NODUS_T_BOOL = true;
env.NODUS_T_UNDEF = undefined;
env.NODUS_T_NULL = null;
show('coerced', () => [env.NODUS_T_BOOL, env.NODUS_T_UNDEF, env.NODUS_T_NULL]);
show('in', () => ['NODUS_T_NUM' in env, 'NODUS_T_NOPE' in env]);
show('hasOwnProperty', () => [Object.prototype.hasOwnProperty.call(env, 'NODUS_T_NUM'), env.hasOwnProperty('NODUS_T_NOPE')]);
show('keys', () => Object.keys(env).filter((k) => k.startsWith('NODUS_T_')).sort());
show('delete', () => [delete env.NODUS_T_NUM, env.NODUS_T_NUM, 'NODUS_T_NUM' in env, delete env.NODUS_T_NEVER]);
show('missing', () => env.NODUS_T_MISSING);
show('symbol set', () => { env[Symbol('s')] = 1; return 'no throw'; });
show('symbol get', () => env[Symbol.iterator]);
show('object value', () => { env.NODUS_T_OBJ = { toString() { return 'custom'; } }; return env.NODUS_T_OBJ; });
show('symbol value', () => { env.NODUS_T_SYM = Symbol('x'); return env.NODUS_T_SYM; });
show('define accessor', () => Object.defineProperty(env, 'NODUS_T_D1', { get() { return 1; } }));
show('define non-writable', () => Object.defineProperty(env, 'NODUS_T_D2', { value: 'v', writable: false, enumerable: true, configurable: true }));
show('define ok', () => {
  Object.defineProperty(env, 'NODUS_T_D3', { value: 7, writable: true, enumerable: true, configurable: true });
  return env.NODUS_T_D3;
});
show('JSON', () => JSON.stringify(Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('NODUS_T_')).sort())));
show('spread', () => ({ ...env }).NODUS_T_BOOL);
show('empty name', () => { env[''] = 'x'; return env['']; });
show('typeof', () => [typeof env, Object.prototype.toString.call(env)]);
