package io.qrun.engine.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> tokens(String source) {
        Lexer lexer = new Lexer(source);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != TokenKind.END);
        return out;
    }

    private static String summary(String source) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens(source)) {
            b.append(t.kind()).append(':').append(t.text());
            if (t.unit() != null) {
                b.append('|').append(t.unit());
            }
            b.append('@').append(t.line()).append(',').append(t.column()).append(' ');
        }
        return b.toString().trim();
    }

    @Test
    void identifiersNumbersAndSymbolsWithPositions() {
        assertEquals("IDENTIFIER:rz@1,1 SYMBOL:(@1,3 IDENTIFIER:θ@1,4 SYMBOL:**@1,5 REAL:1.5e-3@1,7 SYMBOL:)@1,13 "
                + "PHYSICAL_QUBIT:17@1,15 SYMBOL:;@1,18 END:@1,19", summary("rz(θ**1.5e-3) $17;"));
    }

    @Test
    void durationsCarryTheirUnit() {
        assertEquals("DURATION:100|ns@1,1 DURATION:2.5|µs@1,7 DURATION:3|dt@1,13 DURATION:1e-6|s@1,17 END:@1,22",
                summary("100ns 2.5µs 3dt 1e-6s"));
    }

    @Test
    void integerRadixesAndRealForms() {
        assertEquals("INTEGER:0x1F@1,1 INTEGER:0b10@1,6 INTEGER:0o17@1,11 REAL:.5@1,16 REAL:1.@1,19 INTEGER:42@1,22 END:@1,24",
                summary("0x1F 0b10 0o17 .5 1. 42"));
    }

    @Test
    void twoCharacterOperatorsAreOneToken() {
        assertEquals("SYMBOL:->@1,1 SYMBOL:==@1,4 SYMBOL:!=@1,7 SYMBOL:+=@1,10 SYMBOL:<=@1,13 SYMBOL:&&@1,16 END:@1,18",
                summary("-> == != += <= &&"));
    }

    @Test
    void commentsAndLineEndingsAdvanceLines() {
        assertEquals("IDENTIFIER:a@1,1 IDENTIFIER:b@3,3 IDENTIFIER:c@4,1 IDENTIFIER:d@5,1 END:@5,2",
                summary("a // x\n/* y\n*/b\r\nc\rd"));
    }

    @Test
    void byteOrderMarkIsSkipped() {
        assertEquals("IDENTIFIER:x@1,1 END:@1,2", summary("\uFEFFx"));
    }

    @Test
    void stringsAcceptBothQuotes() {
        assertEquals("STRING:a.inc@1,1 STRING:b@1,9 END:@1,12", summary("\"a.inc\" 'b'"));
    }

    @Test
    void malformedRadixLiteralIsAnError() {
        QasmException e = assertThrows(QasmException.class, () -> tokens("0x1G"));
        assertEquals(1, e.column());
    }
}
