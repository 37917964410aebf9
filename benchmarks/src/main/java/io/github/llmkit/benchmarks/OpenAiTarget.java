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
 * One OpenAI-format contender and its own benchmark server, shared by all benchmark threads of a trial. Set-up
 * checks that the contender returns exactly the canned answers, so that every contender provably does the same
 * work.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
public class OpenAiTarget {

	/** The contender's name, see {@link Contenders#openAi}. */
	@Param({ "apache", "lean", "jdk", "llmkit", "springai", "langchain4j", "openai" })
	public String contender;

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
		this.client = Contenders.openAi(this.contender, this.server.rootUrl());
		Verification.check(this.contender, this.client, this.chunks);
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
