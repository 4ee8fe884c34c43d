package io.qrun.engine.primitives;

import io.qrun.engine.circuit.Circuit;

/** A PUB after validation: its circuit parsed, its values and observables decoded and broadcast. */
public sealed interface DecodedPub permits SamplerPub, EstimatorPub {

    /** Position in params.pubs. */
    int index();

    Circuit circuit();

    BindingsArray values();

    /** The PUB's shape: the broadcast of everything that has a shape. */
    int[] shape();

    /** How many parameter sets must be compiled (the values' sets, before broadcasting with observables). */
    default int numParameterSets() {
        return values().numSets();
    }
}
