// Swagger UI on the platform's OpenAPI document (MicroProfile OpenAPI at /openapi). A file of its
// own, not an inline script: the Content-Security-Policy admits scripts of the platform only. No
// validator badge: it would load an image from validator.swagger.io, which the policy refuses.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
