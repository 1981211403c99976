'use strict';
// The readline Interface shared by readline and readline/promises: reads lines from an
// input stream, and in terminal mode edits the current line from keypresses and redraws
// it on the output with ANSI sequences (the same bytes node writes).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { codes } = require('internal/errors');
const { validateAbortSignal, validateString, validateUint32 } = require('internal/validators');
const { getStringWidth } = require('internal/console/table');
const { emitKeypressEvents, charLengthAt } = require('internal/readline/keypress');
const {
  cursorTo, moveCursor, clearScreenDown,
} = require('internal/readline/callbacks');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kMaxKillRing = 32;
const kMaxUndoSteps = 2048;
// The async iterator pauses the input above kHighWaterMark unread lines and resumes it
// once all are read.
const kHighWaterMark = 1024;
const kLowWaterMark = 1;
const lineEnding = /\r?\n|\r(?!\n)/g;

const kQuestion = Symbol('question');
const kQuestionCancel = Symbol('questionCancel');
const kOnLine = Symbol('onLine');
const kSubstringSearch = Symbol('substringSearch');
const kLineIterator = Symbol('lineIterator');
const kKillRing = Symbol('killRing');
const kKillRingCursor = Symbol('killRingCursor');
const kYanking = Symbol('yanking');
const kUndoStack = Symbol('undoStack');
const kRedoStack = Symbol('redoStack');

