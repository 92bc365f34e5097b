package dev.schemagate.core.openapi.docs;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML page of one spec: Swagger UI with the bundled spec inlined (no request leaves the page:
 * no spec download, no online validator).
 */
final class SpecPage {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SpecPage() {
    }

    static String render(DocsPage spec) {
        String assets = SwaggerUi.FOLDER + "/";
        String head = "<link rel=\"stylesheet\" href=\"" + assets + "swagger-ui.css\">\n"
                + "<link rel=\"icon\" type=\"image/png\" href=\"" + assets + "favicon-32x32.png\">\n"
                + "<style>body{margin:0}.schemagate-nav{font-family:sans-serif;padding:.5rem 1rem;"
                + "background:#1b1b1b}.schemagate-nav a{color:#fff}</style>\n";
        String body = "<nav class=\"schemagate-nav\"><a href=\"index.html\">All specs of this version</a>"
                + " · <a href=\"spec/" + Html.text(spec.name()) + "\">" + Html.text(spec.name()) + "</a></nav>\n"
                + "<div id=\"swagger-ui\"></div>\n"
                + "<script id=\"schemagate-spec\" type=\"application/json\">"
                + Html.scriptJson(JSON.writeValueAsString(spec.bundled())) + "</script>\n"
                + "<script src=\"" + assets + "swagger-ui-bundle.js\"></script>\n"
                + "<script>\n"
                + "window.ui = SwaggerUIBundle({\n"
                + "  spec: JSON.parse(document.getElementById('schemagate-spec').textContent),\n"
                + "  dom_id: '#swagger-ui',\n"
                + "  deepLinking: true,\n"
                + "  displayOperationId: true,\n"
                + "  docExpansion: 'list',\n"
                + "  validatorUrl: null,\n"
                + "  presets: [SwaggerUIBundle.presets.apis],\n"
                + "  layout: 'BaseLayout'\n"
                + "});\n"
                + "</script>\n";
        return Html.page(spec.title() + " " + spec.apiVersion(), head, body);
    }
}
