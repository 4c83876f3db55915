// Upvote buttons update in place; without this script the same forms post and redirect back.
document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.classList.contains("votes")) {
    return;
  }
  event.preventDefault();
  const button = form.querySelector(".vote-button");
  button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      redirect: "manual",
    });
    if (!response.ok) {
      form.submit(); // not signed in, or an error: let the server answer with a page
      return;
    }
    const state = await response.json();
    button.setAttribute("aria-pressed", String(state.voted));
    form.querySelector(".votes-count").textContent = String(state.upvotes);
  } catch (e) {
    form.submit();
  } finally {
    button.disabled = false;
  }
});
