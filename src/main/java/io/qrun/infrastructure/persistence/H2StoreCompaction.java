package io.qrun.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * A step of the chunk compaction that H2 leaves undone when commits are written at once.
 *
 * <p>With {@code WRITE_DELAY=0} (QrunDS on H2: a commit reaches the file before it is answered)
 * H2 starts no background writer, and that writer is what rewrites the live pages of sparse
 * chunks. Without it every commit appends a chunk, a chunk stays as long as one page of it is
 * live (a finished job's rows are never written again), and the file grows without bound: 3.3 GB
 * of which 4 % live after 20,000 jobs (docs/operations.md, "H2: the database file"). This rewrites the live pages of
 * the sparsest chunks older than H2's retention time, as the background writer would; the chunks
 * they leave empty are reused by later commits.
 *
 * <p>Only this class touches H2's own classes, so a server without Qrun's H2 module never loads it.
 */
final class H2StoreCompaction {

    private H2StoreCompaction() {
    }

    /**
     * Rewrites at least {@code bytes} of live pages from chunks whose fill rate is below
     * {@code targetFillRate} percent, if there are such chunks.
     *
     * @return whether any chunk was rewritten
     */
    static boolean compact(Connection connection, int targetFillRate, int bytes) throws SQLException {
        return storeOf(connection).compact(targetFillRate, bytes);
    }

    /** The fill rate of the database's chunks, in percent (live pages of all pages). */
    static int chunksFillRate(Connection connection) throws SQLException {
        return storeOf(connection).getFileStore().getChunksFillRate();
    }

    private static MVStore storeOf(Connection connection) throws SQLException {
        JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
        return ((SessionLocal) h2.getSession()).getDatabase().getStore().getMvStore();
    }
}
