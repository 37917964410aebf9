package io.github.llmkit.benchmarks;

import io.github.llmkit.benchmarks.contender.ChatContender;
import io.github.llmkit.benchmarks.contender.Contenders;
import io.github.llmkit.benchmarks.server.ServerProcess;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Apache floor or llmkit on the Anthropic or Gemini wire family, with its own benchmark server.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
public class FamilyTarget {

	/** {@code apache} or {@code llmkit}. */
	@Param({ "apache", "llmkit" })
	public String contender;

	/** {@code claude} or {@code gemini}. */
	@Param({ "claude", "gemini" })
	public String family;

	/** The number of content deltas per stream. */
	@Param("200")
	public int chunks;

	private ServerProcess server;

	private ChatContender client;

	/**
	 * Start the server and the contender and check its answers.
	 */
	@Setup(Level.Trial)
	public void start() {
		this.server = ServerProcess.start(this.chunks);
		this.client = Contenders.family(this.contender, this.family, this.server.rootUrl());
		Verification.check(this.contender + "/" + this.family, this.client, this.chunks);
	}

	/**
	 * Return the contender.
	 * @return the contender
	 */
	public ChatContender client() {
		return this.client;
	}

	/**
	 * Stop the contender and the server.
	 */
	@TearDown(Level.Trial)
	public void stop() {
		this.client.close();
		this.server.close();
	}

}
