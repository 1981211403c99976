'use strict';
// Promise resources for async_hooks (filled in below).
function update() {}
module.exports = { update };
