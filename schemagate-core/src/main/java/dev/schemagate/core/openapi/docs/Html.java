package dev.schemagate.core.openapi.docs;

/** Escaping for the few places pages put text into HTML. */
final class Html {
    private Html() {
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** JSON placed inside a script element: "</" must not end the element. */
    static String scriptJson(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + text(title)
                + "</title>\n" + head + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    static final String LIST_STYLE = "<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;"
            + "padding:0 1rem;color:#222}li{margin:.4rem 0}.meta{color:#666;font-size:.9em}</style>\n";
}
