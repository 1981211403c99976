'use strict';
// Url.prototype.resolveObject for the legacy url API: resolves a relative Url
// against a base the way browsers did before the WHATWG spec, with node's
// special cases for protocols without "//" (mailto:, javascript:).

function install(Url, slashedProtocol, hostlessProtocol) {
  Url.prototype.resolveObject = function resolveObject(relative) {
    if (typeof relative === 'string') {
      const rel = new Url();
      rel.parse(relative, false, true);
      relative = rel;
    }

    const result = new Url();
    for (const key of Object.keys(this)) result[key] = this[key];

    // The hash always comes from the relative URL, even an empty one.
    result.hash = relative.hash;

    if (relative.href === '') {
      result.href = result.format();
      return result;
    }

    // "//host/path": only the protocol stays.
    if (relative.slashes && !relative.protocol) {
      for (const key of Object.keys(relative)) {
        if (key !== 'protocol') result[key] = relative[key];
      }
      if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
        result.path = result.pathname = '/';
      }
      result.href = result.format();
      return result;
    }

    if (relative.protocol && relative.protocol !== result.protocol) {
      // Another scheme. A non-slashed one ("mailto:") replaces everything; for a
      // slashed one the first path segment becomes the host.
      if (!slashedProtocol.has(relative.protocol)) {
        for (const key of Object.keys(relative)) result[key] = relative[key];
        result.href = result.format();
        return result;
      }
      result.protocol = relative.protocol;
      if (!relative.host && !/^file:?$/.test(relative.protocol) &&
          !hostlessProtocol.has(relative.protocol)) {
        const relPath = (relative.pathname || '').split('/');
        while (relPath.length && !(relative.host = relPath.shift()));
        if (!relative.host) relative.host = '';
        if (!relative.hostname) relative.hostname = '';
        if (relPath[0] !== '') relPath.unshift('');
        if (relPath.length < 2) relPath.unshift('');
        result.pathname = relPath.join('/');
      } else {
        result.pathname = relative.pathname;
      }
      result.search = relative.search;
      result.query = relative.query;
      result.host = relative.host || '';
      result.auth = relative.auth;
      result.hostname = relative.hostname || relative.host;
      result.port = relative.port;
      if (result.pathname || result.search) {
        result.path = (result.pathname || '') + (result.search || '');
      }
      result.slashes = result.slashes || relative.slashes;
      result.href = result.format();
      return result;
    }

    const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
    const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
    let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
    const removeAllDots = mustEndAbs;
    let srcPath = (result.pathname && result.pathname.split('/')) || [];
    const relPath = (relative.pathname && relative.pathname.split('/')) || [];
    const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

    // Without slashes the host is the first path segment while resolving, and
    // is put back afterwards.
    if (noLeadingSlashes) {
      const sourceHost = result.host;
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (srcPath[0] === '') srcPath[0] = result.host;
        else srcPath.unshift(result.host);
      }
      result.host = '';
      if (relative.protocol) {
        // Another host: the source's credentials do not apply to it.
        if (relative.host && relative.host !== sourceHost) result.auth = null;
        relative.hostname = null;
        relative.port = null;
        if (relative.host) {
          if (relPath[0] === '') relPath[0] = relative.host;
          else relPath.unshift(relative.host);
        }
        relative.host = null;
      }
      mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
      if (relative.host || relative.host === '') {
        if (result.host !== relative.host) result.auth = null;
        result.host = relative.host;
        result.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (result.hostname !== relative.hostname) result.auth = null;
        result.hostname = relative.hostname;
      }
      result.search = relative.search;
      result.query = relative.query;
      srcPath = relPath;
    } else if (relPath.length) {
      // Replace the last segment of the source path.
      srcPath.pop();
      srcPath = srcPath.concat(relPath);
      result.search = relative.search;
      result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      // Only a query: keep the source path.
      if (noLeadingSlashes) {
        result.hostname = result.host = srcPath.shift();
        splitAuth(result);
      }
      result.search = relative.search;
      result.query = relative.query;
      if (result.pathname !== null || result.search !== null) {
        result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
      }
      result.href = result.format();
      return result;
    }

    if (!srcPath.length) {
      result.pathname = null;
      result.path = result.search ? `/${result.search}` : null;
      result.href = result.format();
      return result;
    }

    // A trailing "." or ".." (or empty segment) leaves a directory: "/" at the end.
    let last = srcPath.slice(-1)[0];
    const hasTrailingSlash = (
      ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
      last === '');

    let up = 0;
    for (let i = srcPath.length - 1; i >= 0; i--) {
      last = srcPath[i];
      if (last === '.') {
        srcPath.splice(i, 1);
      } else if (last === '..') {
        srcPath.splice(i, 1);
        up++;
      } else if (up) {
        srcPath.splice(i, 1);
        up--;
      }
    }

    if (!mustEndAbs && !removeAllDots) {
      while (up--) srcPath.unshift('..');
    }

    if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
      srcPath.unshift('');
    }

    if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

    const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

    if (noLeadingSlashes) {
      result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
      splitAuth(result);
    }

    mustEndAbs = mustEndAbs || (result.host && srcPath.length);
    if (mustEndAbs && !isAbsolute) srcPath.unshift('');

    if (srcPath.length > 0) {
      result.pathname = srcPath.join('/');
    } else {
      result.pathname = null;
      result.path = null;
    }

    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  };
}

// "user@host" taken from a path segment back into auth and host.
function splitAuth(result) {
  const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
  if (authInHost) {
    result.auth = authInHost.shift();
    result.host = result.hostname = authInHost.shift();
  }
}

module.exports = { install };
