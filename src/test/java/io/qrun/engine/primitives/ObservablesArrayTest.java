package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObservablesArrayTest {

    @Test
    void labelDictAndNestedLists() {
        ObservablesArray one = ObservablesArray.decode("ZZ", "p");
        assertArrayEquals(new int[0], one.shape());
        assertEquals(List.of(new Observable.Term("ZZ", 1.0)), one.get(0).terms());

        ObservablesArray sum = ObservablesArray.decode(Json.parse("{\"ZZ\": 1.0, \"XI\": -0.5}"), "p");
        assertArrayEquals(new int[0], sum.shape());
        assertEquals(List.of(new Observable.Term("ZZ", 1.0), new Observable.Term("XI", -0.5)), sum.get(0).terms());

        ObservablesArray grid = ObservablesArray.decode(Json.parse("[[\"ZI\"], [{\"IZ\": 2}], [\"XX\"]]"), "p");
        assertArrayEquals(new int[] {3, 1}, grid.shape());
        assertEquals(2.0, grid.get(1).terms().get(0).coefficient());
    }

    @Test
    void rightmostCharacterIsQubitZero() {
        Observable.Term t = new Observable.Term("XYZ", 1);
        assertEquals('Z', t.pauliOn(0));
        assertEquals('Y', t.pauliOn(1));
        assertEquals('X', t.pauliOn(2));
        assertEquals(1, ObservablesArray.decode("IXI", "p").get(0).highestQubitActedOn());
    }

    @Test
    void badLabelsAreRejectedWithTheirPath() {
        PrimitiveInputException bad = assertThrows(PrimitiveInputException.class,
                () -> ObservablesArray.decode(Json.parse("[\"ZZ\", \"ZA\"]"), "params.pubs[1][1]"));
        assertEquals("params.pubs[1][1][1]", bad.path());
        assertTrue(bad.getMessage().contains("'A' at position 1"), bad.getMessage());
        PrimitiveInputException lengths = assertThrows(PrimitiveInputException.class,
                () -> ObservablesArray.decode(Json.parse("{\"ZZ\": 1, \"Z\": 2}"), "p"));
        assertEquals("p.Z", lengths.path());
        assertThrows(PrimitiveInputException.class, () -> ObservablesArray.decode(Json.parse("{\"ZZ\": \"x\"}"), "p"));
        assertThrows(PrimitiveInputException.class, () -> ObservablesArray.decode(null, "p"));
        assertThrows(PrimitiveInputException.class, () -> ObservablesArray.decode(5, "p"));
    }
}
