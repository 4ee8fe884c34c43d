package io.qrun.engine.primitives;

/**
 * Operator limits checked when a job is submitted (a violation is a 400, before anything runs).
 *
 * @param maxPubs          PUBs per job
 * @param maxShots         shots per PUB parameter set (Sampler), and per Pauli term implied by a precision (Estimator)
 * @param maxTotalShots    shots of the whole job: sum over PUBs of shots x parameter sets
 *                         (Estimator: shots per term x observables x parameter sets)
 * @param maxCircuitChars  length of one PUB's OpenQASM source
 * @param maxParameterSets parameter sets (broadcast elements) of one PUB
 * @param maxPauliTerms    Pauli terms over all observables of one PUB
 */
public record SubmissionLimits(int maxPubs, int maxShots, long maxTotalShots, int maxCircuitChars, int maxParameterSets,
        int maxPauliTerms) {

    public SubmissionLimits {
        if (maxPubs < 1 || maxShots < 1 || maxTotalShots < 1 || maxCircuitChars < 1 || maxParameterSets < 1
                || maxPauliTerms < 1) {
            throw new IllegalArgumentException("every submission limit must be positive");
        }
    }

    public static SubmissionLimits defaults() {
        return new SubmissionLimits(1000, 100_000, 10_000_000L, 1_000_000, 10_000, 100_000);
    }
}
