package io.qrun.engine.primitives;

import io.qrun.engine.circuit.Circuit;

/** A validated Sampler PUB: its shape is the shape of its parameter values; {@code shots} per parameter set. */
public record SamplerPub(int index, Circuit circuit, BindingsArray values, int shots) implements DecodedPub {

    @Override
    public int[] shape() {
        return values.shape();
    }
}
