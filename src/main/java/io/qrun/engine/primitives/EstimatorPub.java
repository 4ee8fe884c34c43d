package io.qrun.engine.primitives;

import io.qrun.engine.circuit.Circuit;

/**
 * A validated Estimator PUB.
 *
 * @param shape           broadcast of the observables' shape and the values' shape
 * @param precision       target precision; 0 means exact
 * @param shotsPerTerm    shots that precision implies per Pauli term, ceil(1/precision^2); 0 when exact
 */
public record EstimatorPub(int index, Circuit circuit, ObservablesArray observables, BindingsArray values, int[] shape,
        double precision, int shotsPerTerm) implements DecodedPub {

    public EstimatorPub {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The flat index of the observable that PUB element {@code flat} uses. */
    public int observableIndex(int flat) {
        return Shapes.operandFlat(Shapes.unravel(flat, shape), observables.shape());
    }

    /** Shots the precision implies for the whole PUB: shots per term x terms of each element's observable. */
    public long totalShots() {
        long total = 0;
        long size = Shapes.size(shape);
        for (int e = 0; e < size; e++) {
            total += (long) shotsPerTerm * observables.get(observableIndex(e)).terms().size();
        }
        return total;
    }

    /** The flat index of the parameter set that PUB element {@code flat} uses. */
    public int parameterSetIndex(int flat) {
        return Shapes.operandFlat(Shapes.unravel(flat, shape), values.shape());
    }
}
