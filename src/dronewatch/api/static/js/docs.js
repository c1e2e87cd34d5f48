// /docs: Swagger UI over this server's OpenAPI description, loaded from the app itself.
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  if (!el || !window.SwaggerUIBundle) {
    return;
  }
  window.SwaggerUIBundle({ url: el.dataset.openapi, domNode: el, validatorUrl: null, deepLinking: false });
})();
