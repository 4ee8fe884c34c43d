package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BindingsArrayTest {

    private static final List<String> AB = List.of("a", "b");

    @Test
    void arrayFormLastAxisRunsOverParameters() {
        BindingsArray b = BindingsArray.decode(Json.parse("[[[1,2],[3,4],[5,6]],[[7,8],[9,10],[11,12]]]"), AB, "p");
        assertArrayEquals(new int[] {2, 3}, b.shape());
        assertEquals(6, b.numSets());
        assertArrayEquals(new double[] {9, 10}, b.set(4));
        BindingsArray one = BindingsArray.decode(Json.parse("[0.5, 0.25]"), AB, "p");
        assertArrayEquals(new int[0], one.shape());
        assertArrayEquals(new double[] {0.5, 0.25}, one.set(0));
    }

    @Test
    void dictFormBroadcastsEveryParameter() {
        // a has shape (2,1), b has shape (3,): the sets form a (2,3) grid
        BindingsArray b = BindingsArray.decode(Json.parse("{\"b\": [10, 20, 30], \"a\": [[1], [2]]}"), AB, "p");
        assertArrayEquals(new int[] {2, 3}, b.shape());
        assertArrayEquals(new double[] {1, 10}, b.set(0));
        assertArrayEquals(new double[] {1, 30}, b.set(2));
        assertArrayEquals(new double[] {2, 20}, b.set(4));
        BindingsArray scalar = BindingsArray.decode(Json.parse("{\"a\": 1, \"b\": 2.5}"), AB, "p");
        assertArrayEquals(new int[0], scalar.shape());
        assertArrayEquals(new double[] {1, 2.5}, scalar.set(0));
    }

    @Test
    void aScalarBindsTheOnlyParameter() {
        BindingsArray b = BindingsArray.decode(3.0, List.of("theta"), "p");
        assertArrayEquals(new double[] {3.0}, b.set(0));
    }

    @Test
    void noParametersTakesNullOrEmpty() {
        assertEquals(1, BindingsArray.decode(null, List.of(), "p").numSets());
        assertEquals(1, BindingsArray.decode(List.of(), List.of(), "p").numSets());
    }

    @Test
    void errorsNameTheProblemAndThePlace() {
        PrimitiveInputException wrongAxis = assertThrows(PrimitiveInputException.class,
                () -> BindingsArray.decode(Json.parse("[[1,2,3]]"), AB, "params.pubs[0][1]"));
        assertEquals("params.pubs[0][1]", wrongAxis.path());
        assertTrue(wrongAxis.getMessage().contains("has length 3 but the circuit has 2 parameters [a, b]"), wrongAxis.getMessage());

        PrimitiveInputException unknown = assertThrows(PrimitiveInputException.class,
                () -> BindingsArray.decode(Json.parse("{\"a\":1,\"b\":2,\"theta\":3}"), AB, "params.pubs[2][1]"));
        assertEquals("params.pubs[2][1].theta", unknown.path());

        PrimitiveInputException missing = assertThrows(PrimitiveInputException.class,
                () -> BindingsArray.decode(Json.parse("{\"a\":1}"), AB, "params.pubs[0][1]"));
        assertTrue(missing.getMessage().contains("[b]"), missing.getMessage());

        PrimitiveInputException shapes = assertThrows(PrimitiveInputException.class,
                () -> BindingsArray.decode(Json.parse("{\"a\":[1,2],\"b\":[1,2,3]}"), AB, "params.pubs[0][1]"));
        assertEquals("params.pubs[0][1].b", shapes.path());
        assertTrue(shapes.getMessage().contains("(3,)"), shapes.getMessage());

        PrimitiveInputException notNumber = assertThrows(PrimitiveInputException.class,
                () -> BindingsArray.decode(Json.parse("[[1,true]]"), AB, "params.pubs[0][1]"));
        assertEquals("params.pubs[0][1][0][1]", notNumber.path());

        PrimitiveInputException oneParameter = assertThrows(PrimitiveInputException.class,
                () -> BindingsArray.decode(Json.parse("[0.1, 0.2, 0.3]"), List.of("theta"), "p"));
        assertTrue(oneParameter.getMessage().contains("{\"theta\": [v1, v2, ...]}"), oneParameter.getMessage());
        assertThrows(PrimitiveInputException.class, () -> BindingsArray.decode(null, AB, "p"));
        assertThrows(PrimitiveInputException.class, () -> BindingsArray.decode(Json.parse("[1]"), List.of(), "p"));
    }
}
