// jsdom without the fetch classes Node has (Request, Response, Headers, AbortController…): react-router's data
// router builds Request objects for every navigation. Hand Node's own implementations to the test window.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomMetFetch extends TestEnvironment {
  async setup() {
    await super.setup();
    for (const naam of [
      'Request',
      'Response',
      'Headers',
      'FormData',
      'TextEncoder',
      'TextDecoder',
      'ReadableStream',
      'structuredClone',
    ]) {
      if (this.global[naam] === undefined) this.global[naam] = globalThis[naam];
    }
  }
}

module.exports = JsdomMetFetch;
