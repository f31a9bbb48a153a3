// Solves an ALTCHA proof-of-work challenge away from the page's thread: finds the number n
// (0 <= n <= maxnumber) whose SHA-256 of salt + n, in hex, is the challenge. It answers
// {number, took} or {error}.
//
// The hashing is a small SHA-256 of our own (FIPS 180-4), not crypto.subtle: that exists only
// in secure contexts (https, localhost) while many commune sites are served over plain http,
// and its promise per digest made it about 14 times slower here (Chromium: 51,000 against
// 730,000 digests a second).
'use strict';

const sha256 = (() => {
  const primes = [];
  for (let n = 2; primes.length < 64; n++) {
    if (primes.every((p) => n % p !== 0)) {
      primes.push(n);
    }
  }
  // The first 32 bits of the fractional parts of the primes' cube and square roots.
  const fraction = (x) => ((x - Math.floor(x)) * 0x100000000) | 0;
  const K = Int32Array.from(primes, (p) => fraction(Math.cbrt(p)));
  const INITIAL = Int32Array.from(primes.slice(0, 8), (p) => fraction(Math.sqrt(p)));
  const w = new Int32Array(64);
  const state = new Int32Array(8);
  let padded = new Uint8Array(128);

  // The digest of the first `length` bytes of `bytes`, as eight big-endian words. The
  // returned array is reused by the next call.
  return (bytes, length) => {
    const size = (((length + 8) >> 6) + 1) << 6;
    if (padded.length < size) {
      padded = new Uint8Array(size);
    }
    padded.fill(0, 0, size);
    padded.set(bytes.subarray(0, length));
    padded[length] = 0x80;
    const bits = length * 8;
    padded[size - 5] = bits / 0x100000000;
    padded[size - 4] = bits >>> 24;
    padded[size - 3] = bits >>> 16;
    padded[size - 2] = bits >>> 8;
    padded[size - 1] = bits;
    state.set(INITIAL);
    for (let offset = 0; offset < size; offset += 64) {
      for (let i = 0; i < 16; i++) {
        const j = offset + i * 4;
        w[i] = (padded[j] << 24) | (padded[j + 1] << 16) | (padded[j + 2] << 8) | padded[j + 3];
      }
      for (let i = 16; i < 64; i++) {
        const a = w[i - 15];
        const b = w[i - 2];
        const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
        const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      let a = state[0];
      let b = state[1];
      let c = state[2];
      let d = state[3];
      let e = state[4];
      let f = state[5];
      let g = state[6];
      let h = state[7];
      for (let i = 0; i < 64; i++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const choice = (e & f) ^ (~e & g);
        const t1 = (h + S1 + choice + K[i] + w[i]) | 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const majority = (a & b) ^ (a & c) ^ (b & c);
        const t2 = (S0 + majority) | 0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      state[0] += a;
      state[1] += b;
      state[2] += c;
      state[3] += d;
      state[4] += e;
      state[5] += f;
      state[6] += g;
      state[7] += h;
    }
    return state;
  };
})();

// The challenge as eight words, to compare without formatting each digest as hex.
function words(hex) {
  const result = new Int32Array(8);
  for (let i = 0; i < 8; i++) {
    result[i] = parseInt(hex.substr(i * 8, 8), 16) | 0;
  }
  return result;
}

// The salt is ASCII (hex and a query string), and so are the digits.
function ascii(text) {
  const bytes = new Uint8Array(text.length + 16);
  for (let i = 0; i < text.length; i++) {
    bytes[i] = text.charCodeAt(i);
  }
  return bytes;
}

function solve(salt, challenge, max) {
  const target = words(challenge);
  const message = ascii(salt);
  const digits = new Uint8Array(16);
  for (let n = 0; n <= max; n++) {
    let count = 0;
    let rest = n;
    do {
      digits[count++] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
    for (let i = 0; i < count; i++) {
      message[salt.length + i] = digits[count - 1 - i];
    }
    const digest = sha256(message, salt.length + count);
    if (digest[0] === target[0] && digest[1] === target[1] && digest[2] === target[2]
        && digest[3] === target[3] && digest[4] === target[4] && digest[5] === target[5]
        && digest[6] === target[6] && digest[7] === target[7]) {
      return n;
    }
  }
  return null;
}

self.onmessage = (event) => {
  const { algorithm, challenge, salt, maxnumber } = event.data;
  if (algorithm !== 'SHA-256' || !/^[0-9a-f]{64}$/.test(challenge) || !/^[\x21-\x7e]+$/.test(salt)
      || !Number.isSafeInteger(maxnumber)) {
    self.postMessage({ error: 'unsupported challenge' });
    return;
  }
  const started = Date.now();
  try {
    const number = solve(salt, challenge, maxnumber);
    self.postMessage((number === null) ? { error: 'no solution' } : { number, took: Date.now() - started });
  }
  catch (error) {
    self.postMessage({ error: String(error) });
  }
};
