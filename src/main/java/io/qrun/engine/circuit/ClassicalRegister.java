package io.qrun.engine.circuit;

/** A classical register: its bits are {@code offset .. offset+size-1} of the circuit's flat bit space. */
public record ClassicalRegister(String name, int size, int offset) {}
