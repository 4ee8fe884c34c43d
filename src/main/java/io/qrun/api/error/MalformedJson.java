package io.qrun.api.error;

import jakarta.json.stream.JsonParsingException;

/** The message for a body that does not parse, with the line and column when the parser knows them. */
final class MalformedJson {

    private MalformedJson() {
    }

    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException p && p.getLocation() != null) {
                return "The request body is not valid JSON: line " + p.getLocation().getLineNumber()
                        + ", column " + p.getLocation().getColumnNumber() + ": " + p.getMessage()
                        + ". Send a JSON object with Content-Type: application/json.";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "The request body is not valid JSON or does not have the expected shape: " + root.getMessage()
                + ". Send a JSON object with Content-Type: application/json.";
    }
}
