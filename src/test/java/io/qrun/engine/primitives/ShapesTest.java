package io.qrun.engine.primitives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShapesTest {

    @Test
    void broadcastsLikeNumpy() {
        assertArrayEquals(new int[] {2, 3}, Shapes.broadcast(new int[] {2, 3}, new int[] {3}));
        assertArrayEquals(new int[] {2, 3}, Shapes.broadcast(new int[] {2, 1}, new int[] {1, 3}));
        assertArrayEquals(new int[] {4, 2, 3}, Shapes.broadcast(new int[] {4, 1, 3}, new int[] {2, 1}));
        assertArrayEquals(new int[] {5}, Shapes.broadcast(Shapes.SCALAR, new int[] {5}));
        assertArrayEquals(new int[0], Shapes.broadcast(Shapes.SCALAR, Shapes.SCALAR));
    }

    @Test
    void incompatibleShapesNameBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Shapes.broadcast(new int[] {2, 3}, new int[] {2}));
        assertEquals("shapes (2, 3) and (2,) cannot be broadcast together (axis 1: 3 vs 2)", e.getMessage());
    }

    @Test
    void operandIndexRepeatsAxesOfLengthOne() {
        int[] result = {2, 3};
        // element (1, 2) of the (2,3) result reads element 2 of a (3,) operand and element 1 of a (2,1) operand
        assertEquals(2, Shapes.operandFlat(Shapes.unravel(5, result), new int[] {3}));
        assertEquals(1, Shapes.operandFlat(Shapes.unravel(5, result), new int[] {2, 1}));
        assertEquals(0, Shapes.operandFlat(Shapes.unravel(5, result), Shapes.SCALAR));
        assertEquals(5, Shapes.operandFlat(Shapes.unravel(5, result), result));
        assertArrayEquals(new int[] {1, 2}, Shapes.unravel(5, result));
        assertEquals(6, Shapes.size(result));
        assertEquals(1, Shapes.size(Shapes.SCALAR));
    }

    @Test
    void nestedListsRoundTrip() {
        Object built = NestedLists.build(new int[] {2, 3}, k -> k);
        assertEquals(Json.parse("[[0,1,2],[3,4,5]]"), built);
        NestedLists.Nested read = NestedLists.read(built, "x");
        assertArrayEquals(new int[] {2, 3}, read.shape());
        assertEquals(java.util.List.of(0, 1, 2, 3, 4, 5), read.leaves());
        assertEquals(7, NestedLists.build(Shapes.SCALAR, k -> 7));
    }

    @Test
    void raggedListsAreRejectedWithTheirPath() {
        PrimitiveInputException e = assertThrows(PrimitiveInputException.class,
                () -> NestedLists.read(Json.parse("[[1,2],[3]]"), "params.pubs[0][1]"));
        assertEquals("params.pubs[0][1][1]", e.path());
    }
}
