// Starts Swagger UI on /api/docs over the document named by the page's data-spec attribute.
// Kept in a file of its own (no inline script) so the page works under script-src 'self'.
window.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  if (!root || typeof window.SwaggerUIBundle !== "function") return;
  window.SwaggerUIBundle({ url: root.dataset.spec, domNode: root, deepLinking: true });
});
