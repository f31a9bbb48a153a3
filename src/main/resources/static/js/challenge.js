// The proof-of-work challenge of public forms (fragments/challenge.html :: fields): fetches an
// ALTCHA challenge, solves it in a worker while the citizen types, and puts the solution in
// the form's hidden "altcha" input. A form sent before then waits and is sent once solved; a
// solution about to expire, or already sent (back button), is replaced first.
'use strict';

(() => {
  if (window.doithoaiChallenge) {
    return;
  }
  window.doithoaiChallenge = true;

  // Time kept in hand for the request to reach the server before the challenge expires.
  const MARGIN_MS = 30 * 1000;
  // When the server's time or the expiry cannot be read.
  const DEFAULT_VALIDITY_MS = 5 * 60 * 1000;

  // How long the server accepts a solution: the expiry signed into the salt, against the
  // server's clock (the Date header), since the phone's own clock may be wrong.
  function validity(challenge, response) {
    const expires = /[?&]expires=(\d+)/.exec(challenge.salt);
    const serverNow = Date.parse(response.headers.get('Date'));
    return (expires && !Number.isNaN(serverNow)) ? Number(expires[1]) * 1000 - serverNow : DEFAULT_VALIDITY_MS;
  }

  function solveInWorker(workerUrl, challenge) {
    return new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl);
      worker.onmessage = (event) => {
        worker.terminate();
        if (event.data.error) {
          reject(new Error(event.data.error));
        }
        else {
          resolve(event.data);
        }
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message));
      };
      worker.postMessage(challenge);
    });
  }

  async function solution(input) {
    const response = await fetch(input.dataset.challengeUrl,
      { headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error('challenge ' + response.status);
    }
    const fetched = performance.now();
    const challenge = await response.json();
    const answer = await solveInWorker(input.dataset.workerUrl, challenge);
    const payload = btoa(JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: answer.number,
      salt: challenge.salt,
      signature: challenge.signature,
      took: answer.took,
    }));
    return { payload, usableUntil: fetched + validity(challenge, response) - MARGIN_MS };
  }

  function protect(input) {
    const form = input.form;
    const status = form.querySelector('[data-challenge-status]');
    const texts = status ? status.dataset : {};
    let solved = null;
    let solving = null;
    let waiting = null;

    const show = (text) => {
      if (status && text) {
        status.textContent = text;
      }
    };
    const usable = () => solved !== null && performance.now() < solved.usableUntil;

    function send() {
      const submitter = waiting;
      waiting = null;
      if (form.requestSubmit) {
        form.requestSubmit(submitter instanceof HTMLElement ? submitter : undefined);
      }
      else {
        form.submit();
      }
    }

    function start() {
      if (solving) {
        return;
      }
      solved = null;
      input.value = '';
      show(waiting ? texts.waiting : texts.solving);
      solving = solution(input).then((result) => {
        solving = null;
        solved = result;
        input.value = result.payload;
        show(texts.solved);
        if (waiting) {
          send();
        }
      }, () => {
        solving = null;
        waiting = null;
        show(texts.failed);
      });
    }

    form.addEventListener('submit', (event) => {
      if (usable()) {
        // Sent with this solution: the next send needs another.
        solved = null;
        return;
      }
      event.preventDefault();
      waiting = event.submitter || true;
      if (solving) {
        show(texts.waiting);
      }
      else {
        start();
      }
    });
    // A page restored by the back button holds a solution that was already sent.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) {
        start();
      }
    });
    start();
  }

  document.querySelectorAll('input[data-challenge]').forEach(protect);
})();
