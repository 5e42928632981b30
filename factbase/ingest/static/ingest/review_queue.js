// The review queue's keys: j/k next/previous row, a accept, r reject, e edit.
// The focused row is the state (rows are focusable), so nothing is kept here. Accept and reject
// post the row's own form (with its CSRF token) and ask for JSON; the row then leaves the page
// and the next one takes the focus. Without this module the forms still post and redirect.

const rows = () => [...document.querySelectorAll("[data-queue-row]")];
const status = () => document.querySelector("[data-queue-status]");

function currentRow() {
  const focused = document.activeElement && document.activeElement.closest("[data-queue-row]");
  return focused || null;
}

function focusRow(index) {
  const all = rows();
  if (!all.length) return;
  all[Math.max(0, Math.min(index, all.length - 1))].focus();
}

function say(message, ok) {
  const element = status();
  if (!element) return;
  element.textContent = message;
  element.dataset.ok = ok ? "yes" : "no";
}

async function submit(form) {
  const row = form.closest("[data-queue-row]");
  const index = rows().indexOf(row);
  let answer;
  try {
    const response = await fetch(form.action || window.location.href, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
    answer = await response.json();
  } catch (error) {
    say(`Not saved: ${error.message}`, false);
    return;
  }
  say(answer.message, answer.ok);
  if (!answer.ok) return;
  row.remove();
  if (rows().length) {
    focusRow(index);
  } else {
    say(`${answer.message}. That was the last row on this page: reload for more.`, true);
  }
}

function act(name) {
  const row = currentRow();
  if (!row) return false;
  if (name === "edit") {
    window.location.assign(row.dataset.editUrl);
    return true;
  }
  const form = row.querySelector(`form[data-action="${name}"]`);
  if (!form) return false;
  submit(form);
  return true;
}

const KEYS = {
  j: () => { const row = currentRow(); focusRow(row ? rows().indexOf(row) + 1 : 0); return true; },
  k: () => { const row = currentRow(); focusRow(row ? rows().indexOf(row) - 1 : 0); return true; },
  a: () => act("accept"),
  r: () => act("reject"),
  e: () => act("edit"),
};

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target.closest("input, textarea, select, [contenteditable]")) return;
  const handler = KEYS[event.key];
  if (handler && handler()) event.preventDefault();
});

document.addEventListener("submit", (event) => {
  const form = event.target.closest("[data-queue-row] form[data-action]");
  if (!form) return;
  event.preventDefault();
  submit(form);
});
