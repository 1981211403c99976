'use strict';
// Colour support from the environment (tty.WriteStream's getColorDepth/hasColors), in a
// module of its own: process.stdout on a terminal answers these without loading the
// stream modules.

const { codes } = require('internal/errors');

// Colour depth from the environment, by the rules node documents: FORCE_COLOR,
// NO_COLOR/NODE_DISABLE_COLORS, CI systems, TMUX, terminal programs, COLORTERM, TERM.
const TERM_COLOR_DEPTH = [
  [/^xterm-256/, 8], [/^.*-256(color)?$/, 8], [/^(xterm|screen|tmux|rxvt|vt100|vt220|ansi|cygwin|linux|konsole|eterm|putty|alacritty|kitty|foot|mintty|st|cons25|color|gnome|hurd|jfbterm|mlterm|terminator|dvtm)/, 4],
];

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        return 4;
      case '2':
        return 8;
      case '3':
        return 24;
      default:
        return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 8;
  if (env.CI) {
    for (const ci of ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITEA_ACTIONS', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS']) {
      if (ci in env) return 8;
    }
    if (env.CI_NAME === 'codeship') return 8;
    return 1;
  }
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
    case 'HyperTerm':
    case 'MacTerm':
      return 24;
    case 'Apple_Terminal':
      return 8;
    default:
      break;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return 24;
    for (const [re, depth] of TERM_COLOR_DEPTH) if (re.test(env.TERM)) return depth;
  }
  if (env.COLORTERM) return 4;
  return 1;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else if (typeof count !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('count', 'number', count);
  }
  if (!Number.isInteger(count) || count < 2) {
    throw new codes.ERR_OUT_OF_RANGE('count', '>= 2', count);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
