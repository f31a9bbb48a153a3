// The secretary's console: every entry is kept in this browser (localStorage) until the
// server confirms it, sent in order, and sent again after a dropped network with the same
// entry id, which the server saves once. A save from an older version is a conflict: the
// page shows what is stored and keeps what was typed.
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
  let sending = false;
  let offline = false;
  let needsLogin = false;
  let retryTimer = null;

  function load() {
    try {
      const saved = JSON.parse(localStorage.getItem(storeKey) || 'null');
      if (saved && Array.isArray(saved.pending) && saved.synced) {
        return saved;
      }
    } catch (e) {
      // A damaged store starts afresh; nothing in it could be read anyway.
    }
    return { pending: [], synced: {} };
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
    if (body.departmentId === '') {
      body.departmentId = null;
    }
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

  function badge(form, text, tone) {
    const place = form.querySelector('[data-save-state]');
    if (place) {
      place.textContent = text;
      place.className = `small ${tone || ''}`;
    }
  }

  function render() {
    const waiting = state.pending.length;
    let text;
    let tone;
    if (needsLogin) {
      text = say('Login');
      tone = 'alert-danger';
    } else if (waiting === 0) {
      text = say('Saved');
      tone = 'alert-success';
    } else if (offline) {
      text = say('Offline').replace('{0}', waiting);
      tone = 'alert-warning';
    } else {
      text = say('Pending').replace('{0}', waiting);
      tone = 'alert-info';
    }
    status.textContent = text;
    status.className = `alert py-2 sticky-top ${tone}`;
    status.dataset.pending = String(waiting);
    status.dataset.offline = String(offline);
    forms.forEach((form) => {
      const mine = state.pending.some((e) => e.target === form.dataset.target && !form.hasAttribute('data-create'));
      if (mine) {
        badge(form, say('Pending').replace('{0}', 1), 'text-warning-emphasis');
      }
    });
  }

  function enqueue(form) {
    const target = form.dataset.target;
    const creating = form.hasAttribute('data-create');
    if (!creating) {
      // A newer full copy of the same record replaces copies not yet sent.
      state.pending = state.pending.filter((e) => e.target !== target || e.inFlight);
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
      }
      if (field && field.type !== 'radio') {
        field.classList.add('is-invalid');
        if (place && place.id === '') {
          place.id = `${form.dataset.target.replace(/\W/g, '-')}-${error.field}-error`;
        }
        if (place) {
          field.setAttribute('aria-describedby', place.id);
        }
      }
    });
  }

  function showConflict(form, entry, answer) {
    const box = form.querySelector('[data-conflict]');
    if (!box) {
      return;
    }
    const current = answer.current || {};
    box.replaceChildren();
    const p = document.createElement('p');
    p.className = 'mb-2';
    p.textContent = `${answer.message} ${say('Stored').replace('{0}', current.updatedBy || '')}`;
    box.append(p);
    const list = document.createElement('dl');
    list.className = 'small mb-2';
    Object.entries(current).forEach(([name, value]) => {
      if (['version', 'updatedBy'].includes(name) || value === '' || value == null) {
        return;
      }
      const label = form.querySelector(`label[for="${name}"]`);
      const dt = document.createElement('dt');
      dt.textContent = label ? label.textContent : name;
      const dd = document.createElement('dd');
      dd.className = 'pre-line';
      dd.textContent = value;
      list.append(dt, dd);
    });
    box.append(list);
    const mine = document.createElement('button');
    mine.type = 'button';
    mine.className = 'btn btn-warning btn-sm me-2';
    mine.textContent = say('Mine');
    mine.addEventListener('click', () => {
      state.synced[entry.target] = current.version;
      box.hidden = true;
      enqueue(form);
    });
    const theirs = document.createElement('button');
    theirs.type = 'button';
    theirs.className = 'btn btn-outline-secondary btn-sm';
    theirs.textContent = say('Theirs');
    theirs.addEventListener('click', () => {
      state.synced[entry.target] = current.version;
      persist();
      const copy = { ...current };
      delete copy.version;
      delete copy.updatedBy;
      fill(form, copy);
      box.hidden = true;
      badge(form, say('Saved'), 'text-success');
    });
    box.append(mine, theirs);
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
    if (sending || state.pending.length === 0) {
      render();
      return;
    }
    sending = true;
    const entry = state.pending[0];
    entry.inFlight = true;
    const form = formFor(entry);
    const body = { ...entry.body, entryId: entry.entryId, baseVersion: state.synced[entry.target] || 0 };
    let response;
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
      });
    } catch (e) {
      // No network: the entry stays queued, with the same id, for the next try.
      entry.inFlight = false;
      offline = true;
      sending = false;
      persist();
      render();
      retryLater();
      return;
    }
    offline = false;
    entry.inFlight = false;
    if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
      needsLogin = true;
      sending = false;
      persist();
      render();
      return;
    }
    needsLogin = false;
    let answer = {};
    try {
      answer = await response.json();
    } catch (e) {
      answer = {};
    }
    if (response.ok) {
      state.pending.shift();
      if (!entry.create) {
        state.synced[entry.target] = answer.version;
      }
      if (form) {
        clearErrors(form);
        form.dataset.version = answer.version;
        showErrors(form, answer.missing, true);
        badge(form, say('Saved'), 'text-success');
      }
      if (entry.create && answer.reload) {
        reloadWhenDone = true;
      }
    } else if (response.status === 409) {
      state.pending.shift();
      if (form) {
        showConflict(form, entry, answer);
      }
    } else if (response.status === 400 || response.status === 404) {
      state.pending.shift();
      if (form) {
        clearErrors(form);
        showErrors(form, answer.errors || [{ field: 'question', message: answer.message || say('Error') }], false);
        badge(form, say('Error'), 'text-danger');
      }
    } else {
      sending = false;
      persist();
      render();
      retryLater();
      return;
    }
    sending = false;
    persist();
    render();
    if (state.pending.length > 0) {
      flush();
    } else if (reloadWhenDone) {
      window.location.reload();
    }
  }

  let reloadWhenDone = false;

  function showOutcomeFields(form) {
    const chosen = form.querySelector('input[name="outcome"]:checked');
    form.querySelectorAll('[data-when-outcome]').forEach((part) => {
      part.hidden = !chosen || chosen.value !== part.dataset.whenOutcome;
    });
  }

  forms.forEach((form) => {
    const target = form.dataset.target;
    const creating = form.hasAttribute('data-create');
    if (!creating) {
      const queued = state.pending.filter((e) => e.target === target);
      if (queued.length > 0) {
        // Typed before a reload and not yet saved: put it back.
        fill(form, queued[queued.length - 1].body);
      } else {
        state.synced[target] = Number(form.dataset.version);
      }
    }
    showOutcomeFields(form);
    let typing = null;
    form.addEventListener('input', (event) => {
      if (event.target.name === 'outcome') {
        showOutcomeFields(form);
      }
      if (creating) {
        return;
      }
      badge(form, say('Pending').replace('{0}', 1), 'text-warning-emphasis');
      clearTimeout(typing);
      typing = setTimeout(() => enqueue(form), 1000);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(typing);
      if (creating) {
        if (!form.reportValidity()) {
          return;
        }
        enqueue(form);
        form.reset();
      } else {
        enqueue(form);
      }
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  });

  // Steps that change the queue need the network; typed words never do.
  root.querySelectorAll('[data-needs-network]').forEach((button) => {
    button.form.addEventListener('submit', (event) => {
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
  window.addEventListener('beforeunload', (event) => {
    if (state.pending.length > 0) {
      event.preventDefault();
    }
  });
  persist();
  render();
  flush();
})();