function InterfaceConstructor(input, output, completer, terminal) {
  EventEmitter.call(this);
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;

  if (input && input.input) {
    // An options object.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    crlfDelay = options.crlfDelay;
    if (options.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(options.escapeCodeTimeout)) {
        this.escapeCodeTimeout = options.escapeCodeTimeout;
      } else {
        throw new codes.ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new codes.ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw new codes.ERR_INVALID_ARG_TYPE('history', 'Array', history);
  if (historySize === undefined) historySize = kHistorySize;
  if (typeof historySize !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('historySize', 'number', historySize);
  }
  if (Number.isNaN(historySize) || historySize < 0) {
    throw new codes.ERR_OUT_OF_RANGE('historySize', '>= 0', historySize);
  }
  // Backwards compatibility: a terminal when the output is one.
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  // A completer with two parameters answers through a callback.
  this.completer = completer === undefined ? undefined
    : completer.length === 2 ? completer : (v, cb) => cb(null, completer(v));
  this._prompt = prompt;
  this._oldPrompt = undefined;
  this._questionCallback = null;
  this._line_buffer = null;
  this._sawReturnAt = 0;
  this._previousKey = null;
  this[kSubstringSearch] = null;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this[kYanking] = false;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.terminal = !!terminal;

  const onSelfCloseWithoutTerminal = () => {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  };
  const onSelfCloseWithTerminal = () => {
    input.removeListener('keypress', onkeypress);
    input.removeListener('error', onerror);
    input.removeListener('end', ontermend);
    if (output !== null && output !== undefined) output.removeListener('resize', onresize);
  };
  const onerror = (err) => this.emit('error', err);
  const ondata = (data) => this._normalWrite(data);
  const onend = () => {
    if (typeof this._line_buffer === 'string' && this._line_buffer.length > 0) {
      this.emit('line', this._line_buffer);
    }
    this.close();
  };
  const ontermend = () => {
    if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
    this.close();
  };
  const onkeypress = (s, key) => {
    this._ttyWrite(s, key);
    if (key && key.sequence) {
      // A lone surrogate half cannot be drawn on its own: redraw once it pairs up.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) this._refreshLine();
    }
  };
  const onresize = () => this._refreshLine();

  input.on('error', onerror);
  if (!this.terminal) {
    this._decoder = new StringDecoder('utf8');
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', onSelfCloseWithoutTerminal);
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    this.historyIndex = -1;
    if (output !== null && output !== undefined) output.on('resize', onresize);
    this.once('close', onSelfCloseWithTerminal);
  }

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);


const isWordChar = (c) => /\w/.test(c);
const isSpaceChar = (c) => /\s/.test(c);

// How far a word-left move (or delete) goes from `end`: the whitespace before it and the
// run of word or of punctuation characters before that. A backward scan, linear in the
// line (the equivalent anchored regexp is quadratic on long lines).
function wordLeftLength(line, end) {
  let i = end;
  while (i > 0 && isSpaceChar(line[i - 1])) i--;
  if (i > 0) {
    const word = isWordChar(line[i - 1]);
    while (i > 0 && !isSpaceChar(line[i - 1]) && isWordChar(line[i - 1]) === word) i--;
  }
  return end - i;
}

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _setRawMode(mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this._questionCallback) {
      this.prompt();
    } else {
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._questionCallback = cb;
      this.prompt();
    }
  }

  [kQuestionCancel]() {
    if (this._questionCallback) {
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      this.clearLine();
    }
  }

  [kOnLine](line) {
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _onLine(line) {
    this[kOnLine](line);
  }

  _writeToOutput(stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = this.history.indexOf(this.line);
        if (dupIndex !== -1) this.history.splice(dupIndex, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  _refreshLine() {
    const line = this._prompt + this.line;
    const dispPos = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // A full last row leaves the cursor past the edge; a space moves it down.
    if (dispPos.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }

  // Splits input into lines. A '\r' at the end of a chunk may be the first half of a
  // '\r\n' split across chunks: a '\n' within crlfDelay of it is dropped.
  _normalWrite(b) {
    if (b === undefined) return;
    let string = this._decoder.write(b);
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this._sawReturnAt = 0;
    }
    lineEnding.lastIndex = 0;
    if (!lineEnding.test(string)) {
      if (string) this._line_buffer = (this._line_buffer || '') + string;
      return;
    }
    if (this._line_buffer) {
      string = this._line_buffer + string;
      this._line_buffer = null;
    }
    this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
    lineEnding.lastIndex = 0;
    let start = 0;
    const lines = [];
    let m;
    while ((m = lineEnding.exec(string)) !== null) {
      lines.push(string.slice(start, m.index));
      start = lineEnding.lastIndex;
    }
    this._line_buffer = string.slice(start);
    // Lines already split still reach listeners when one of them closes the interface,
    // as in node.
    for (const line of lines) this[kOnLine](line);
  }

  // Every edit keeps the line as it was, for ctrl-_ (undo); a new edit drops redo.
  _beforeEdit() {
    const undo = this[kUndoStack];
    undo.push({ text: this.line, cursor: this.cursor });
    if (undo.length > kMaxUndoSteps) undo.shift();
    this[kRedoStack] = [];
  }

  _undo() {
    const undo = this[kUndoStack];
    if (undo.length === 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = undo.pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  _redo() {
    const redo = this[kRedoStack];
    if (redo.length === 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = redo.pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  // Killed text (ctrl-k/u/w, meta-d/backspace) goes to a ring that ctrl-y pastes from
  // and meta-y cycles through.
  _pushToKillRing(text) {
    if (!text || text === this[kKillRing][0]) return;
    this[kKillRing].unshift(text);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxKillRing) this[kKillRing].pop();
  }

  _yank() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this._insertString(this[kKillRing][this[kKillRingCursor]]);
    }
  }

  _yankPop() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    this._beforeEdit();
    const lastYank = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor] = (this[kKillRingCursor] + 1) % this[kKillRing].length;
    const currentYank = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - lastYank.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + currentYank + tail;
    this.cursor = head.length + currentYank.length;
    this._refreshLine();
  }

  _insertString(c) {
    this._beforeEdit();
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this._refreshLine();
      else this._writeToOutput(c);
    }
  }

  _tabComplete(lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    this.completer(string, (err, value) => {
      this.resume();
      if (err) {
        const { inspect } = require('internal/util/inspect');
        this._writeToOutput(`Tab completion error: ${inspect(err)}`);
        return;
      }
      this._tabCompleteResult(value, lastKeypressWasTab);
    });
  }

  // One candidate (or a longer common prefix) is completed in the line; otherwise the
  // second tab in a row lists the candidates in columns, groups split by '' entries.
  _tabCompleteResult(value, lastKeypressWasTab) {
    const [completions, completeOn] = value;
    if (!completions || completions.length === 0) return;
    const candidates = completions.filter((c) => c);
    const prefix = commonPrefix(candidates);
    if (candidates.length === 1 || prefix.length > completeOn.length) {
      if (prefix.startsWith(completeOn)) {
        this._insertString(prefix.slice(completeOn.length));
      } else {
        this._beforeEdit();
        const head = this.line.slice(0, Math.max(0, this.cursor - completeOn.length));
        this.line = head + prefix + this.line.slice(this.cursor);
        this.cursor = head.length + prefix.length;
        this._refreshLine();
      }
      return;
    }
    if (!lastKeypressWasTab) return;

    let maxWidth = 0;
    for (const c of candidates) maxWidth = Math.max(maxWidth, getStringWidth(c));
    const width = maxWidth + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    const groups = [[]];
    for (const c of completions) {
      if (c === '') groups.push([]);
      else groups[groups.length - 1].push(c);
    }
    let text = '\r\n';
    groups.forEach((group, g) => {
      if (g > 0) text += '\r\n';
      for (let i = 0; i < group.length; i += maxColumns) {
        const row = group.slice(i, i + maxColumns);
        text += row.map((c, j) => (j === row.length - 1 ? c : c + ' '.repeat(width - getStringWidth(c))))
          .join('') + '\r\n';
      }
    });
    this._writeToOutput(text + '\r\n');
    this._refreshLine();
  }

  _wordLeft() {
    if (this.cursor > 0) {
      this._moveCursor(-wordLeftLength(this.line, this.cursor));
    }
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing);
      this._moveCursor(match[0].length);
    }
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._beforeEdit();
      const charSize = this.cursor >= 2 && this.line.codePointAt(this.cursor - 2) >= 0x10000 ? 2 : 1;
      this.line = this.line.slice(0, this.cursor - charSize) + this.line.slice(this.cursor);
      this.cursor -= charSize;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit();
      const charSize = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + charSize);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._beforeEdit();
      let leading = this.line.slice(0, this.cursor);
      const length = wordLeftLength(this.line, this.cursor);
      this._pushToKillRing(leading.slice(leading.length - length));
      leading = leading.slice(0, leading.length - length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit();
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this._pushToKillRing(trailing.slice(0, match[0].length));
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this._refreshLine();
    }
  }

  _deleteLineLeft() {
    this._beforeEdit();
    this._pushToKillRing(this.line.slice(0, this.cursor));
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight() {
    this._beforeEdit();
    this._pushToKillRing(this.line.slice(this.cursor));
    this.line = this.line.slice(0, this.cursor);
    this._refreshLine();
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _line() {
    const line = this._addHistory();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  // Up/down walk the history; the text before the cursor when the walk began filters it
  // to entries starting with that text.
  _historyNext() {
    if (this.historyIndex >= 0) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _historyPrev() {
    if (this.historyIndex < this.history.length && this.history.length) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index++;
      }
      if (index === this.history.length) {
        this.line = search;
      } else {
        this.line = this.history[index];
      }
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _getDisplayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = str.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // A wide character does not split across the right edge.
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    const strBeforeCursor = this._prompt + this.line.slice(0, this.cursor);
    return this._getDisplayPos(strBeforeCursor);
  }

  _getCursorPos() {
    return this.getCursorPos();
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this._refreshLine();
    }
  }

  _ttyWrite(s, key) {
    const previousKey = this._previousKey;
    key = key || {};
    this._previousKey = key;
    // up/down search history for what was typed before the walk began; ctrl-n/p walk
    // it unfiltered. Any other key ends a search walk: the next up starts afresh.
    const historyKey = key.name === 'up' || key.name === 'down' ||
      (key.ctrl && (key.name === 'n' || key.name === 'p'));
    if (key.name !== 'up' && key.name !== 'down') {
      if (!historyKey && this[kSubstringSearch] !== null) this.historyIndex = -1;
      this[kSubstringSearch] = null;
    } else if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);

    if (key.name === 'escape') return;

    // Yanks chain only directly after each other.
    if (!((key.ctrl || key.meta) && key.name === 'y')) this[kYanking] = false;
    if (key.sequence === '\x1f') {
      this._undo();
      return;
    }
    if (key.sequence === '\x1e') {
      this._redo();
      return;
    }

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace': this._deleteLineLeft(); break;
        case 'delete': this._deleteLineRight(); break;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          break;
        case 'h': this._deleteLeft(); break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this._deleteRight();
          break;
        case 'u': this._deleteLineLeft(); break;
        case 'k': this._deleteLineRight(); break;
        case 'a': this._moveCursor(-Infinity); break;
        case 'e': this._moveCursor(+Infinity); break;
        case 'b': this._moveCursor(-charLengthBefore(this.line, this.cursor)); break;
        case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          break;
        case 'n': this._historyNext(); break;
        case 'p': this._historyPrev(); break;
        case 'z':
          if (process.platform === 'win32') break;
          if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
          else process.kill(process.pid, 'SIGTSTP');
          break;
        case 'w':
        case 'backspace':
          this._deleteWordLeft();
          break;
        case 'delete': this._deleteWordRight(); break;
        case 'y': this._yank(); break;
        case 'left': this._wordLeft(); break;
        case 'right': this._wordRight(); break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); break;
        case 'f': this._wordRight(); break;
        case 'd':
        case 'delete':
          this._deleteWordRight();
          break;
        case 'backspace': this._deleteWordLeft(); break;
        case 'y': this._yankPop(); break;
      }
    } else {
      if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
      switch (key.name) {
        case 'return':
          this._sawReturnAt = Date.now();
          this._line();
          break;
        case 'enter':
          // '\r\n' from one keyboard Enter is one line.
          if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
          this._sawReturnAt = 0;
          break;
        case 'backspace': this._deleteLeft(); break;
        case 'delete': this._deleteRight(); break;
        case 'left': this._moveCursor(-charLengthBefore(this.line, this.cursor)); break;
        case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'home': this._moveCursor(-Infinity); break;
        case 'end': this._moveCursor(+Infinity); break;
        case 'up': this._historyPrev(); break;
        case 'down': this._historyNext(); break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            const lastKeypressWasTab = previousKey && previousKey.name === 'tab';
            this._tabComplete(lastKeypressWasTab);
            break;
          }
        // Falls through: without a completer a tab is text.
        default:
          if (typeof s === 'string' && s) {
            // Pasted text may hold several lines.
            const lines = s.split(/\r\n|\n|\r/);
            for (let i = 0; i < lines.length; i++) {
              if (i > 0) this._line();
              this._insertString(lines[i]);
            }
          }
      }
    }
  }

  // Async iteration yields lines; the input pauses while many are queued unread.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = lineIterator(this);
    return this[kLineIterator];
  }
}

