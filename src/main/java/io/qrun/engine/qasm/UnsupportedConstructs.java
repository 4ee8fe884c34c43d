package io.qrun.engine.qasm;

import java.util.Map;

/**
 * OpenQASM 3 statements Qrun recognises but does not run, with the name used in the error message,
 * so users learn which construct to remove instead of reading a generic syntax error.
 */
final class UnsupportedConstructs {

    private static final Map<String, String> BY_KEYWORD = Map.ofEntries(
            Map.entry("for", "'for' loops"),
            Map.entry("while", "'while' loops"),
            Map.entry("def", "subroutine definitions ('def')"),
            Map.entry("extern", "'extern' declarations"),
            Map.entry("box", "'box' blocks"),
            Map.entry("switch", "'switch' statements"),
            Map.entry("case", "'switch' statements"),
            Map.entry("default", "'switch' statements"),
            Map.entry("let", "aliases ('let')"),
            Map.entry("const", "'const' declarations"),
            Map.entry("duration", "'duration' declarations"),
            Map.entry("stretch", "'stretch' declarations"),
            Map.entry("defcal", "calibrations ('defcal')"),
            Map.entry("defcalgrammar", "'defcalgrammar' statements"),
            Map.entry("cal", "'cal' blocks"),
            Map.entry("opaque", "'opaque' gate declarations"),
            Map.entry("return", "'return' statements"),
            Map.entry("break", "'break' statements"),
            Map.entry("continue", "'continue' statements"),
            Map.entry("end", "'end' statements"),
            Map.entry("output", "'output' declarations"),
            Map.entry("pragma", "'pragma' directives"),
            Map.entry("int", "classical variable declarations ('int')"),
            Map.entry("uint", "classical variable declarations ('uint')"),
            Map.entry("float", "classical variable declarations ('float')"),
            Map.entry("angle", "classical variable declarations ('angle')"),
            Map.entry("bool", "classical variable declarations ('bool')"),
            Map.entry("complex", "classical variable declarations ('complex')"),
            Map.entry("array", "classical variable declarations ('array')"));

    private UnsupportedConstructs() {}

    /** The construct a statement starting with {@code keyword} is, or null if it is not one of them. */
    static String describe(String keyword) {
        return BY_KEYWORD.get(keyword);
    }

    static QasmException reject(Token at, String construct) {
        return TokenStream.error(at, construct + " are not supported by Qrun");
    }
}
