package io.qrun.application.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreesTest {

    @Test
    void parsesIntegralNumbersAsLongAndOthersAsDouble() {
        Object tree = JsonTrees.parse("{\"a\": 2, \"b\": 2.5, \"c\": [true, null, \"x\"], \"d\": 123456789012345678901234}");
        Map<?, ?> map = (Map<?, ?>) tree;
        assertEquals(2L, map.get("a"));
        assertEquals(2.5, map.get("b"));
        assertEquals(Arrays.asList(true, null, "x"), map.get("c"));
        assertEquals(new BigDecimal("123456789012345678901234"), map.get("d"));
    }

    @Test
    void keepsKeyOrder() {
        Map<?, ?> map = (Map<?, ?>) JsonTrees.parse("{\"z\": 1, \"a\": 2, \"m\": 3}");
        assertEquals(List.of("z", "a", "m"), List.copyOf(map.keySet()));
    }

    @Test
    void writesNullsInstantsArraysAndNonFiniteNumbers() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("n", null);
        tree.put("t", Instant.parse("2026-11-27T13:00:00.123456Z"));
        tree.put("pair", new int[] {0, 1});
        tree.put("x", 0.25);
        tree.put("nan", Double.NaN);
        tree.put("l", 7L);
        tree.put("s", "q\"");
        assertEquals("{\"n\":null,\"t\":\"2026-11-27T13:00:00.123Z\",\"pair\":[0,1],\"x\":0.25,\"nan\":null,\"l\":7,\"s\":\"q\\\"\"}",
                JsonTrees.write(tree));
    }

    @Test
    void roundTripsAPlainTree() {
        String text = "{\"pubs\":[[\"OPENQASM 3;\",{\"theta\":[0.1,0.2]},100]],\"version\":2,\"flag\":false}";
        assertEquals(text, JsonTrees.write(JsonTrees.parse(text)));
    }
}
