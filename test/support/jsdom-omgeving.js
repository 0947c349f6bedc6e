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
    // jsdom's own FormData, File and Blob cannot be read by Node's Request (its body never ends): a file upload
    // through the generated client needs Node's, as a browser has one implementation of all of them.
    for (const naam of ['FormData', 'File', 'Blob']) this.global[naam] = globalThis[naam];
  }
}

module.exports = JsdomMetFetch;
