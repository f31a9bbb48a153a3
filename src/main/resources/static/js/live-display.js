// The public display: shows the state it was served with, then every update the server
// pushes (Server-Sent Events reconnect by themselves after a dropped network).
(() => {
  const root = document.querySelector('[data-display]');
  if (!root) {
    return;
  }
  const field = (name) => root.querySelector(`[data-field="${name}"]`);
  const text = (name) => root.dataset[`text${name}`] || '';

  function show(state) {
    field('title').textContent = state.title;
    field('venue').textContent = state.venue;
    field('stage').textContent = state.stage || state.state;
    if (state.current) {
      field('number').textContent = String(state.current.number);
      field('speaker').textContent = state.current.name;
      field('area').textContent = state.current.area;
    } else {
      field('number').textContent = '';
      field('speaker').textContent = text('None');
      field('area').textContent = '';
    }
    const queue = field('queue');
    queue.replaceChildren(...state.queue.map((s) => {
      const item = document.createElement('li');
      item.textContent = `${s.number}. ${s.name}${s.area ? ` — ${s.area}` : ''}`;
      return item;
    }));
    field('waiting').textContent = text('Waiting').replace('{0}', state.waiting);
    field('updatedAt').textContent = state.updatedAt;
    field('connection').textContent = '';
    root.dataset.updatedAt = state.updatedAt;
    root.dataset.current = state.current ? String(state.current.number) : '';
  }

  show(JSON.parse(root.dataset.initial));
  const events = new EventSource(root.dataset.events);
  events.addEventListener('update', (event) => show(JSON.parse(event.data)));
  events.addEventListener('error', () => {
    field('connection').textContent = text('Lost');
  });
})();
