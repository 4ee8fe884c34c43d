package io.qrun.engine.sim;

/**
 * The classical bits of every shot, packed: shot s occupies {@code wordsPerShot()} consecutive longs
 * starting at {@code s * wordsPerShot()}, clbit k in word k/64 at bit k%64.
 */
public record Shots(int numShots, int numClbits, long[] words) {

    public Shots {
        if (numShots < 0 || numClbits < 0) {
            throw new IllegalArgumentException("numShots and numClbits must be 0 or more, got "
                    + numShots + " and " + numClbits);
        }
        long expected = (long) numShots * wordsPerShot(numClbits);
        if (words.length != expected) {
            throw new IllegalArgumentException(numShots + " shots of " + numClbits + " clbits need "
                    + expected + " words, got " + words.length);
        }
    }

    static int wordsPerShot(int numClbits) {
        return (numClbits + 63) >>> 6;
    }

    public int wordsPerShot() {
        return wordsPerShot(numClbits);
    }

    public long word(int shot, int w) {
        if (w < 0 || w >= wordsPerShot()) {
            throw new IndexOutOfBoundsException("Word " + w + " is outside 0.." + (wordsPerShot() - 1));
        }
        return words[checkedShot(shot) * wordsPerShot() + w];
    }

    public boolean bit(int shot, int clbit) {
        if (clbit < 0 || clbit >= numClbits) {
            throw new IndexOutOfBoundsException("Clbit " + clbit + " is outside 0.." + (numClbits - 1));
        }
        return (words[checkedShot(shot) * wordsPerShot() + (clbit >>> 6)] >>> (clbit & 63) & 1L) != 0;
    }

    private int checkedShot(int shot) {
        if (shot < 0 || shot >= numShots) {
            throw new IndexOutOfBoundsException("Shot " + shot + " is outside 0.." + (numShots - 1));
        }
        return shot;
    }
}
