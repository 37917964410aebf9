package io.github.llmkit.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.github.llmkit.test.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the demo page in a real headless Chromium (the OS packages {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): a streamed tool-calling answer, a second turn of
 * the same conversation, a provider error, a reload and a new conversation. Without Chromium the test is
 * skipped, except in CI ({@code CI=true}), where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "demo.simulated-delta-pause=15ms")
class DemoPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	MockLlmServer server;

	@BeforeAll
	static void startBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must run the browser test, but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: .ci/run installs the Debian packages chromium and chromium-driver");
		}
		assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,1000");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void pageStreamsToolCallsContinuesTheConversationAndShowsProviderErrors() {
		this.server.reset();
		browser.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(browser, WAIT);
		wait.until((driver) -> !new Select(driver.findElement(By.id("provider"))).getOptions().isEmpty());
		String conversationId = text("conversationId");
		assertThat(conversationId).matches("[0-9a-f-]{36}");
		new Select(browser.findElement(By.id("provider"))).selectByValue("claude");

		ask("What's the weather in Paris?");
		watchAnswerGrow();
		browser.findElement(By.id("stream")).click();
		wait.until((driver) -> !text("usage").isEmpty());
		assertThat(text("events")).contains("→ get_weather({\"city\":\"Paris\"})").contains("← get_weather:");
		assertThat(text("answer")).startsWith("The tool returned:");
		assertThat(text("usage")).contains("claude").contains("tokens in").containsPattern("streamed in \\d+ deltas");
		assertThat(answerLengths()).as("the answer grew delta by delta").hasSizeGreaterThan(3).isSorted();
		this.server.takeRequest();
		this.server.takeRequest();

		ask("And what did I ask before?");
		browser.findElement(By.id("stream")).click();
		wait.until((driver) -> text("answer").startsWith("You said: And what did I ask before?"));
		wait.until((driver) -> !text("usage").isEmpty());
		assertThat(sentTexts(this.server.takeRequest())).as("the second turn carries the first")
			.contains("What's the weather in Paris?")
			.anyMatch((sent) -> sent.startsWith("The tool returned:"))
			.endsWith("And what did I ask before?");
		assertThat(browser.findElements(By.cssSelector("#transcript .turn"))).hasSize(4);

		this.server.enqueue(MockReply.error(400, "invalid_request_error", "This request is refused"));
		ask("Fail now");
		browser.findElement(By.id("stream")).click();
		wait.until((driver) -> !text("problem").isEmpty());
		assertThat(text("problem")).contains("502").contains("This request is refused").contains("provider: claude");
		assertThat(text("usage")).isEmpty();

		browser.navigate().refresh();
		wait.until((driver) -> driver.findElements(By.cssSelector("#transcript .turn")).size() >= 4);
		assertThat(text("conversationId")).isEqualTo(conversationId);
		assertThat(text("transcript")).contains("→ get_weather(").contains("And what did I ask before?");
		browser.findElement(By.id("newConversation")).click();
		assertThat(text("conversationId")).isNotEqualTo(conversationId);
		assertThat(browser.findElements(By.cssSelector("#transcript .turn"))).isEmpty();
	}

	private static String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private static void ask(String message) {
		WebElement input = browser.findElement(By.id("message"));
		input.clear();
		input.sendKeys(message);
	}

	/** Record the length of the answer after every change, from the text node each delta leaves behind. */
	private static void watchAnswerGrow() {
		((JavascriptExecutor) browser).executeScript("window.answerLengths = [];"
				+ "new MutationObserver((records) => { for (const r of records) { for (const n of r.addedNodes) {"
				+ " window.answerLengths.push(n.textContent.length); } } })"
				+ ".observe(document.getElementById('answer'), { childList: true });");
	}

	private static List<Long> answerLengths() {
		Object lengths = ((JavascriptExecutor) browser).executeScript("return window.answerLengths;");
		List<Long> result = new ArrayList<>();
		for (Object length : (List<?>) lengths) {
			result.add(((Number) length).longValue());
		}
		return result;
	}

	private static List<String> sentTexts(RecordedRequest request) {
		List<String> texts = new ArrayList<>();
		for (JsonNode message : request.json().path("messages")) {
			for (JsonNode block : message.path("content")) {
				String text = block.path("text").asString(block.path("content").asString(""));
				if (!text.isEmpty()) {
					texts.add(text);
				}
			}
		}
		return texts;
	}

}
