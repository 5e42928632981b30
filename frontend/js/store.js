// Page state in one place; views listen for "change" and render.

export class Store extends EventTarget {
  #state;

  constructor(initial) {
    super();
    this.#state = initial;
  }

  get state() {
    return this.#state;
  }

  /** Merge a patch into the state and tell the listeners. */
  update(patch) {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event("change"));
  }
}
