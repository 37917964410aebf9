package io.github.llmkit.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The llmkit demo: a web app that shows chat, streaming, tools, model lists, embeddings and metrics over
 * every configured provider, simulated by default and live with the {@code live} profile.
 *
 * @since 0.1.0
 */
@SpringBootApplication
public class DemoApplication {

	/**
	 * Start the demo on port 8080.
	 * @param args command-line arguments, such as {@code --spring.profiles.active=live}
	 */
	public static void main(String[] args) {
		SpringApplication.run(DemoApplication.class, args);
	}

}
