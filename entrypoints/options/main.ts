import {
  disableAutoHighlight,
  enableAutoHighlight,
  getAutoOrigins,
} from '../background/auto-sites';

const list = document.querySelector<HTMLUListElement>('#sites');
const form = document.querySelector<HTMLFormElement>('#add-site');
const status = document.querySelector<HTMLParagraphElement>('#status');

/** Lists the opted-in sites, each with a button that revokes it. */
async function render(): Promise<void> {
  if (!list) return;
  const origins = await getAutoOrigins();
  list.replaceChildren(
    ...origins.map((origin) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = origin;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Stop';
      remove.addEventListener('click', async () => {
        await disableAutoHighlight(origin);
        await render();
      });
      item.append(name, remove);
      return item;
    }),
  );
  if (origins.length === 0) {
    const empty = document.createElement('li');
    empty.textContent = 'No sites yet.';
    list.append(empty);
  }
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = new FormData(form).get('site');
  let origin: string;
  try {
    origin = new URL(String(input)).origin;
  } catch {
    if (status) status.textContent = 'That is not a web address.';
    return;
  }
  // permissions.request must run in the click's own task, before any other await.
  void enableAutoHighlight(origin).then(async (granted) => {
    if (status) status.textContent = granted ? `Added ${origin}.` : 'Permission was not granted.';
    await render();
  });
});

void render();