function lineIterator(rl) {
  const queue = [];
  const waiting = [];
  let done = false;
  let error = null;
  let pausedByUs = false;

  const onLine = (line) => {
    if (waiting.length) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (queue.length > kHighWaterMark && !pausedByUs) {
      pausedByUs = true;
      rl.pause();
    }
  };
  const onClose = () => {
    done = true;
    cleanup();
    while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
  };
  const onError = (err) => {
    error = err;
    cleanup();
    if (waiting.length) {
      waiting.shift().reject(err);
      error = null;
      done = true;
    }
  };
  function cleanup() {
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  }
  rl.on('line', onLine);
  rl.on('close', onClose);
  rl.on('error', onError);

  const iterator = {
    next() {
      if (queue.length) {
        const value = queue.shift();
        if (pausedByUs && queue.length < kLowWaterMark && !rl.closed) {
          pausedByUs = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const err = error;
        error = null;
        done = true;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    // Leaving a for-await loop early stops listening and leaves the interface open.
    return() {
      done = true;
      cleanup();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      done = true;
      cleanup();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
    // What node's tests read to watch the flow control.
    [Symbol.for('nodejs.watermarkData')]: {
      get size() { return queue.length; },
      get low() { return kLowWaterMark; },
      get high() { return kHighWaterMark; },
      get isPaused() { return pausedByUs; },
    },
  };
  Object.setPrototypeOf(iterator, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  return iterator;
}

function charLengthBefore(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = [...strings].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

module.exports = {
  Interface, InterfaceConstructor, kQuestion, kQuestionCancel,
};
