package io.github.llmkit.demo.provider;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.ModelInfo;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the configured clients and each provider's models.
 *
 * @since 0.1.0
 */
@RestController
public class ProviderController {

	private final ProviderCatalog catalog;

	/**
	 * Create the controller.
	 * @param catalog the configured clients
	 */
	public ProviderController(ProviderCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Return every configured client: name, type, model, live or simulated, capabilities.
	 * @return the clients, sorted by name
	 */
	@GetMapping("/api/providers")
	public List<ProviderView> providers() {
		return this.catalog.describe();
	}

	/**
	 * Return the models a provider offers, following every page of its model list.
	 * @param provider the client name, or empty for the default client
	 * @return the provider's answer
	 */
	@GetMapping("/api/models")
	public ModelList models(@RequestParam(required = false) String provider) {
		LlmClient client = this.catalog.client(provider);
		return new ModelList(client.name(), client.listModels());
	}

	/**
	 * The models of one client.
	 *
	 * @param provider the client name
	 * @param models the models
	 */
	public record ModelList(String provider, List<ModelInfo> models) {

		/**
		 * Create the list, copying the models.
		 */
		public ModelList {
			models = List.copyOf(models);
		}

	}

}
