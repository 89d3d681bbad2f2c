package dev.fleetcast.live.controller;

/**
 * JSON text for merge patches. Written by hand because a merge patch needs explicit nulls (to
 * clear a field) that the CRD classes, which omit nulls, cannot express.
 */
final class Json {

    private Json() {
    }

    /** {@code value} as a JSON string literal, or {@code null}. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The {@code "metadata":{"resourceVersion":…},} prefix of a versioned patch, or nothing. */
    static String versionPrecondition(long expectedVersion, long anyVersion) {
        return expectedVersion == anyVersion ? ""
                : "\"metadata\":{\"resourceVersion\":" + string(Long.toString(expectedVersion)) + "},";
    }
}
