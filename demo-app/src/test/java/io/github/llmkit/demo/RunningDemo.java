package io.github.llmkit.demo;

import io.github.llmkit.test.MockLlmServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo running on a random port against its in-process simulator, which is reset before each test, with
 * simulated streams unpaced; every test class extending it shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "demo.simulated-delta-pause=0ms")
abstract class RunningDemo {

	@LocalServerPort
	int port;

	@Autowired
	MockLlmServer server;

	ApiClient api;

	@BeforeEach
	void resetSimulator() {
		this.server.reset();
		this.api = new ApiClient(this.port);
	}

}
