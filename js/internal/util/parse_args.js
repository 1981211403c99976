'use strict';
// util.parseArgs: command-line parsing with node's tokens, strict-mode errors and
// defaults.

const { codes, E } = require('internal/errors');
const {
  validateArray, validateBoolean, validateObject, validateString,
} = require('internal/validators');

if (codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE === undefined) {
  E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
  E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
    const suggestDashDash = allowPositionals ?
      `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${suggestDashDash}`;
  }, TypeError);
  E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
}

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

function optionGet(options, name, key) {
  if (hasOwn(options, name)) return options[name][key];
  return undefined;
}

// The user's arguments: after the script, or after the executable for -e/-p.
function getMainArgs() {
  const execArgv = process.execArgv;
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionValue = (value) => value != null;
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function findLongOptionForShort(shortOption, options) {
  validateObject(options, 'options');
  for (const longOption of Object.keys(options)) {
    if (optionGet(options, longOption, 'short') === shortOption) return longOption;
  }
  return shortOption;
}

// -abc where the first letter is a boolean option: several short options together.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  const firstShort = arg[1];
  const longOption = findLongOptionForShort(firstShort, options);
  return optionGet(options, longOption, 'type') !== 'string';
}

// -fVALUE where f is a string option.
function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionGet(options, longOption, 'type') === 'string';
}

function argumentTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const a of remaining) tokens.push({ kind: 'positional', index: ++index, value: a });
      break;
    }
    if (isLoneShortOption(arg)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionGet(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionGet(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          // A string option takes the rest of the group as its value.
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionGet(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const longOption = arg.slice(2, equalIndex);
      tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index, value: arg.slice(equalIndex + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    const errorMessage = `Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`;
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(errorMessage);
  }
}

function checkOptionUsage(config, token) {
  if (!hasOwn(config.options, token.name)) {
    throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
  }
  const short = optionGet(config.options, token.name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionGet(config.options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;
  const newValue = optionValue ?? true;
  if (optionGet(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) values[longOption] = [newValue];
    else values[longOption].push(newValue);
  } else {
    values[longOption] = newValue;
  }
}

function validateDefault(value, type, multiple, name) {
  if (multiple) {
    validateArray(value, name);
    for (let i = 0; i < value.length; i++) {
      if (type === 'string') validateString(value[i], `${name}[${i}]`);
      else validateBoolean(value[i], `${name}[${i}]`);
    }
  } else if (type === 'string') {
    validateString(value, name);
  } else {
    validateBoolean(value, name);
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = config.args ?? getMainArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const longOption of Object.keys(options)) {
    const optionConfig = options[longOption];
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = optionConfig.type;
    if (optionType !== 'string' && optionType !== 'boolean') {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${longOption}.type`, "('string|boolean')", optionType);
    }
    if (hasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw new codes.ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption,
          'must be a single character');
      }
    }
    const multipleOption = optionConfig.multiple;
    if (hasOwn(optionConfig, 'multiple')) validateBoolean(multipleOption, `options.${longOption}.multiple`);
    const defaultValue = optionConfig.default;
    if (defaultValue !== undefined) {
      validateDefault(defaultValue, optionType, multipleOption, `options.${longOption}.default`);
    }
  }

  const tokens = argumentTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (allowNegative && token.name.startsWith('no-') && token.value === undefined) {
        const name = token.name.slice(3);
        if (optionGet(options, name, 'type') === 'boolean') {
          token.name = name;
          storeOption(name, false, options, result.values);
          continue;
        }
      }
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const longOption of Object.keys(options)) {
    const defaultValue = optionGet(options, longOption, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
