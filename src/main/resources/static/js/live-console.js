// The secretary's console: every entry is kept in this browser (localStorage) until the
// server confirms it, sent in order, and sent again after a dropped network with the same
// entry id, which the server saves once. A save made on an older version than the stored
// one is merged field by field with what was stored (the chair assigning a department
// while the secretary types the question); only a field both changed is a conflict, shown
// with both versions. Nothing typed is dropped: a refused entry stays until it is settled.
(() => {
  const root = document.querySelector('[data-live]');
  if (!root) {
    return;
  }
  const storeKey = `doithoai.live.${root.dataset.conference}`;
  const status = document.getElementById('live-status');
  const say = (name) => status.dataset[`text${name}`] || '';
  const forms = Array.from(root.querySelectorAll('form[data-entry]'));
  const state = load();
  const dirty = new Set();
  const timers = new Map();
  let sending = false;
  let offline = false;
  let needsLogin = false;
  let retryTimer = null;
  let reloadWhenDone = false;

  function load() {
    try {
      const saved = JSON.parse(localStorage.getItem(storeKey) || 'null');
      if (saved && Array.isArray(saved.pending) && saved.synced) {
        saved.base = saved.base || {};
        // Refused entries are tried again after a reload: the answer shows what to settle.
        saved.pending.forEach((e) => {
          e.blocked = false;
        });
        return saved;
      }
    } catch (e) {
      // A damaged store starts afresh; nothing in it could be read anyway.
    }
    return { pending: [], synced: {}, base: {} };
  }

  function persist() {
    localStorage.setItem(storeKey, JSON.stringify(state));
  }

  function newId() {
    // crypto.randomUUID needs a secure context; the village hall may serve plain http.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  function values(form) {
    const body = {};
    new FormData(form).forEach((value, name) => {
      if (name !== '_csrf') {
        body[name] = value;
      }
    });
    form.querySelectorAll('input[type=radio][name]').forEach((radio) => {
      if (!(radio.name in body)) {
        body[radio.name] = '';
      }
    });
    form.querySelectorAll('input[type=checkbox][name]').forEach((box) => {
      body[box.name] = box.checked;
    });
    return body;
  }

  function fill(form, body) {
    Object.entries(body).forEach(([name, value]) => {
      form.querySelectorAll(`[name="${name}"]`).forEach((field) => {
        if (field.type === 'radio') {
          field.checked = field.value === value;
        } else if (field.type === 'checkbox') {
          field.checked = value === true;
        } else {
          field.value = value == null ? '' : value;
        }
      });
    });
    showOutcomeFields(form);
  }

  const text = (value) => (value == null ? '' : String(value));

  function badge(form, message, tone) {
    const place = form.querySelector('[data-save-state]');
    if (place) {
      place.textContent = message;
      place.className = `small ${tone || ''}`;
    }
  }

  function render() {
    const waiting = state.pending.length;
    const refused = state.pending.filter((e) => e.blocked).length;
    let message;
    let tone;
    if (needsLogin) {
      message = say('Login');
      tone = 'alert-danger';
    } else if (waiting === 0) {
      message = say('Saved');
      tone = 'alert-success';
    } else if (refused > 0) {
      message = `${say('Error')} ${say('Pending').replace('{0}', waiting)}`;
      tone = 'alert-danger';
    } else if (offline) {
      message = say('Offline').replace('{0}', waiting);
      tone = 'alert-warning';
    } else {
      message = say('Pending').replace('{0}', waiting);
      tone = 'alert-info';
    }
    status.textContent = message;
    status.className = `alert py-2 sticky-top ${tone}`;
    status.dataset.pending = String(waiting);
    status.dataset.offline = String(offline);
  }

  function enqueue(form) {
    const target = form.dataset.target;
    const creating = form.hasAttribute('data-create');
    dirty.delete(form);
    clearTimeout(timers.get(form));
    if (!creating) {
      // A newer full copy replaces copies never sent; one sent once is sent again first
      // (its answer may have been lost), and the new copy follows it.
      state.pending = state.pending.filter((e) => e.target !== target || e.sent);
    }
    state.pending.push({
      entryId: newId(),
      target: creating ? `${target}:${newId()}` : target,
      url: form.dataset.url,
      method: form.dataset.method || 'PUT',
      body: values(form),
      create: creating,
    });
    persist();
    render();
    flush();
  }

  /** Whatever was typed and not yet queued is queued now (leaving the page, a button). */
  function queueTyped() {
    Array.from(dirty).forEach((form) => enqueue(form));
  }

  function formFor(entry) {
    return forms.find((f) => f.dataset.target === (entry.create ? 'walkin' : entry.target));
  }

  function clearErrors(form) {
    form.querySelectorAll('.is-invalid').forEach((el) => el.classList.remove('is-invalid'));
    form.querySelectorAll('[data-error-for]').forEach((el) => {
      el.textContent = '';
    });
  }

  function showErrors(form, errors, asWarnings) {
    (errors || []).forEach((error) => {
      const place = form.querySelector(`[data-error-for="${error.field}"]`);
      const field = form.querySelector(`[name="${error.field}"]`);
      if (place) {
        place.textContent = error.message;
        place.style.display = 'block';
        place.classList.toggle('text-warning-emphasis', asWarnings);
        if (place.id === '') {
          place.id = `${form.dataset.target.replace(/\W/g, '-')}-${error.field}-error`;
        }
      }
      if (field && field.type !== 'radio') {
        field.classList.add('is-invalid');
        if (place) {
          field.setAttribute('aria-describedby', place.id);
        }
      }
    });
  }

  /**
   * Merges what was typed with what is stored, field by field, against the version it was
   * typed on: a field only one side changed takes that side.
   */
  function merge(base, mine, theirs) {
    const merged = { ...mine };
    const both = [];
    Object.keys(mine).forEach((name) => {
      if (!(name in theirs)) {
        return;
      }
      const b = text(base[name]);
      const m = text(mine[name]);
      const t = text(theirs[name]);
      if (m === b) {
        merged[name] = theirs[name];
      } else if (t !== b && t !== m) {
        both.push(name);
      }
    });
    return { merged, both };
  }

  function conflict(form, entry, answer) {
    const current = answer.current || {};
    const theirs = { ...current };
    delete theirs.version;
    delete theirs.updatedBy;
    const { merged, both } = merge(state.base[entry.target] || {}, entry.body, theirs);
    state.synced[entry.target] = current.version;
    state.base[entry.target] = theirs;
    if (both.length === 0) {
      // Nothing both sides changed: save the merge on top of the stored version.
      fill(form, merged);
      state.pending = state.pending.filter((e) => e !== entry);
      enqueue(form);
      badge(form, say('Merged').replace('{0}', current.updatedBy || ''), 'text-info');
      return;
    }
    entry.blocked = true;
    const box = form.querySelector('[data-conflict]');
    box.replaceChildren();
    const p = document.createElement('p');
    p.className = 'mb-2';
    p.textContent = `${answer.message} ${say('Stored').replace('{0}', current.updatedBy || '')}`;
    box.append(p);
    const list = document.createElement('dl');
    list.className = 'small mb-2';
    both.forEach((name) => {
      const label = form.querySelector(`label[for="${name}"]`);
      const dt = document.createElement('dt');
      dt.textContent = label ? label.textContent : name;
      const dd = document.createElement('dd');
      dd.className = 'pre-line';
      dd.textContent = text(theirs[name]);
      list.append(dt, dd);
    });
    box.append(list);
    const keep = (fromTheirs) => {
      const chosen = { ...merged };
      both.forEach((name) => {
        chosen[name] = fromTheirs ? theirs[name] : entry.body[name];
      });
      fill(form, chosen);
      state.pending = state.pending.filter((e) => e !== entry);
      box.hidden = true;
      enqueue(form);
    };
    const mine = document.createElement('button');
    mine.type = 'button';
    mine.className = 'btn btn-warning btn-sm me-2';
    mine.textContent = say('Mine');
    mine.addEventListener('click', () => keep(false));
    const stored = document.createElement('button');
    stored.type = 'button';
    stored.className = 'btn btn-outline-secondary btn-sm';
    stored.textContent = say('Theirs');
    stored.addEventListener('click', () => keep(true));
    box.append(mine, stored);
    box.hidden = false;
    badge(form, say('Conflict'), 'text-danger');
  }

  function retryLater() {
    if (retryTimer === null) {
      retryTimer = setTimeout(() => {
        retryTimer = null;
        flush();
      }, 3000);
    }
  }

  async function flush() {
    const entry = state.pending.find((e) => !e.blocked);
    if (sending || needsLogin || !entry) {
      render();
      if (!entry && reloadWhenDone && state.pending.length === 0 && dirty.size === 0) {
        window.location.reload();
      }
      return;
    }
    sending = true;
    entry.sent = true;
    persist();
    const form = formFor(entry);
    const body = { ...entry.body, entryId: entry.entryId, baseVersion: state.synced[entry.target] || 0 };
    if (body.departmentId === '') {
      body.departmentId = null;
    }
    let response;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), 20000);
    try {
      response = await fetch(entry.url, {
        method: entry.method,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          [root.dataset.csrfHeader]: root.dataset.csrf,
        },
        body: JSON.stringify(body),
        credentials: 'same-origin',
        redirect: 'manual',
        signal: timeout.signal,
      });
    } catch (e) {
      // No network (or no answer in time): the entry stays queued, with the same id.
      clearTimeout(timer);
      offline = true;
      sending = false;
      render();
      retryLater();
      return;
    }
    clearTimeout(timer);
    offline = false;
    sending = false;
    if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
      needsLogin = true;
      render();
      return;
    }
    let answer = {};
    try {
      answer = await response.json();
    } catch (e) {
      answer = {};
    }
    if (response.ok) {
      state.pending = state.pending.filter((e) => e !== entry);
      if (!entry.create) {
        state.synced[entry.target] = answer.version;
        state.base[entry.target] = entry.body;
      }
      if (form && !dirty.has(form)) {
        clearErrors(form);
        form.dataset.version = answer.version;
        showErrors(form, answer.missing, true);
        badge(form, say('Saved'), 'text-success');
        if (entry.create) {
          form.reset();
        }
      }
      if (entry.create && answer.reload) {
        reloadWhenDone = true;
      }
    } else if (response.status === 409 && form) {
      conflict(form, entry, answer);
    } else if (response.status === 400 || response.status === 404 || response.status === 409) {
      entry.blocked = true;
      if (form) {
        clearErrors(form);
        fill(form, entry.body);
        showErrors(form, answer.errors || [{ field: 'question', message: answer.message || say('Error') }], false);
        badge(form, say('Error'), 'text-danger');
      }
      if (entry.create) {
        // The walk-in's form holds it again; the queue keeps no second copy.
        state.pending = state.pending.filter((e) => e !== entry);
      }
    } else {
      persist();
      render();
      retryLater();
      return;
    }
    persist();
    render();
    flush();
  }

  function showOutcomeFields(form) {
    const chosen = form.querySelector('input[name="outcome"]:checked');
    form.querySelectorAll('[data-when-outcome]').forEach((part) => {
      part.hidden = !chosen || chosen.value !== part.dataset.whenOutcome;
    });
  }

  /** Another console (the chair's, a second secretary's) saved: show it where nothing is typed. */
  async function follow() {
    for (const form of forms) {
      const target = form.dataset.target;
      if (form.hasAttribute('data-create') || dirty.has(form) || state.pending.some((e) => e.target === target)) {
        continue;
      }
      try {
        const response = await fetch(form.dataset.url, { headers: { Accept: 'application/json' } });
        if (response.ok) {
          const current = await response.json();
          if (current.version !== state.synced[target] && !dirty.has(form)) {
            const theirs = { ...current };
            delete theirs.version;
            delete theirs.updatedBy;
            fill(form, theirs);
            state.synced[target] = current.version;
            state.base[target] = theirs;
            form.dataset.version = current.version;
            badge(form, say('Merged').replace('{0}', current.updatedBy || ''), 'text-info');
            persist();
          }
        }
      } catch (e) {
        // Offline: the next event brings it.
      }
    }
  }

  forms.forEach((form) => {
    const target = form.dataset.target;
    const creating = form.hasAttribute('data-create');
    if (!creating) {
      const queued = state.pending.filter((e) => e.target === target);
      if (queued.length > 0) {
        // Typed before a reload and not yet saved: put it back.
        if (!(target in state.base)) {
          state.base[target] = values(form);
        }
        fill(form, queued[queued.length - 1].body);
        badge(form, say('Pending').replace('{0}', queued.length), 'text-warning-emphasis');
      } else {
        state.synced[target] = Number(form.dataset.version);
        state.base[target] = values(form);
      }
    }
    showOutcomeFields(form);
    form.addEventListener('input', (event) => {
      if (event.target.name === 'outcome') {
        showOutcomeFields(form);
      }
      if (creating) {
        return;
      }
      dirty.add(form);
      badge(form, say('Pending').replace('{0}', 1), 'text-warning-emphasis');
      clearTimeout(timers.get(form));
      timers.set(form, setTimeout(() => enqueue(form), 1000));
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (creating && !form.reportValidity()) {
        return;
      }
      enqueue(form);
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  });

  // Leaving the page or pressing a button queues what was typed first; steps that change
  // the queue need the network and everything saved.
  document.addEventListener('click', (event) => {
    const pressed = event.target.closest('a[href], button');
    // A form's own save button queues it through its submit.
    if (pressed && !(pressed.type === 'submit' && pressed.closest('form[data-entry]'))) {
      queueTyped();
    }
  }, true);
  root.querySelectorAll('[data-needs-network]').forEach((button) => {
    button.form.addEventListener('submit', (event) => {
      queueTyped();
      if (!navigator.onLine || offline || state.pending.length > 0) {
        event.preventDefault();
        status.textContent = say('OfflineAction');
        flush();
      }
    });
  });

  window.addEventListener('online', () => {
    offline = false;
    flush();
  });
  window.addEventListener('offline', () => {
    offline = true;
    render();
  });
  window.addEventListener('focus', () => {
    if (needsLogin) {
      // Signed in again elsewhere: a reload brings a fresh token; the queue is kept here.
      window.location.reload();
    }
  });
  window.addEventListener('pagehide', queueTyped);
  window.addEventListener('beforeunload', (event) => {
    queueTyped();
    if (state.pending.length > 0) {
      event.preventDefault();
    }
  });
  if (window.EventSource && root.dataset.events) {
    new EventSource(root.dataset.events).addEventListener('update', follow);
  }
  persist();
  render();
  flush();
})();
