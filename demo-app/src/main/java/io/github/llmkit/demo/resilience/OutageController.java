package io.github.llmkit.demo.resilience;

import java.util.List;
import java.util.Set;

import io.github.llmkit.LlmClient;
import io.github.llmkit.demo.provider.ProviderCatalog;
import io.github.llmkit.demo.web.InvalidFieldException;
import io.github.llmkit.route.LlmRoute;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Makes a simulated client fail, so that the page can show a route moving on and its breakers opening, and
 * heals it again. The outage is the simulator's: every simulated entry of that provider type fails alike. Live
 * clients and routes cannot be made to fail.
 *
 * @since 0.1.0
 */
@RestController
public class OutageController {

	private static final Set<Integer> STATUSES = Set.of(429, 500, 502, 503, 529);

	private static final int MAX_NAME_LENGTH = 64;

	private final ProviderCatalog catalog;

	private final ObjectProvider<MockLlmServer> simulator;

	/**
	 * Create the controller.
	 * @param catalog the configured clients
	 * @param simulator the in-process simulator, absent when every client is live
	 */
	public OutageController(ProviderCatalog catalog, ObjectProvider<MockLlmServer> simulator) {
		this.catalog = catalog;
		this.simulator = simulator;
	}

	/**
	 * Return the simulated provider types currently failing.
	 * @return the outages
	 */
	@GetMapping("/api/outages")
	public OutageView outages() {
		MockLlmServer server = this.simulator.getIfAvailable();
		return new OutageView((server != null) ? server.outages().stream().sorted().toList() : List.of());
	}

	/**
	 * Make a simulated client fail with an HTTP status until the outage is ended.
	 * @param request the client and the status
	 * @return the outages after the change
	 * @throws InvalidFieldException for a missing, unknown, live or route client, or a status not offered
	 */
	@PostMapping("/api/outages")
	public OutageView start(@RequestBody OutageRequest request) {
		String type = simulatedType(InvalidFieldException.requireText("provider", request.provider(), MAX_NAME_LENGTH));
		int status = (request.status() != null) ? request.status() : 429;
		if (!STATUSES.contains(status)) {
			throw new InvalidFieldException("status", "Status " + status + " is not offered; use one of "
					+ STATUSES.stream().sorted().toList());
		}
		MockReply reply = MockReply.error(status, (status == 429) ? "rate_limit_exceeded" : "server_error",
				"Simulated outage of " + type);
		this.simulator.getObject().outage(type, (status == 429) ? reply.withHeader("Retry-After", "3600") : reply);
		return outages();
	}

	/**
	 * End the simulated outage of a client's provider type.
	 * @param provider the client name
	 * @return the outages after the change
	 */
	@DeleteMapping("/api/outages/{provider}")
	public OutageView end(@PathVariable String provider) {
		this.simulator.getObject().endOutage(simulatedType(provider));
		return outages();
	}

	private String simulatedType(String provider) {
		LlmClient client = this.catalog.client(provider);
		if (client instanceof LlmRoute) {
			throw new InvalidFieldException("provider", "'" + provider + "' is a route; make one of its members fail");
		}
		if (this.catalog.isLive(provider) || this.simulator.getIfAvailable() == null) {
			throw new InvalidFieldException("provider",
					"'" + provider + "' calls the real provider; only simulated clients can be made to fail");
		}
		return client.type().id();
	}

}
